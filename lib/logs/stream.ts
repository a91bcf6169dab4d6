/**
 * Bytes in pieces: a Blob (a browser File, or a file the CLI opened) read as
 * a stream, the first bytes of a stream looked at without losing them, and
 * text decoded on the fly in whatever encoding the export was saved in.
 * Nothing here holds more than one piece and the head.
 */

export type Pieces = AsyncIterable<Uint8Array>;

/** The bytes of `blob` (or of its range `start`..`end`), in the pieces the platform reads. */
export async function* blobPieces(blob: Blob, start = 0, end = blob.size): AsyncGenerator<Uint8Array> {
  const part = start === 0 && end === blob.size ? blob : blob.slice(start, end);
  const reader = part.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value.length) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The pieces, counting bytes as they pass. */
export async function* counted(pieces: Pieces, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const p of pieces) {
    onBytes(p.length);
    yield p;
  }
}

export type Peeked = {
  head: Uint8Array;
  pieces: Pieces;
  /** Ends the underlying stream when the rest will not be read. */
  close(): Promise<void>;
};

/** The first `n` bytes (fewer if the stream is shorter), and the whole stream again, head included. */
export async function peek(source: Pieces, n: number): Promise<Peeked> {
  const iterator = source[Symbol.asyncIterator]();
  const taken: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < n) {
    const r = await iterator.next();
    if (r.done) {
      done = true;
      break;
    }
    taken.push(r.value);
    size += r.value.length;
  }
  const all = concat(taken, size);
  async function* replay(): AsyncGenerator<Uint8Array> {
    if (all.length) yield all;
    if (done) return;
    for (;;) {
      const r = await iterator.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return {
    head: all.subarray(0, Math.min(n, all.length)),
    pieces: replay(),
    close: async () => {
      if (!done) await iterator.return?.();
    },
  };
}

export function concat(parts: readonly Uint8Array[], size = parts.reduce((a, p) => a + p.length, 0)): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The encoding of a text export, from its first bytes: a byte-order mark,
 * else the zero bytes of UTF-16 ASCII, else UTF-8 when the head is valid
 * UTF-8, else Windows-1252 (the ANSI code page of a Western Windows).
 */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncodingName; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (head.length >= 4 && head[1] === 0 && head[3] === 0 && head[0] !== 0) return { encoding: 'utf-16le', bom: 0 };
  if (head.length >= 4 && head[0] === 0 && head[2] === 0 && head[1] !== 0) return { encoding: 'utf-16be', bom: 0 };
  // A multi-byte character may be cut at the end of the head: leave the last 3 bytes out of the check.
  const probe = head.subarray(0, Math.max(0, head.length - 3));
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(probe);
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'windows-1252', bom: 0 };
  }
}

/** Windows-1252's 0x80–0x9F (some runtimes decode them as Latin-1 control characters: Node 20 does). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

/** The head as text (for format detection), without its byte-order mark. */
export function headText(head: Uint8Array): string {
  const { encoding, bom } = sniffEncoding(head);
  let text = new TextDecoder(encoding).decode(head.subarray(bom));
  if (encoding === 'windows-1252') text = fixCp1252(text);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The stream decoded to text, piece by piece (characters cut between pieces are joined). */
export async function* textPieces(pieces: Pieces, head: Uint8Array): AsyncGenerator<string> {
  const { encoding } = sniffEncoding(head);
  const decoder = new TextDecoder(encoding);
  let first = true;
  for await (const p of pieces) {
    let text = decoder.decode(p, { stream: true });
    if (encoding === 'windows-1252') text = fixCp1252(text);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
