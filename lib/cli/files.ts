/**
 * `mde-lookup --file PATH…`: the log report (lib/logs) for a terminal — the
 * files read, their problems, one card per recognised entry with what the
 * events said, the other events — or as JSON for scripts, and the exit code.
 *
 * JSON shape (stable; fields are only ever added):
 * {
 *   "status": "found" | "none" | "damaged" | "unreadable",
 *   "files": [{
 *     "file": "bundle.zip/EventLogs/sense.evtx",   // as given; zip members as zip/path
 *     "container"?: "bundle.zip",                  // the zip a member came from
 *     "format": "evtx" | "xml" | "csv" | "text" | "analyzer" | "zip" | "unknown",
 *     "bytes": 69632,                              // bytes read (uncompressed for a member)
 *     "records": 5, "failures": 0,                 // EVTX: as the reference parser counts them
 *     "problems": [{ "code", "severity": "error" | "damage" | "info", "message", "detail"? }],
 *     "entries": [{ "id", "title", "url", "count", "first", "last", "values": [{ "name", "value", "count" }] }],
 *     "others": [{ "provider", "channel"?, "eventId"?, "level"?, "count", "first"?, "last"? }],
 *     "members"?: ["EventLogs/sense.evtx", …],     // a zip's logs
 *     "findings"?: [{ "id", "severity", "category", "check", "result", "guidance" }]
 *   }],
 *   "entries": [{ "id", "title", "url", "count", "first", "last", "values", "files": [file…] }],  // over all files
 *   "timeline": [{ "time", "id", "eventId", "level"?, "file", "values": [{ "name", "value" }] }],
 *   "timelineTotal": 12,
 *   "totals": { "files", "records", "failures", "matched", "entries", "others" }
 * }
 * Times are ISO 8601: with Z when the file gives UTC (EVTX, XML), without
 * when it gives the viewer's local time (CSV, text exports). A file that
 * could not be opened is a file with format "unknown" and problem code
 * "unreadable".
 *
 * Exit code: 2 when a file could not be read at all, else 1 when one is
 * damaged (partial results), else 0 when a known entry was found, 1 when not.
 */
import type { Lang } from '../content/schema';
import { dictionary } from '../i18n';
import { reportResults } from '../logs/cards';
import { formatName, problemLine, problemText, timeText } from '../logs/messages';
import type { FileReport, LogReport, ReportEntry } from '../logs/types';
import type { LookupRecord } from '../lookup/types';
import { formatCard, wrap, type FormatOptions } from './format';
import { logsDictionary } from '../i18n/logs';

export type FilesStatus = 'found' | 'none' | 'damaged' | 'unreadable';

/** A file the CLI could not open (missing, a folder, no permission), as the report shows it. */
export function unopenedFile(file: string, reason: string): FileReport {
  return { file, format: 'unknown', bytes: 0, records: 0, failures: 0, problems: [{ code: 'unreadable', severity: 'error', detail: reason }], entries: [], others: [] };
}

/** The report with the files that could not be opened put back in their place among the inputs. */
export function withUnopened(report: LogReport, unopened: readonly { index: number; report: FileReport }[]): LogReport {
  if (!unopened.length) return report;
  const files = [...report.files];
  for (const u of unopened) files.splice(Math.min(u.index, files.length), 0, u.report);
  return { ...report, files, unreadable: true, totals: { ...report.totals, files: report.totals.files + unopened.length } };
}

export function filesStatus(report: LogReport): FilesStatus {
  if (report.unreadable) return 'unreadable';
  if (report.damaged) return 'damaged';
  return report.entries.length ? 'found' : 'none';
}

export function filesExitCode(report: LogReport): 0 | 1 | 2 {
  const s = filesStatus(report);
  return s === 'unreadable' ? 2 : s === 'found' ? 0 : 1;
}

/** One line per file that gave nothing at all, for standard error. */
export function unreadableLines(report: LogReport, lang: Lang): string[] {
  return report.files
    .filter((f) => f.records === 0 && f.problems.some((p) => p.severity === 'error'))
    .map((f) => `${f.file}${dictionary(lang).runbook.colon}${f.problems.filter((p) => p.severity === 'error').map((p) => problemLine(p, lang)).join('; ')}`);
}

function entryJson(e: ReportEntry, byId: ReadonlyMap<string, LookupRecord>) {
  const r = byId.get(e.id);
  return { id: e.id, title: r?.title ?? e.id, url: r?.url ?? '', count: e.count, first: e.first, last: e.last, values: e.values };
}

export function filesJson(report: LogReport, records: readonly LookupRecord[], lang: Lang) {
  const byId = new Map(records.map((r) => [r.id, r]));
  return {
    status: filesStatus(report),
    files: report.files.map((f) => ({
      file: f.file,
      ...(f.container ? { container: f.container } : {}),
      format: f.format,
      bytes: f.bytes,
      records: f.records,
      failures: f.failures,
      problems: f.problems.map((p) => ({ code: p.code, severity: p.severity, message: problemText(p, lang), ...(p.detail ? { detail: p.detail } : {}) })),
      entries: f.entries.map((e) => entryJson(e, byId)),
      others: f.others,
      ...(f.members ? { members: f.members } : {}),
      ...(f.findings ? { findings: f.findings } : {}),
    })),
    entries: report.entries.map((e) => ({ ...entryJson(e, byId), files: e.files })),
    timeline: report.timeline,
    timelineTotal: report.timelineTotal,
    totals: report.totals,
  };
}

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', yellow: '\x1b[33m', reset: '\x1b[0m' } as const;

function paint(options: FormatOptions, style: keyof typeof ANSI, text: string): string {
  return options.color && text ? `${ANSI[style]}${text}${ANSI.reset}` : text;
}

/** Other events printed at a terminal (JSON has them all). */
const TERMINAL_OTHERS = 15;

export function formatLogReport(report: LogReport, records: readonly LookupRecord[], options: FormatOptions): string {
  const { lang } = options;
  const t = logsDictionary(lang);
  const r = t.report;
  const colon = dictionary(lang).runbook.colon;
  const parts: string[] = [];
  const head: string[] = [paint(options, 'bold', `${r.title} (${r.files(report.totals.files)})`)];
  for (const f of report.files) {
    const what = f.format === 'zip' ? `${formatName('zip', lang)}${f.members ? `, ${r.members.toLowerCase()}${colon}${f.members.length}` : ''}` : r.fileLine(formatName(f.format, lang), f.records, f.failures);
    head.push(`  ${f.file} — ${what}`);
    for (const p of f.problems) head.push(paint(options, p.severity === 'info' ? 'dim' : 'yellow', `     ${wrap(problemLine(p, lang), options.width - 5, '     ')}`));
  }
  head.push(r.totals(report.totals.records, report.totals.failures, report.totals.matched, report.totals.others));
  parts.push(head.join('\n'));

  const byId = new Map(records.map((x) => [x.id, x]));
  const results = reportResults(report, records, lang);
  if (!results.length) parts.push(r.noEntries);
  results.forEach((res, i) => {
    const e = report.entries.find((x) => x.id === res.id);
    const seen = e ? `\n   ${paint(options, 'dim', `${r.seen(e.count)}, ${r.first} ${timeText(e.first, lang)}, ${r.last} ${timeText(e.last, lang)}`)}` : '';
    parts.push(`${formatCard(res, byId.get(res.id), i + 1, options)}${seen}`);
  });

  const others = report.files.flatMap((f) => f.others).sort((a, b) => b.count - a.count);
  if (others.length) {
    const lines = [paint(options, 'bold', r.others)];
    for (const o of others.slice(0, TERMINAL_OTHERS)) {
      lines.push(`  ${o.provider || t.unknownSource} ${o.eventId ?? '—'}  ×${o.count}${o.level ? `  ${t.level(o.level)}` : ''}`);
    }
    if (others.length > TERMINAL_OTHERS) lines.push(`  … ×${others.slice(TERMINAL_OTHERS).reduce((a, o) => a + o.count, 0)}`);
    parts.push(lines.join('\n'));
  }
  const findings = report.files.flatMap((f) => f.findings ?? []);
  if (findings.length) {
    parts.push([paint(options, 'bold', r.findings), ...findings.slice(0, 20).map((f) => `  [${f.severity}] ${f.id} ${f.check}${colon}${wrap(f.result, options.width - 10, '     ')}`)].join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
