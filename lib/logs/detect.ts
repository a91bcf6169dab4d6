/**
 * What a file is, from its first bytes: EVTX by its signature, a zip by its
 * local header, then, decoded as text, the Client Analyzer's XML, an Event
 * Viewer XML export, a CSV header, a tab-separated header or a block of
 * "Copy details as text". The name is only used to say that a file named
 * .evtx is something else.
 */
import { detectCsv } from './csv';
import { headText } from './stream';
import { detectText, type TextKind } from './text';
import type { LogFormat } from './types';

/** How many first bytes detection looks at. */
export const HEAD_BYTES = 64 * 1024;

export type Detected =
  | { format: 'evtx' | 'zip' | 'xml' | 'analyzer' | 'unknown' }
  | { format: 'csv'; sep: string }
  | { format: 'text'; kind: TextKind };

const EVTX_MAGIC = [0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00];

const CHUNK_MAGIC = [0x45, 0x6c, 0x66, 0x43, 0x68, 0x6e, 0x6b, 0x00];
const EVTX_HEADER_BYTES = 4096;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** An EVTX file whose header was zeroed: zeros where the signature was, a chunk right after (the parser reads it). */
function isZeroedEvtx(head: Uint8Array): boolean {
  return head.length >= EVTX_HEADER_BYTES + 8 && head.subarray(0, 8).every((b) => b === 0) && startsWith(head, CHUNK_MAGIC, EVTX_HEADER_BYTES);
}

export function detectFormat(head: Uint8Array): Detected {
  if (head.length >= 7 && startsWith(head, EVTX_MAGIC.slice(0, Math.min(8, head.length)))) return { format: 'evtx' };
  if (isZeroedEvtx(head)) return { format: 'evtx' };
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7) && head[3] === head[2] + 1) return { format: 'zip' };
  if (head.length === 0) return { format: 'unknown' };
  // Binary files (images, executables) have zero bytes that text in any of our encodings does not.
  const text = headText(head);
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096).replace(/\u0000+$/, ''))) return { format: 'unknown' };
  const trimmed = text.trimStart();
  if (trimmed.startsWith('<')) {
    if (/<MDEResults[\s>]/.test(trimmed)) return { format: 'analyzer' };
    if (/<(?:\w+:)?Events?[\s>]/.test(trimmed)) return { format: 'xml' };
    return { format: 'unknown' };
  }
  const csv = detectCsv(trimmed);
  if (csv) return { format: 'csv', sep: csv.sep };
  const kind = detectText(trimmed);
  if (kind) return { format: 'text', kind };
  return { format: 'unknown' };
}

/** The extension a name ends with, lower case, with its dot ('' for none). */
export function extensionOf(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function formatOf(d: Detected): LogFormat {
  return d.format;
}
