/**
 * Types of the log-file reader (see index.ts). Plain data only: a report
 * crosses the Web Worker boundary by structured clone and is written as JSON
 * by the CLI, so no Maps, classes or functions here.
 */
import type { EntryKind } from '../content/schema';

/** What a file turned out to be, read from its content (never from its name alone). */
export type LogFormat = 'evtx' | 'xml' | 'csv' | 'text' | 'analyzer' | 'zip' | 'unknown';

/** One event, whatever file it came from. Every field but `data` may be missing (a CSV row has no channel). */
export type LogEvent = {
  provider: string | undefined;
  channel: string | undefined;
  eventId: number | undefined;
  qualifiers: number | undefined;
  /** 1 critical, 2 error, 3 warning, 4 information, 5 verbose (0 "log always" is kept as 0). */
  level: number | undefined;
  /** ISO 8601: with `Z` when the file says UTC (EVTX, XML), without when it gives local time (CSV, text). */
  time: string | undefined;
  computer: string | undefined;
  recordId: number | undefined;
  /** Insertion strings, in order; `name` is the Data element's Name (or the element name in UserData). */
  data: { name: string | undefined; value: string }[];
  /** The rendered message, when the file has one (CSV, text, XML RenderingInfo). */
  message: string | undefined;
};

export type ProblemSeverity =
  /** Nothing could be read: the file is not a log this reader knows, or could not be opened. */
  | 'error'
  /** The file is damaged: what is shown is partial. */
  | 'damage'
  /** Worth knowing, results are complete. */
  | 'info';

export type ProblemCode =
  | 'unreadable'
  | 'empty'
  | 'unknown-format'
  | 'not-evtx'
  | 'renamed'
  | 'aborted'
  | 'evtx-header-truncated'
  | 'evtx-truncated'
  | 'evtx-missing-chunks'
  | 'evtx-checksum'
  | 'evtx-header-odd'
  | 'evtx-chunk-failed'
  | 'evtx-record-failed'
  | 'evtx-other'
  | 'xml-malformed'
  | 'xml-truncated'
  | 'csv-bad-rows'
  | 'text-bad-blocks'
  | 'record-too-large'
  | 'zip-damaged'
  | 'zip-member-damaged'
  | 'zip-total-cap'
  | 'zip-ratio-cap'
  | 'zip-entry-cap'
  | 'zip-too-deep'
  | 'zip-encrypted'
  | 'zip-method'
  | 'zip-no-logs'
  | 'others-capped'
  | 'values-capped';

/**
 * Something wrong or worth saying about a file. Language-neutral: the
 * sentence is made from `code` and the fields by messages.ts, in the reader's
 * language. `detail` is the parser's own technical text (English, as the
 * reference tools print it), shown as is for support.
 */
export type LogProblem = {
  code: ProblemCode;
  severity: ProblemSeverity;
  count?: number;
  /** A file or member name. */
  name?: string;
  /** A limit that was reached (bytes, ratio, entries). */
  limit?: number;
  /** The format the content turned out to be (renamed files). */
  format?: LogFormat;
  detail?: string;
};

/** A value read from the insertion strings of an entry's events, with how many events carried it. */
export type ReportValue = { name: string; value: string; count: number };

/** Events of one known entry in one file (or merged over files). */
export type ReportEntry = {
  id: string;
  kind: EntryKind;
  eventId: number;
  count: number;
  first: string | undefined;
  last: string | undefined;
  /** Distinct values, most frequent first. */
  values: ReportValue[];
};

/** Events that match no entry, by provider and ID. */
export type ReportOther = {
  provider: string;
  channel: string | undefined;
  eventId: number | undefined;
  /** Highest severity seen (lowest level number above 0), if any. */
  level: number | undefined;
  count: number;
  first: string | undefined;
  last: string | undefined;
};

/** One known event on the timeline. */
export type TimelineItem = {
  time: string | undefined;
  id: string;
  eventId: number;
  level: number | undefined;
  file: string;
  /** The first values of that event (at most three), for a one-line summary. */
  values: { name: string; value: string }[];
};

/** A finding of the Client Analyzer (MDEClientAnalyzer.xml), kept as the tool wrote it. */
export type AnalyzerFinding = {
  id: string;
  severity: string;
  category: string;
  check: string;
  result: string;
  guidance: string;
};

export type FileReport = {
  /** The file's name; for a member of a zip, `bundle.zip/EventLogs/sense.evtx`. */
  file: string;
  /** The zip the member came from, when it did. */
  container?: string;
  format: LogFormat;
  /** Bytes read (uncompressed bytes for a zip member). */
  bytes: number;
  /** Records (events) parsed; for EVTX, as the reference parser counts them. */
  records: number;
  /** Records that could not be parsed (EVTX: chunk and record failures, as the reference counts them). */
  failures: number;
  problems: LogProblem[];
  entries: ReportEntry[];
  others: ReportOther[];
  /** For a zip: the members that were read as logs, in order. */
  members?: string[];
  /** For MDEClientAnalyzer.xml. */
  findings?: AnalyzerFinding[];
};

export type ReportTotals = {
  files: number;
  records: number;
  failures: number;
  /** Events that matched a known entry. */
  matched: number;
  /** Distinct known entries. */
  entries: number;
  /** Events that matched none. */
  others: number;
};

export type LogReport = {
  files: FileReport[];
  /** Known entries over every file, most events first. */
  entries: (ReportEntry & { files: string[] })[];
  /** Known events in time order (the most recent ones when there are more than the cap). */
  timeline: TimelineItem[];
  /** Known events in all, on the timeline or not. */
  timelineTotal: number;
  totals: ReportTotals;
  /** True when a file could not be read at all, false when every file gave something. */
  unreadable: boolean;
  /** True when a file is damaged (partial results). */
  damaged: boolean;
};

/** A file to read: a browser File, or any Blob with a name (the CLI opens files as Blobs). */
export type LogInput = { name: string; blob: Blob };

export type LogProgress = {
  /** The file being read (for a zip, the member). */
  file: string;
  /** Bytes of the input files read so far (compressed bytes for a zip), and their total. */
  bytesRead: number;
  totalBytes: number;
  /** Events read so far, all files. */
  events: number;
};

export type LogLimits = {
  /** Uncompressed bytes read from one zip, all members and nested zips together. */
  zipTotalBytes: number;
  /** Uncompressed / compressed size above which a member is stopped (once past `zipRatioAfter` bytes). */
  zipRatio: number;
  zipRatioAfter: number;
  /** Central directory entries looked at. */
  zipEntries: number;
  /** A zip inside a zip is read (held in memory up to `nestedZipBytes`); one deeper is not. */
  zipDepth: number;
  nestedZipBytes: number;
  /** Characters of one text record (an XML <Event>, a CSV row, a text block) before it is skipped. */
  textRecordChars: number;
  /** Distinct provider/ID pairs kept in `others`. */
  others: number;
  /** Known events kept on the timeline. */
  timeline: number;
  /** Distinct values kept per entry. */
  values: number;
};

export type ReadLogsOptions = {
  signal?: AbortSignal;
  onProgress?: (progress: LogProgress) => void;
  limits?: Partial<LogLimits>;
};
