/**
 * EVTX (Windows XML Event Log, binary) parser. Pure TypeScript over
 * Uint8Array/DataView: no Node Buffer, no fs; the same code runs in Node and
 * in the browser (a Web Worker is the place for large files).
 *
 * Format: MS-EVEN6 (BinXML) and libyal's "Windows XML Event Log (EVTX)"
 * notes. A file is a 4096-byte header ("ElfFile\0") and 64 KiB chunks
 * ("ElfChnk\0"), each with its own string table and template definitions;
 * a record is BinXML, nearly always one template instance whose substitution
 * values fill a template defined earlier in the same chunk.
 *
 * API
 * - `parseEvtx(source, options)` → Promise<EvtxParseResult>: the whole file.
 *   `source` is a Uint8Array, an ArrayBuffer, a ReadableStream (e.g.
 *   `file.stream()` in the browser), or any (async) iterable of Uint8Array
 *   pieces of any size (e.g. `fs.createReadStream(path)` in Node). Pieces
 *   are gathered into one 64 KiB chunk at a time, so memory stays at one
 *   chunk plus the records kept (`keepRecords: false` with `onRecord` keeps
 *   none). `onProgress` is called after every chunk, `signal` aborts.
 * - `parseEvtxSync(bytes, options)`: the same for bytes already in memory.
 * - `EvtxStreamParser`: the incremental core; `push(bytes)` returns the
 *   chunks completed by those bytes, `end()` the rest.
 * - `readEvtxHeader(bytes)` and `parseEvtxChunk(chunkBytes, chunkIndex)`:
 *   the header, and one chunk on its own (chunks are independent).
 * - `recordToXml(record)`: the record as XML, when parsed with `{ tree: true }`.
 *
 * Per record (EvtxRecord): record id and header time; from System: Provider
 * Name and Guid, EventID and its Qualifiers, Version, Level, Task, Opcode,
 * Keywords, TimeCreated SystemTime, EventRecordID, Correlation ActivityID,
 * Execution ProcessID/ThreadID, Channel, Computer, Security UserID; and the
 * EventData/UserData values in order (`data`: {name, value}, name being a
 * Data element's Name attribute, or the element name for other leaves).
 *
 * Bad input never throws: the result says what happened.
 * - not EVTX, empty, shorter than the header: `ok: false` and `error`;
 * - a chunk with a damaged signature: one failure (kind 'chunk'), parsing
 *   goes on with the next chunk; all-zero chunks are skipped silently;
 * - bad CRC32s (file header, chunk header, event data): `problems`, and the
 *   chunk is parsed anyway (the reference parser does not check them);
 * - a record that cannot be parsed: one failure (kind 'record'); when its
 *   header is unusable (bad signature, size under 28 — e.g. 0) the rest of
 *   that chunk is skipped, as the reference does, since the next record
 *   cannot be found;
 * - a file that ends inside a chunk: a problem, and the records that are
 *   complete in the partial chunk are read (the reference drops the partial
 *   chunk).
 * Counts of records parsed and failed match the reference parser
 * (omerbenamram/evtx) on its test samples; see tests/unit/evtx.
 */
import { ExpansionBudget } from './budget';
import { parseChunk, CHUNK_SIZE } from './chunk';
import { FILE_HEADER_SIZE, hasEvtxSignature, readEvtxHeader } from './header';
import type {
  EvtxChunkResult,
  EvtxFailure,
  EvtxFileHeader,
  EvtxParseResult,
  EvtxRecord,
  EvtxSource,
  EvtxStats,
  ParseEvtxOptions,
  ParseOptions,
} from './types';
import { treeToXml } from './xml';

export type * from './types';
export { readEvtxHeader, FILE_HEADER_SIZE, CHUNK_SIZE };
export { treeToXml } from './xml';

/** Parses one chunk (normally 65536 bytes; chunk offsets are relative to its start). Never throws. */
export function parseEvtxChunk(chunkBytes: Uint8Array, chunkIndex: number, options: ParseOptions = {}): EvtxChunkResult {
  return parseChunk(chunkBytes, chunkIndex, options);
}

/** The record as XML (reference layout), or undefined when it was parsed without `{ tree: true }`. */
export function recordToXml(record: EvtxRecord): string | undefined {
  return record.tree ? treeToXml(record.tree) : undefined;
}

/**
 * Incremental parser: feed the file's bytes in pieces of any size. Memory is
 * one header and one chunk buffer; chunk results are handed back as soon as
 * their last byte arrives.
 */
export class EvtxStreamParser {
  header: EvtxFileHeader | undefined;
  /** Set when the input is not a usable EVTX file; later pushes are ignored. */
  error: string | undefined;
  readonly problems: string[] = [];
  bytesRead = 0;
  chunksRead = 0;

  private readonly headerBuf = new Uint8Array(FILE_HEADER_SIZE);
  private headerFill = 0;
  private readonly chunkBuf = new Uint8Array(CHUNK_SIZE);
  private chunkFill = 0;
  private ended = false;
  /** The file header was zeroed: the first chunk's signature decides whether the file can be read. */
  private headerless = false;
  /** One budget for the whole file: a crafted chunk cannot be paid for by starting the next. */
  private readonly budget = new ExpansionBudget();

  /** True once the file's expansion budget is spent: nothing more is read. */
  get stopped(): boolean {
    return this.budget.exhausted;
  }

  constructor(private readonly options: ParseOptions = {}) {}

  push(bytes: Uint8Array): EvtxChunkResult[] {
    const out: EvtxChunkResult[] = [];
    if (this.error !== undefined || this.ended || this.stopped) return out;
    this.bytesRead += bytes.length;
    let p = 0;
    if (this.header === undefined) {
      const take = Math.min(bytes.length, FILE_HEADER_SIZE - this.headerFill);
      this.headerBuf.set(bytes.subarray(0, take), this.headerFill);
      this.headerFill += take;
      p = take;
      const head = this.headerBuf.subarray(0, this.headerFill);
      // A zeroed header (a copy cut or wiped at its start) may still be followed by intact chunks: wait
      // for the first chunk's signature before deciding. Anything else without the signature is refused at once.
      if (!hasEvtxSignature(head) && !isZeroPrefix(head)) {
        this.error = headerError(head);
        return out;
      }
      if (this.headerFill < FILE_HEADER_SIZE) return out;
      if (isZeroPrefix(head)) this.headerless = true;
      else {
        const h = readEvtxHeader(this.headerBuf);
        if (!h.ok) {
          this.error = h.error;
          return out;
        }
        this.header = h.header;
        this.problems.push(...h.problems);
      }
    }
    while (p < bytes.length && !this.stopped && this.error === undefined) {
      if (this.chunkFill === 0 && bytes.length - p >= CHUNK_SIZE) {
        // A whole chunk in the piece: parse it in place.
        const r = this.parse(bytes.subarray(p, p + CHUNK_SIZE));
        if (r) out.push(r);
        p += CHUNK_SIZE;
        continue;
      }
      const take = Math.min(bytes.length - p, CHUNK_SIZE - this.chunkFill);
      this.chunkBuf.set(bytes.subarray(p, p + take), this.chunkFill);
      this.chunkFill += take;
      p += take;
      if (this.chunkFill === CHUNK_SIZE) {
        const r = this.parse(this.chunkBuf);
        if (r) out.push(r);
        this.chunkFill = 0;
      }
    }
    return out;
  }

  /** Call once after the last piece: reports a short file and parses a partial last chunk. */
  end(): EvtxChunkResult[] {
    const out: EvtxChunkResult[] = [];
    if (this.ended) return out;
    this.ended = true;
    if (this.error !== undefined || this.stopped) return out;
    if (this.header === undefined) {
      this.error = headerError(this.headerBuf.subarray(0, this.headerFill));
      return out;
    }
    if (this.chunkFill > 0) {
      this.problems.push(
        `file ends inside chunk ${this.chunksRead}: ${this.chunkFill} of ${CHUNK_SIZE} bytes (truncated file); complete records in it were read`,
      );
      const r = this.parse(this.chunkBuf.subarray(0, this.chunkFill));
      if (r) out.push(r);
      this.chunkFill = 0;
    }
    if (this.header.chunkCount > this.chunksRead) {
      this.problems.push(`the file header lists ${this.header.chunkCount} chunks, the file holds ${this.chunksRead}`);
    }
    return out;
  }

  private parse(bytes: Uint8Array): EvtxChunkResult | undefined {
    if (this.header === undefined && this.headerless) {
      if (!CHUNK_MAGIC.every((b, i) => bytes[i] === b)) {
        this.error = headerError(this.headerBuf);
        return undefined;
      }
      this.header = headerlessHeader();
      this.problems.push('file header damaged (zeroed): the chunks after it were read without it');
    }
    return parseChunk(bytes, this.chunksRead++, this.options, this.budget);
  }
}

const CHUNK_MAGIC = [0x45, 0x6c, 0x66, 0x43, 0x68, 0x6e, 0x6b, 0x00];

/** True when every byte read so far is zero (checked on the signature's 8 bytes, the rest may hold anything). */
function isZeroPrefix(bytes: Uint8Array): boolean {
  const n = Math.min(8, bytes.length);
  if (n === 0) return false;
  for (let i = 0; i < n; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** What stands for the header of a file whose header was zeroed: nothing known, every chunk read. */
function headerlessHeader(): EvtxFileHeader {
  return {
    firstChunkNumber: 0,
    lastChunkNumber: 0,
    nextRecordId: 0,
    headerSize: 128,
    minorVersion: 0,
    majorVersion: 3,
    headerBlockSize: FILE_HEADER_SIZE,
    chunkCount: 0,
    flags: 0,
    dirty: false,
    full: false,
    noCrc32: false,
    checksum: 0,
    checksumValid: false,
  };
}

function headerError(bytes: Uint8Array): string {
  const h = readEvtxHeader(bytes);
  return h.ok ? 'unexpected header state' : h.error;
}

/** Collects chunk results into a parse result. */
class Collector {
  readonly records: EvtxRecord[] = [];
  readonly failures: EvtxFailure[] = [];
  readonly problems: string[] = [];
  readonly stats: EvtxStats = {
    bytes: 0,
    chunks: 0,
    chunksParsed: 0,
    chunksEmpty: 0,
    chunksFailed: 0,
    records: 0,
    failures: 0,
    elapsedMs: 0,
  };
  private readonly started = Date.now();

  constructor(
    private readonly options: ParseEvtxOptions,
    private readonly totalBytes: number | undefined,
  ) {}

  add(parser: EvtxStreamParser, chunks: EvtxChunkResult[]): void {
    const { onRecord, onProgress } = this.options;
    const keep = this.options.keepRecords !== false;
    for (const c of chunks) {
      this.stats.chunks++;
      if (c.status === 'parsed') this.stats.chunksParsed++;
      else if (c.status === 'empty') this.stats.chunksEmpty++;
      else this.stats.chunksFailed++;
      this.stats.records += c.records.length;
      this.stats.failures += c.failures.length;
      for (const r of c.records) {
        if (onRecord) onRecord(r);
        if (keep) this.records.push(r);
      }
      for (const f of c.failures) this.failures.push(f);
      for (const p of c.problems) this.problems.push(p);
      if (onProgress) {
        onProgress({
          bytesRead: parser.bytesRead,
          totalBytes: this.totalBytes,
          chunks: this.stats.chunks,
          records: this.stats.records,
          failures: this.stats.failures,
        });
      }
    }
  }

  finish(parser: EvtxStreamParser, aborted: boolean): EvtxParseResult {
    this.stats.bytes = parser.bytesRead;
    this.stats.elapsedMs = Date.now() - this.started;
    const problems = [...parser.problems, ...this.problems];
    let error = parser.error;
    if (aborted) {
      problems.push(`aborted after ${parser.bytesRead} bytes`);
      error ??= 'aborted';
    }
    return {
      ok: error === undefined,
      error,
      header: parser.header,
      records: this.records,
      failures: this.failures,
      problems,
      stats: this.stats,
    };
  }
}

/** Parses a file already in memory. Never throws. */
export function parseEvtxSync(bytes: Uint8Array | ArrayBuffer, options: ParseEvtxOptions = {}): EvtxParseResult {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const parser = new EvtxStreamParser(options);
  const collector = new Collector(options, data.length);
  let aborted = false;
  try {
    // Chunk by chunk, so that an abort (e.g. from onProgress) is seen between chunks.
    collector.add(parser, parser.push(data.subarray(0, Math.min(data.length, FILE_HEADER_SIZE))));
    for (let p = FILE_HEADER_SIZE; p < data.length && parser.error === undefined && !parser.stopped; p += CHUNK_SIZE) {
      if (options.signal?.aborted) {
        aborted = true;
        break;
      }
      collector.add(parser, parser.push(data.subarray(p, Math.min(data.length, p + CHUNK_SIZE))));
    }
    if (!aborted) collector.add(parser, parser.end());
  } catch (e) {
    parser.problems.push(`internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
  return collector.finish(parser, aborted);
}

function isReadableStream(s: unknown): s is ReadableStream<Uint8Array> {
  return typeof s === 'object' && s !== null && typeof (s as { getReader?: unknown }).getReader === 'function';
}

async function* pieces(source: EvtxSource): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    yield source;
  } else if (source instanceof ArrayBuffer) {
    yield new Uint8Array(source);
  } else if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const piece of source) yield piece instanceof Uint8Array ? piece : new Uint8Array(piece);
  }
}

/** Parses a whole file from bytes or a stream of pieces. Never rejects. */
export async function parseEvtx(source: EvtxSource, options: ParseEvtxOptions = {}): Promise<EvtxParseResult> {
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) return parseEvtxSync(source, options);
  const parser = new EvtxStreamParser(options);
  const collector = new Collector(options, undefined);
  let aborted = false;
  try {
    for await (const piece of pieces(source)) {
      if (options.signal?.aborted) {
        aborted = true;
        break;
      }
      collector.add(parser, parser.push(piece));
      if (parser.error !== undefined || parser.stopped) break;
    }
    if (!aborted && options.signal?.aborted) aborted = true;
    if (!aborted) collector.add(parser, parser.end());
  } catch (e) {
    parser.problems.push(`reading the input failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  return collector.finish(parser, aborted);
}
