/** Public types of the EVTX parser (see index.ts for the API and its behaviour). */

/** The file header (first 4096 bytes; fields from its first 128). */
export interface EvtxFileHeader {
  firstChunkNumber: number;
  lastChunkNumber: number;
  nextRecordId: number;
  headerSize: number;
  minorVersion: number;
  majorVersion: number;
  headerBlockSize: number;
  /** Chunk count as the header states it; the parser reads every full chunk in the file whatever it says. */
  chunkCount: number;
  flags: number;
  /** Flag 0x1: the log was not closed cleanly (normal for a copy of a live log). */
  dirty: boolean;
  /** Flag 0x2: the log reached its maximum size. */
  full: boolean;
  /** Flag 0x4 (Windows 10/11, format 3.2): the header and chunks carry no CRC32 values. */
  noCrc32: boolean;
  /** CRC32 stored in the header (over its first 120 bytes). */
  checksum: number;
  /** Whether the stored checksum matches; true when the noCrc32 flag says there is none. */
  checksumValid: boolean;
}

export type EvtxHeaderResult = { ok: true; header: EvtxFileHeader; problems: string[] } | { ok: false; error: string };

/** One value of EventData or UserData, in document order. */
export interface EvtxDataItem {
  /**
   * For `<Data Name="X">` the Name attribute; undefined for a `<Data>` without one.
   * For other leaf elements (UserData's `<Param1>`, EventData's `<Binary>`) the element name.
   */
  name: string | undefined;
  /** The element's text, values rendered as the reference renders them. */
  value: string;
}

/** An XML element of a record, with substitutions resolved (built only with `{ tree: true }`). */
export interface XmlElement {
  type: 'element';
  name: string;
  attrs: XmlAttribute[];
  children: XmlNode[];
}

export interface XmlAttribute {
  name: string;
  value: string;
}

export type XmlNode =
  | XmlElement
  | { type: 'text'; text: string }
  | { type: 'cdata'; text: string }
  | { type: 'entity'; name: string }
  | { type: 'charref'; code: number }
  | { type: 'pi'; target: string; data: string };

/**
 * One event record. Every key is always present (undefined when the record
 * lacks it), which keeps the objects one shape for the JIT.
 */
export interface EvtxRecord {
  /** Record identifier from the record header. */
  recordId: number;
  /** Record header time (FILETIME), `YYYY-MM-DDTHH:MM:SS.ffffffZ`. */
  timestamp: string;
  /** Index of the chunk in the file (0-based). */
  chunkIndex: number;
  /** Offset of the record in its chunk. */
  offset: number;
  providerName: string | undefined;
  providerGuid: string | undefined;
  /** `<EventID>`'s value as written (the low 16 bits for classic providers). */
  eventId: number | undefined;
  /** `<EventID Qualifiers="…">` (classic providers); the full 32-bit code is `(qualifiers << 16) | eventId`. */
  qualifiers: number | undefined;
  version: number | undefined;
  level: number | undefined;
  task: number | undefined;
  opcode: number | undefined;
  keywords: string | undefined;
  /** `<TimeCreated SystemTime="…">`. */
  timeCreated: string | undefined;
  eventRecordId: number | undefined;
  activityId: string | undefined;
  processId: number | undefined;
  threadId: number | undefined;
  channel: string | undefined;
  computer: string | undefined;
  /** `<Security UserID="…">`. */
  userId: string | undefined;
  /** Which container the data items come from. */
  dataKind: 'EventData' | 'UserData' | undefined;
  data: EvtxDataItem[];
  /** The whole record as a tree, when parsed with `{ tree: true }`. */
  tree: XmlElement | undefined;
}

/** A record, or a chunk, that could not be parsed. */
export interface EvtxFailure {
  kind: 'chunk' | 'record';
  chunkIndex: number;
  /** The record identifier when the record header could be read. */
  recordId: number | undefined;
  /** Offset in the chunk (0 for a chunk failure). */
  offset: number;
  message: string;
}

export interface EvtxChunkHeader {
  firstRecordNumber: number;
  lastRecordNumber: number;
  firstRecordId: number;
  lastRecordId: number;
  headerSize: number;
  lastRecordDataOffset: number;
  freeSpaceOffset: number;
  dataChecksum: number;
  flags: number;
  headerChecksum: number;
}

export interface EvtxChunkResult {
  chunkIndex: number;
  /** 'parsed', 'empty' (all zero bytes: skipped, as the reference does) or 'failed' (one chunk failure). */
  status: 'parsed' | 'empty' | 'failed';
  header: EvtxChunkHeader | undefined;
  records: EvtxRecord[];
  failures: EvtxFailure[];
  /** Things wrong that did not stop parsing (bad checksums, a short chunk). */
  problems: string[];
}

export interface ParseOptions {
  /** Build `record.tree` (needed by recordToXml). Slower; off by default. */
  tree?: boolean;
  /** Check chunk CRC32s and report mismatches in `problems` (parsing goes on either way). Default true. */
  checksums?: boolean;
}

export interface EvtxProgress {
  bytesRead: number;
  /** Total size when known (a byte array), else undefined. */
  totalBytes: number | undefined;
  chunks: number;
  records: number;
  failures: number;
}

export interface ParseEvtxOptions extends ParseOptions {
  /** Called after each chunk. */
  onProgress?: (progress: EvtxProgress) => void;
  /** Called for each record as its chunk is parsed. */
  onRecord?: (record: EvtxRecord) => void;
  /** Keep records in the result (default true). With false, use onRecord: memory then stays at one chunk. */
  keepRecords?: boolean;
  /** Stops reading; the result so far is returned with a problem saying so. */
  signal?: AbortSignal;
}

export interface EvtxStats {
  bytes: number;
  /** Chunks read (full or partial). */
  chunks: number;
  chunksParsed: number;
  chunksEmpty: number;
  chunksFailed: number;
  records: number;
  failures: number;
  elapsedMs: number;
}

export interface EvtxParseResult {
  /** False when the input is not an EVTX file at all (then `error` says why) or was aborted. */
  ok: boolean;
  error: string | undefined;
  header: EvtxFileHeader | undefined;
  records: EvtxRecord[];
  failures: EvtxFailure[];
  problems: string[];
  stats: EvtxStats;
}

export type EvtxSource =
  | Uint8Array
  | ArrayBuffer
  | AsyncIterable<Uint8Array>
  | Iterable<Uint8Array>
  | ReadableStream<Uint8Array>;
