/**
 * The report as text for a support ticket, in either language: Markdown
 * that stays readable where a ticket tool does not render it (headings,
 * lists, one table). Never HTML. Values and names from the files are put on
 * one line and cut, control characters made visible, and Markdown and
 * HTML characters escaped, so a hostile log cannot break the layout or
 * inject markup.
 */
import type { Lang } from '../content/schema';
import { dictionary } from '../i18n';
import type { LookupRecord } from '../lookup/types';
import { formatName, problemLine, timeText } from './messages';
import type { LogReport } from './types';
import { logsDictionary } from '../i18n/logs';
import { terminalSafe } from '../text/terminal';

/** Rows of the other-events table in the ticket (the report keeps more). */
const TICKET_OTHERS = 30;
/** Timeline lines in the ticket. */
const TICKET_TIMELINE = 50;

function oneLine(s: string, max = 300): string {
  const flat = terminalSafe(s.replace(/\s+/g, ' ').trim());
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Text from a file, as Markdown that shows it and does nothing else: every
 * character that could start markup or HTML (`<script>`, `[x](javascript:…)`,
 * `**`, a table pipe) is backslash-escaped, which CommonMark renders as the
 * character itself.
 */
function text(s: string, max = 300): string {
  return oneLine(s, max).replace(/[\\`*_[\]<>|~&#!]/g, '\\$&');
}

function cell(s: string): string {
  return text(s, 120);
}

function code(s: string): string {
  const v = oneLine(s).replace(/`/g, "'");
  return `\`${v}\``;
}

export type MarkdownOptions = { lang: Lang; knownOnly?: boolean };

export function reportMarkdown(report: LogReport, records: readonly LookupRecord[], options: MarkdownOptions): string {
  const { lang } = options;
  const t = logsDictionary(lang);
  const r = t.report;
  const colon = dictionary(lang).runbook.colon;
  const byId = new Map(records.map((x) => [x.id, x]));
  const lines: string[] = [];
  const totals = report.totals;
  lines.push(`## ${r.title} (${r.files(totals.files)})`, '');
  for (const f of report.files) {
    if (f.format === 'zip') {
      lines.push(`- ${code(f.file)}${colon}${formatName('zip', lang)}${f.members?.length ? `, ${r.members.toLowerCase()}${colon}${f.members.length}` : ''}`);
    } else {
      lines.push(`- ${code(f.file)}${colon}${r.fileLine(formatName(f.format, lang), f.records, f.failures)}`);
    }
  }
  lines.push('', r.totals(totals.records, totals.failures, totals.matched, totals.others), '');

  lines.push(`### ${r.entries}`, '');
  if (!report.entries.length) lines.push(r.noEntries, '');
  for (const e of report.entries) {
    const rec = byId.get(e.id);
    const title = rec ? oneLine(rec.title) : e.id;
    const link = rec ? ` — ${rec.url}` : '';
    lines.push(`- **${title}** (${e.id})${link}`);
    lines.push(`  - ${r.seen(e.count)}, ${r.first} ${timeText(e.first, lang)}, ${r.last} ${timeText(e.last, lang)}`);
    for (const v of e.values) lines.push(`  - ${text(v.name, 60)}${colon}${code(v.value)} (${r.seen(v.count)})`);
  }
  if (report.entries.length) lines.push('');

  if (report.timeline.length) {
    lines.push(`### ${r.timeline}`, '');
    const shown = report.timeline.slice(-TICKET_TIMELINE);
    if (shown.length < report.timelineTotal) lines.push(`_${r.timelineCut(shown.length, report.timelineTotal)}_`, '');
    for (const item of shown) {
      const values = item.values.map((v) => `${text(v.name, 40)}${colon}${code(v.value)}`).join(', ');
      lines.push(`- ${timeText(item.time, lang)} — ${item.id}${values ? ` — ${values}` : ''}`);
    }
    lines.push('');
  }

  if (!options.knownOnly) {
    const others = report.files.flatMap((f) => f.others);
    lines.push(`### ${r.others}`, '');
    if (!others.length) lines.push(r.noOthers, '');
    else {
      lines.push(`| ${r.source} | ${r.eventId} | ${r.levelHeader} | ${r.countHeader} | ${r.firstHeader} | ${r.lastHeader} |`, '| --- | --- | --- | --- | --- | --- |');
      const sorted = [...others].sort((a, b) => b.count - a.count);
      for (const o of sorted.slice(0, TICKET_OTHERS)) {
        lines.push(
          `| ${cell(o.provider || t.unknownSource)} | ${o.eventId ?? '—'} | ${cell(t.level(o.level))} | ${o.count} | ${cell(timeText(o.first, lang))} | ${cell(timeText(o.last, lang))} |`,
        );
      }
      if (sorted.length > TICKET_OTHERS) lines.push(`| … | | | ${sorted.slice(TICKET_OTHERS).reduce((a, o) => a + o.count, 0)} | | |`);
      lines.push('');
    }
  }

  const findings = report.files.flatMap((f) => f.findings ?? []);
  if (findings.length) {
    lines.push(`### ${r.findings}`, '');
    for (const f of findings.slice(0, 30)) lines.push(`- \\[${text(f.severity, 20)}\\] ${text(f.id, 20)} ${text(f.check, 120)}${colon}${text(f.result, 200)}`);
    lines.push('');
  }

  const problems = report.files.flatMap((f) => f.problems.map((p) => ({ file: f.file, p })));
  if (problems.length) {
    lines.push(`### ${r.problems}`, '');
    for (const { file, p } of problems) lines.push(`- ${code(file)}${colon}${text(problemLine(p, lang), 400)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
