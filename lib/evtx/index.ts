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

  constructor(private readonly options: ParseOptions = {}) {}

  push(bytes: Uint8Array): EvtxChunkResult[] {
    const out: EvtxChunkResult[] = [];
    if (this.error !== undefined || this.ended) return out;
    this.bytesRead += bytes.length;
    let p = 0;
    if (this.header === undefined) {
      const take = Math.min(bytes.length, FILE_HEADER_SIZE - this.headerFill);
      this.headerBuf.set(bytes.subarray(0, take), this.headerFill);
      this.headerFill += take;
      p = take;
      if (!hasEvtxSignature(this.headerBuf.subarray(0, this.headerFill))) {
        this.error = headerError(this.headerBuf.subarray(0, this.headerFill));
        return out;
      }
      if (this.headerFill < FILE_HEADER_SIZE) return out;
      const h = readEvtxHeader(this.headerBuf);
      if (!h.ok) {
        this.error = h.error;
        return out;
      }
      this.header = h.header;
      this.problems.push(...h.problems);
    }
    while (p < bytes.length) {
      if (this.chunkFill === 0 && bytes.length - p >= CHUNK_SIZE) {
        // A whole chunk in the piece: parse it in place.
        out.push(this.parse(bytes.subarray(p, p + CHUNK_SIZE)));
        p += CHUNK_SIZE;
        continue;
      }
      const take = Math.min(bytes.length - p, CHUNK_SIZE - this.chunkFill);
      this.chunkBuf.set(bytes.subarray(p, p + take), this.chunkFill);
      this.chunkFill += take;
      p += take;
      if (this.chunkFill === CHUNK_SIZE) {
        out.push(this.parse(this.chunkBuf));
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
    if (this.error !== undefined) return out;
    if (this.header === undefined) {
      this.error = headerError(this.headerBuf.subarray(0, this.headerFill));
      return out;
    }
    if (this.chunkFill > 0) {
      this.problems.push(
        `file ends inside chunk ${this.chunksRead}: ${this.chunkFill} of ${CHUNK_SIZE} bytes (truncated file); complete records in it were read`,
      );
      out.push(this.parse(this.chunkBuf.subarray(0, this.chunkFill)));
      this.chunkFill = 0;
    }
    if (this.header.chunkCount > this.chunksRead) {
      this.problems.push(`the file header lists ${this.header.chunkCount} chunks, the file holds ${this.chunksRead}`);
    }
    return out;
  }

  private parse(bytes: Uint8Array): EvtxChunkResult {
    return parseChunk(bytes, this.chunksRead++, this.options);
  }
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
    for (let p = FILE_HEADER_SIZE; p < data.length && parser.error === undefined; p += CHUNK_SIZE) {
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
      if (parser.error !== undefined) break;
    }
    if (!aborted && options.signal?.aborted) aborted = true;
    if (!aborted) collector.add(parser, parser.end());
  } catch (e) {
    parser.problems.push(`reading the input failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  return collector.finish(parser, aborted);
}
