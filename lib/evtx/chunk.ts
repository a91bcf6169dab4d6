/**
 * One 64 KiB chunk: its header ("ElfChnk\0", 512 bytes, CRC32s), the string
 * table, and the walk over its records ("**\0\0", size, record id, FILETIME,
 * BinXML, size copy), with the reference parser's rules for when a chunk or
 * the rest of a chunk is given up:
 *
 * - all-zero chunk: skipped, not counted;
 * - bad signature, or a string table that cannot be read: one chunk failure;
 * - bad CRC32s: reported as problems only (the reference does not check them
 *   by default and parses the chunk anyway; so do we);
 * - the walk ends cleanly at free_space_offset, at a zero signature, at a
 *   record header that does not fit, or after the header's last record id;
 * - a record with a bad signature, a size under 28 (e.g. 0), a bad FILETIME
 *   or BinXML past the chunk: one record failure, and the rest of the chunk
 *   is skipped (the size can't be trusted to find the next record);
 * - BinXML that fails to parse: one record failure, the walk goes on.
 */
import { EvtxBudgetError, ExpansionBudget } from './budget';
import { EvtxFormatError, filetimeText, u64 } from './bytes';
import {
  ChunkContext,
  checkAttrSubs,
  instantiate,
  MODE_RECORD,
  parseStream,
  readInstance,
  resolveRoot,
  singleInstanceAt,
  Slots,
  type Instance,
} from './binxml';
import { crc32 } from './crc32';
import {
  compilePlan,
  extractFast,
  extractTree,
  F_ACTIVITY_ID,
  F_CHANNEL,
  F_COMPUTER,
  F_EVENT_ID,
  F_EVENT_RECORD_ID,
  F_KEYWORDS,
  F_LEVEL,
  F_OPCODE,
  F_PROCESS_ID,
  F_PROVIDER_GUID,
  F_PROVIDER_NAME,
  F_QUALIFIERS,
  F_TASK,
  F_THREAD_ID,
  F_TIME_CREATED,
  F_USER_ID,
  F_VERSION,
  type Extracted,
  type Plan,
} from './extract';
import type { EvtxChunkHeader, EvtxChunkResult, EvtxFailure, EvtxRecord, ParseOptions, XmlElement } from './types';

export const CHUNK_SIZE = 65536;
export const CHUNK_HEADER_SIZE = 512;
const RECORD_HEADER_SIZE = 24;
const CHUNK_FLAG_NO_CRC32 = 0x4;

const CHUNK_MAGIC = [0x45, 0x6c, 0x66, 0x43, 0x68, 0x6e, 0x6b, 0x00]; // "ElfChnk\0"

function message(e: unknown): string {
  if (e instanceof EvtxFormatError || e instanceof EvtxBudgetError) return e.message;
  if (e instanceof RangeError) return `truncated data (${e.message})`;
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function isAllZero(bytes: Uint8Array): boolean {
  // Eight bytes at a time through a Float64Array is not safe for NaN patterns; a plain loop is fast enough here.
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

export function readChunkHeader(dv: DataView): EvtxChunkHeader {
  return {
    firstRecordNumber: u64(dv, 8),
    lastRecordNumber: u64(dv, 16),
    firstRecordId: u64(dv, 24),
    lastRecordId: u64(dv, 32),
    headerSize: dv.getUint32(40, true),
    lastRecordDataOffset: dv.getUint32(44, true),
    freeSpaceOffset: dv.getUint32(48, true),
    dataChecksum: dv.getUint32(52, true),
    flags: dv.getUint32(120, true),
    headerChecksum: dv.getUint32(124, true),
  };
}

function toNumber(s: string | number | undefined): number | undefined {
  if (typeof s === 'number') return s;
  if (s === undefined || s === '') return undefined;
  const n = Number(s);
  return Number.isNaN(n) ? undefined : n;
}

function text(v: string | number | undefined): string | undefined {
  return typeof v === 'number' ? String(v) : v;
}

function makeRecord(recordId: number, timestamp: string, chunkIndex: number, offset: number, x: Extracted, tree: XmlElement | undefined): EvtxRecord {
  const f = x.fields;
  return {
    recordId,
    timestamp,
    chunkIndex,
    offset,
    providerName: text(f[F_PROVIDER_NAME]),
    providerGuid: text(f[F_PROVIDER_GUID]),
    eventId: toNumber(f[F_EVENT_ID]),
    qualifiers: toNumber(f[F_QUALIFIERS]),
    version: toNumber(f[F_VERSION]),
    level: toNumber(f[F_LEVEL]),
    task: toNumber(f[F_TASK]),
    opcode: toNumber(f[F_OPCODE]),
    keywords: text(f[F_KEYWORDS]),
    timeCreated: text(f[F_TIME_CREATED]),
    eventRecordId: toNumber(f[F_EVENT_RECORD_ID]),
    activityId: text(f[F_ACTIVITY_ID]),
    processId: toNumber(f[F_PROCESS_ID]),
    threadId: toNumber(f[F_THREAD_ID]),
    channel: text(f[F_CHANNEL]),
    computer: text(f[F_COMPUTER]),
    userId: text(f[F_USER_ID]),
    dataKind: x.dataKind,
    data: x.data,
    tree,
  };
}

/**
 * Parses one chunk. `bytes` is normally the full 65536 bytes; a shorter
 * buffer (the end of a truncated file) is parsed as far as it goes, with a
 * problem saying so. Never throws.
 */
export function parseChunk(
  bytes: Uint8Array,
  chunkIndex: number,
  options: ParseOptions = {},
  budget: ExpansionBudget = new ExpansionBudget(),
): EvtxChunkResult {
  budget.grant(bytes.length);
  const result: EvtxChunkResult = { chunkIndex, status: 'parsed', header: undefined, records: [], failures: [], problems: [] };
  const chunkFailure = (msg: string): EvtxChunkResult => {
    result.status = 'failed';
    result.failures.push({ kind: 'chunk', chunkIndex, recordId: undefined, offset: 0, message: msg });
    return result;
  };
  try {
    if (bytes.length < CHUNK_SIZE) {
      result.problems.push(`chunk ${chunkIndex} is truncated: ${bytes.length} of ${CHUNK_SIZE} bytes`);
    }
    if (isAllZero(bytes)) {
      result.status = 'empty';
      return result;
    }
    if (bytes.length < CHUNK_HEADER_SIZE) return chunkFailure(`chunk ${chunkIndex}: header truncated (${bytes.length} bytes)`);
    for (let i = 0; i < 8; i++) {
      if (bytes[i] !== CHUNK_MAGIC[i]) {
        const sig = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
        return chunkFailure(`chunk ${chunkIndex}: bad signature (${sig}), expected "ElfChnk\\0"; chunk skipped`);
      }
    }
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const header = readChunkHeader(dv);
    result.header = header;
    if (options.checksums !== false && (header.flags & CHUNK_FLAG_NO_CRC32) === 0) {
      const hc = crc32(bytes, 128, CHUNK_HEADER_SIZE, crc32(bytes, 0, 120));
      if (hc !== header.headerChecksum) {
        result.problems.push(
          `chunk ${chunkIndex}: header CRC32 mismatch (stored 0x${header.headerChecksum.toString(16)}, computed 0x${hc.toString(16)}); parsed anyway`,
        );
      }
      const end = Math.min(header.freeSpaceOffset, bytes.length);
      const dc = end >= CHUNK_HEADER_SIZE ? crc32(bytes, CHUNK_HEADER_SIZE, end) : 0;
      if (dc !== header.dataChecksum) {
        result.problems.push(
          `chunk ${chunkIndex}: event records CRC32 mismatch (stored 0x${header.dataChecksum.toString(16)}, computed 0x${dc.toString(16)}); parsed anyway`,
        );
      }
    }
    const ctx = new ChunkContext<Plan>(dv, compilePlan);
    ctx.budget = budget;
    try {
      ctx.loadStringTable();
    } catch (e) {
      return chunkFailure(`chunk ${chunkIndex}: string table unreadable (${message(e)})`);
    }
    walkRecords(ctx, bytes, header, chunkIndex, options, result);
  } catch (e) {
    // Not expected (every format error is caught closer to its source): report rather than throw.
    result.problems.push(`chunk ${chunkIndex}: internal error: ${message(e)}`);
  }
  return result;
}

function walkRecords(
  ctx: ChunkContext<Plan>,
  bytes: Uint8Array,
  header: EvtxChunkHeader,
  chunkIndex: number,
  options: ParseOptions,
  result: EvtxChunkResult,
): void {
  const dv = ctx.dv;
  const size = bytes.length;
  const end = Math.min(header.freeSpaceOffset, size);
  const slots = new Slots();
  const inst: Instance = { defOffset: 0, end: 0 };
  const wantTree = options.tree === true;
  const records = result.records;
  let offset = CHUNK_HEADER_SIZE;
  const recordFailure = (recordId: number | undefined, at: number, msg: string): void => {
    const f: EvtxFailure = { kind: 'record', chunkIndex, recordId, offset: at, message: msg };
    result.failures.push(f);
  };

  while (offset < end) {
    if (size - offset < RECORD_HEADER_SIZE) break; // truncated header at the end: clean end, as the reference
    const sig = dv.getUint32(offset, true);
    if (sig !== 0x00002a2a) {
      if (sig !== 0) recordFailure(undefined, offset, `bad record signature 0x${sig.toString(16).padStart(8, '0')}; rest of chunk skipped`);
      break;
    }
    const dataSize = dv.getUint32(offset + 4, true);
    const recordId = u64(dv, offset + 8);
    let timestamp: string;
    try {
      timestamp = filetimeText(dv, offset + 16);
    } catch (e) {
      recordFailure(recordId, offset, `${message(e)}; rest of chunk skipped`);
      break;
    }
    if (dataSize < RECORD_HEADER_SIZE + 4) {
      recordFailure(
        recordId,
        offset,
        `invalid record data size: should be at least ${RECORD_HEADER_SIZE + 4}, found ${dataSize}; rest of chunk skipped`,
      );
      break;
    }
    const binStart = offset + RECORD_HEADER_SIZE;
    const binLen = dataSize - RECORD_HEADER_SIZE - 4;
    if (binStart + binLen > size) {
      recordFailure(recordId, offset, `record BinXML runs past the end of the chunk; rest of chunk skipped`);
      break;
    }
    try {
      records.push(parseRecord(ctx, slots, inst, binStart, binLen, recordId, timestamp, chunkIndex, offset, wantTree));
    } catch (e) {
      recordFailure(recordId, offset, message(e));
      // The file's budget is spent: nothing after this record is read (the stream parser stops too).
      if (e instanceof EvtxBudgetError) {
        result.problems.push(e.message);
        break;
      }
    }
    offset += dataSize;
    if (recordId === header.lastRecordId) break;
  }
}

function parseRecord(
  ctx: ChunkContext<Plan>,
  slots: Slots,
  inst: Instance,
  start: number,
  len: number,
  recordId: number,
  timestamp: string,
  chunkIndex: number,
  offset: number,
  wantTree: boolean,
): EvtxRecord {
  const dv = ctx.dv;
  ctx.releaseSlots();
  ctx.budget.startRecord();
  // The usual shape: [fragment header] template instance [end of stream].
  const instPos = singleInstanceAt(dv, start, len);
  if (instPos >= 0) {
    readInstance(ctx, instPos, slots, 0, inst);
    const consumed = inst.end - start;
    if (consumed >= len || dv.getUint8(inst.end) === 0x00) {
      const template = ctx.template(inst.defOffset, 0);
      checkAttrSubs(template, slots);
      let tree: XmlElement | undefined;
      if (wantTree) tree = instantiate(ctx, template.root, slots)[0];
      const x = extractFast(ctx, template.plan, slots) ?? extractTree(tree ?? instantiate(ctx, template.root, slots)[0] ?? emptyEvent(), ctx.budget);
      return makeRecord(recordId, timestamp, chunkIndex, offset, x, tree);
    }
  }
  // Anything else: parse the stream as a tree.
  const root = resolveRoot(ctx, parseStream(ctx, start, len, MODE_RECORD, false, 0));
  return makeRecord(recordId, timestamp, chunkIndex, offset, extractTree(root, ctx.budget), wantTree ? root : undefined);
}

function emptyEvent(): XmlElement {
  return { type: 'element', name: 'Event', attrs: [], children: [] };
}
