/**
 * Event log files in, a report out: what a support engineer was sent (an
 * .evtx, Event Viewer's XML, CSV or text exports, a Client Analyzer zip)
 * read where it is — in the browser (a Web Worker, worker.ts) or the CLI —
 * and every event of ours matched to its entry. Pure TypeScript over Blob,
 * streams and typed arrays: no Node API, no React, nothing sent anywhere.
 *
 * `readLogFiles(inputs, records, lang, { signal, onProgress, limits })`
 * never rejects: a file that cannot be read is a problem in the report. Each
 * input is a Blob with a name (a browser File; the CLI opens files with
 * fs.openAsBlob). Its format is read from its content (detect.ts), then:
 * - EVTX: lib/evtx, streamed a chunk at a time, no record kept (evtx.ts);
 * - XML, CSV, text exports: decoded in pieces (UTF-8, UTF-16 or ANSI), one
 *   event in memory at a time (xml.ts, csv.ts, text.ts);
 * - MDEClientAnalyzer.xml: the analyzer's findings (analyzer.ts);
 * - zip: the central directory, then each member that may be a log, inflated
 *   piece by piece under the zip-bomb caps (zip.ts), zips inside included.
 * Events go to the report builder (report.ts): matched by source and ID
 * (registry.ts), values read from insertion strings (values.ts).
 *
 * The report is plain data (types.ts): messages.ts words its problems,
 * markdown.ts makes the ticket text, cards.ts the cards, in either language.
 */
import type { Lang } from '../content/schema';
import type { LookupRecord } from '../lookup/types';
import { analyzerFindings } from './analyzer';
import { HEAD_BYTES, detectFormat, extensionOf, type Detected } from './detect';
import { CsvEventReader } from './csv';
import { readEvtx } from './evtx';
import { DEFAULT_LIMITS, MAX_ANALYZER_BYTES } from './limits';
import { ReportBuilder, type FileCollector } from './report';
import { blobPieces, concat, counted, peek, textPieces, type Pieces } from './stream';
import { TextEventReader } from './text';
import type { LogInput, LogLimits, LogProblem, LogReport, ReadLogsOptions } from './types';
import { XmlEventReader } from './xml';
import { isLogCandidate, memberPieces, readZipDirectory, type MemberState, type ZipBudget } from './zip';

export type * from './types';
export { DEFAULT_LIMITS } from './limits';

/** Progress is reported at most this often. */
const PROGRESS_MS = 100;

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Problems that only say the stream ended early, when it was us who ended it (a cap, a damaged member). */
const END_PROBLEMS = new Set<LogProblem['code']>(['evtx-truncated', 'evtx-missing-chunks', 'xml-truncated']);

class Reading {
  readonly builder: ReportBuilder;
  readonly limits: LogLimits;
  private read = 0;
  private lastProgress = 0;

  constructor(
    records: readonly LookupRecord[],
    lang: Lang,
    private readonly options: ReadLogsOptions,
    private readonly totalBytes: number,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.builder = new ReportBuilder(records, lang, this.limits);
  }

  get signal(): AbortSignal | undefined {
    return this.options.signal;
  }

  get aborted(): boolean {
    return this.options.signal?.aborted === true;
  }

  progress(file: string, bytesRead: number, force = false): void {
    const on = this.options.onProgress;
    if (!on) return;
    this.read = Math.max(this.read, bytesRead);
    const now = Date.now();
    if (!force && now - this.lastProgress < PROGRESS_MS) return;
    this.lastProgress = now;
    on({ file, bytesRead: this.read, totalBytes: this.totalBytes, events: this.builder.events });
  }

  async input(input: LogInput, base: number): Promise<void> {
    const { name, blob } = input;
    let head: Uint8Array;
    try {
      head = new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
    } catch (e) {
      this.builder.file(name, 'unknown').problem({ code: 'unreadable', severity: 'error', detail: message(e) });
      return;
    }
    if (blob.size === 0) {
      this.builder.file(name, 'unknown').problem({ code: 'empty', severity: 'error' });
      return;
    }
    const detected = detectFormat(head);
    if (detected.format === 'zip') {
      await this.zip(name, blob, 0, { remaining: this.limits.zipTotalBytes, capped: false }, undefined, base);
      return;
    }
    const c = this.builder.file(name, detected.format);
    const pieces = counted(blobPieces(blob), (n) => {
      c.bytes += n;
      this.progress(name, base + c.bytes);
    });
    try {
      await this.stream(c, name, pieces, head, detected);
    } catch (e) {
      c.problem({ code: 'unreadable', severity: c.records ? 'damage' : 'error', detail: message(e) });
    }
  }

  /** One log, whatever carries its bytes (a file, a zip member). */
  async stream(c: FileCollector, name: string, pieces: Pieces, head: Uint8Array, d: Detected): Promise<void> {
    const ext = extensionOf(name);
    if (ext === '.evtx' && d.format !== 'evtx') {
      if (d.format === 'unknown') {
        c.problem({ code: 'not-evtx', severity: 'error' });
        return;
      }
      c.problem({ code: 'renamed', severity: 'info', name: ext, format: d.format });
    }
    const max = this.limits.textRecordChars;
    const add = (e: Parameters<FileCollector['add']>[0]) => c.add(e);
    switch (d.format) {
      case 'evtx': {
        const r = await readEvtx(pieces, add, this.signal);
        c.records = r.records;
        c.failures = r.failures;
        for (const p of r.problems) c.problem(p);
        return;
      }
      case 'xml': {
        const reader = new XmlEventReader(add, max);
        const stopped = await this.text(pieces, head, (t) => reader.push(t));
        const truncated = reader.end();
        const s = reader.stats;
        c.records = s.events;
        c.failures = s.malformed + s.tooLarge;
        if (s.malformed) c.problem({ code: 'xml-malformed', severity: 'damage', count: s.malformed, ...(s.firstError ? { detail: s.firstError } : {}) });
        if (s.tooLarge) c.problem({ code: 'record-too-large', severity: 'damage', count: s.tooLarge, limit: max });
        if (truncated && !stopped) c.problem({ code: 'xml-truncated', severity: 'damage' });
        if (stopped) c.problem({ code: 'aborted', severity: 'info' });
        return;
      }
      case 'csv': {
        const reader = new CsvEventReader(d.sep, add, max);
        const stopped = await this.text(pieces, head, (t) => reader.push(t));
        reader.end();
        const s = reader.stats;
        c.records = s.rows;
        c.failures = s.badRows + s.tooLarge;
        if (s.badRows) c.problem({ code: 'csv-bad-rows', severity: 'damage', count: s.badRows });
        if (s.tooLarge) c.problem({ code: 'record-too-large', severity: 'damage', count: s.tooLarge, limit: max });
        if (stopped) c.problem({ code: 'aborted', severity: 'info' });
        return;
      }
      case 'text': {
        const reader = new TextEventReader(d.kind, add, max);
        const stopped = await this.text(pieces, head, (t) => reader.push(t));
        reader.end();
        const s = reader.stats;
        c.records = s.events;
        c.failures = s.badBlocks + s.tooLarge;
        if (s.badBlocks) c.problem({ code: 'text-bad-blocks', severity: 'damage', count: s.badBlocks });
        if (s.tooLarge) c.problem({ code: 'record-too-large', severity: 'damage', count: s.tooLarge, limit: max });
        if (stopped) c.problem({ code: 'aborted', severity: 'info' });
        return;
      }
      case 'analyzer': {
        const parts: string[] = [];
        let size = 0;
        let tooLarge = false;
        await this.text(pieces, head, (t) => {
          size += t.length;
          if (size > MAX_ANALYZER_BYTES) tooLarge = true;
          else parts.push(t);
        });
        if (tooLarge) {
          c.problem({ code: 'record-too-large', severity: 'damage', count: 1, limit: MAX_ANALYZER_BYTES });
          return;
        }
        try {
          c.findings = analyzerFindings(parts.join(''));
          c.records = c.findings.length;
        } catch (e) {
          c.failures = 1;
          c.problem({ code: 'xml-malformed', severity: 'damage', count: 1, detail: message(e) });
        }
        return;
      }
      case 'zip':
      case 'unknown':
        c.problem({ code: 'unknown-format', severity: 'error' });
        return;
    }
  }

  /** Feeds decoded text to `push`; true when reading was cancelled. */
  private async text(pieces: Pieces, head: Uint8Array, push: (text: string) => void): Promise<boolean> {
    for await (const t of textPieces(pieces, head)) {
      if (this.aborted) return true;
      push(t);
    }
    return this.aborted;
  }

  async zip(name: string, blob: Blob, depth: number, budget: ZipBudget, container: string | undefined, base: number): Promise<void> {
    const zc = this.builder.file(name, 'zip', container);
    zc.bytes = blob.size;
    zc.members = [];
    let dir;
    try {
      dir = await readZipDirectory(blob, this.limits);
    } catch (e) {
      zc.problem({ code: 'zip-damaged', severity: 'error', detail: message(e) });
      return;
    }
    for (const p of dir.problems) zc.problem(p);
    let logs = 0;
    for (const member of dir.members) {
      if (this.aborted) {
        zc.problem({ code: 'aborted', severity: 'info' });
        break;
      }
      if (!isLogCandidate(member.name)) continue;
      const full = `${name}/${member.name}`;
      const state: MemberState = { bytes: 0, cut: false, problems: [] };
      const raw = memberPieces(blob, member, budget, this.limits, state, this.signal);
      const tracked = counted(raw, () => {
        if (depth === 0) this.progress(full, base + member.offset + member.csize * Math.min(1, state.bytes / Math.max(1, member.usize)));
      });
      let peeked;
      try {
        peeked = await peek(tracked, HEAD_BYTES);
      } catch (e) {
        zc.problem({ code: 'zip-member-damaged', severity: 'damage', name: member.name, detail: message(e) });
        continue;
      }
      const d = detectFormat(peeked.head);
      if (d.format === 'zip') {
        if (depth >= this.limits.zipDepth) {
          await peeked.close();
          zc.problem({ code: 'zip-too-deep', severity: 'info', name: member.name });
          continue;
        }
        if (member.usize > this.limits.nestedZipBytes) {
          await peeked.close();
          zc.problem({ code: 'zip-total-cap', severity: 'damage', name: member.name, limit: this.limits.nestedZipBytes });
          continue;
        }
        const parts: Uint8Array[] = [];
        let size = 0;
        for await (const piece of peeked.pieces) {
          size += piece.length;
          if (size > this.limits.nestedZipBytes) break;
          parts.push(piece);
        }
        for (const p of state.problems) zc.problem(p);
        if (size > this.limits.nestedZipBytes) {
          zc.problem({ code: 'zip-total-cap', severity: 'damage', name: member.name, limit: this.limits.nestedZipBytes });
          continue;
        }
        logs++;
        zc.members.push(member.name);
        await this.zip(full, new Blob([concat(parts, size) as Uint8Array<ArrayBuffer>]), depth + 1, budget, name, base);
        continue;
      }
      const isLog = d.format !== 'unknown' || extensionOf(member.name) === '.evtx';
      if (!isLog) {
        // dsregcmd.txt, MDEClientAnalyzer.txt…: not an event log, not a problem (unless a cap stopped it before it could tell).
        await peeked.close();
        for (const p of state.problems) zc.problem(p);
        continue;
      }
      logs++;
      zc.members.push(member.name);
      const c = this.builder.file(full, d.format, name);
      try {
        await this.stream(
          c,
          member.name,
          counted(peeked.pieces, (n) => (c.bytes += n)),
          peeked.head,
          d,
        );
      } catch (e) {
        c.problem({ code: 'zip-member-damaged', severity: 'damage', name: member.name, detail: message(e) });
      }
      if (state.cut) {
        const mine = c.problems.filter((p) => !END_PROBLEMS.has(p.code) && !(p.code === 'aborted' && !this.aborted));
        c.problems.splice(0, c.problems.length, ...mine);
      }
      for (const p of state.problems) c.problem(p);
    }
    if (!logs && !this.aborted) zc.problem({ code: 'zip-no-logs', severity: 'error' });
  }
}

/** Reads every input and builds one report. Never rejects. */
export async function readLogFiles(inputs: readonly LogInput[], records: readonly LookupRecord[], lang: Lang, options: ReadLogsOptions = {}): Promise<LogReport> {
  const total = inputs.reduce((a, i) => a + i.blob.size, 0);
  const reading = new Reading(records, lang, options, total);
  let base = 0;
  for (const input of inputs) {
    if (reading.aborted) break;
    try {
      await reading.input(input, base);
    } catch (e) {
      reading.builder.file(input.name, 'unknown').problem({ code: 'unreadable', severity: 'error', detail: message(e) });
    }
    base += input.blob.size;
    reading.progress(input.name, base, true);
  }
  return reading.builder.build();
}
