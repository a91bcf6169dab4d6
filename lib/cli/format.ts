/**
 * What `mde-lookup` prints, as pure functions of the engine's answer and the
 * records: cards for people at a terminal, JSON for scripts. Colour is a
 * parameter (the binary decides from TTY and NO_COLOR), so tests see the exact
 * bytes either way.
 */
import type { Command } from '../content/schema';
import type { Lang } from '../content/schema';
import { dictionary } from '../i18n';
import { shortCode } from '../labels';
import type { LookupRecord, LookupResponse, LookupResult, LookupStep } from '../lookup/types';
import { cliDictionary } from '../i18n/cli';

export type FormatOptions = { color: boolean; width: number; lang: Lang };

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', cyan: '\x1b[36m', yellow: '\x1b[33m', green: '\x1b[32m', reset: '\x1b[0m' } as const;
/** The only escape sequences the CLI's text output may hold: its own colours (terminalSafe keeps these, nothing else). */
export const OWN_SEQUENCES: readonly string[] = Object.values(ANSI);

function paint(options: FormatOptions, style: keyof typeof ANSI, text: string): string {
  return options.color && text ? `${ANSI[style]}${text}${ANSI.reset}` : text;
}

/** Inline Markdown of titles and steps as terminal text: links keep their target, emphasis goes. */
export function inlineToText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_, text: string, href: string) => (href && href !== text ? `${text} (${href})` : text))
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
}

/** Words wrapped to lines of at most `width` characters (a longer word stays whole), lines after the first prefixed by `indent`. */
export function wrap(text: string, width: number, indent: string): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join(`\n${indent}`);
}

function commandLine(c: Command, options: FormatOptions): string {
  const note = c.elevated ? paint(options, 'dim', cliDictionary(options.lang).elevated) : '';
  return `${paint(options, 'green', c.code)}${note}`;
}

function stepLines(steps: LookupStep[], total: number, options: FormatOptions, indent: string): string[] {
  const lines: string[] = [];
  steps.forEach((s, i) => {
    const prefix = `${indent}${i + 1}. `;
    lines.push(prefix + wrap(inlineToText(s.text), options.width - prefix.length, ' '.repeat(prefix.length)));
    for (const c of s.commands) lines.push(`${' '.repeat(prefix.length)}${commandLine(c, options)}`);
  });
  if (total > steps.length) lines.push(paint(options, 'dim', `${indent}${cliDictionary(options.lang).moreSteps(total - steps.length)}`));
  return lines;
}

/** Wide enough for "Erreur système" / "System error", the longest label a value gets. */
const LABEL_WIDTH = 15;

function field(label: string, value: string, options: FormatOptions): string {
  const head = `   ${label.padEnd(LABEL_WIDTH)} `;
  return paint(options, 'dim', head) + wrap(value, options.width - head.length, ' '.repeat(head.length));
}

/** One result as a card: what it is, how it matched, where to read more, why, what to do first. */
export function formatCard(result: LookupResult, record: LookupRecord | undefined, rank: number, options: FormatOptions): string {
  const branch = result.causeId ? record?.causes.find((c) => c.id === result.causeId) : undefined;
  const url = branch ? `${result.url}#${branch.id}` : result.url;
  const t = dictionary(options.lang);
  const tc = cliDictionary(options.lang);
  const f = tc.fields;
  const code = record ? shortCode(record, options.lang) : undefined;
  const lines: string[] = [];
  const badge = result.ambiguous ? tc.ambiguous : '';
  lines.push(`${paint(options, 'bold', `${rank}. ${result.title}`)}${code ? paint(options, 'dim', `  [${code}]`) : ''}`);
  lines.push(field(f.type, record ? t.kinds[record.kind].singular : result.kind, options));
  lines.push(field(f.recognised, `${tc.match[result.match]}${badge}${t.runbook.colon}${result.matchedOn}`, options));
  lines.push(field(f.entry, paint(options, 'cyan', url), options));
  if (record?.log) lines.push(field(f.log, `${record.log}${record.provider ? ` (${tc.sourceOf(record.provider)})` : ''}`, options));
  for (const v of result.values) lines.push(field(v.name, v.value, options));
  if (!record) return lines.join('\n');
  const cause = branch?.cause ?? record.cause;
  if (cause) lines.push(field(f.cause, inlineToText(cause), options));
  if (branch) {
    lines.push(field(f.branch, inlineToText(branch.title), options));
    lines.push(paint(options, 'dim', `   ${tc.firstSteps}`));
    lines.push(...stepLines(branch.firstSteps, branch.firstSteps.length, options, '     '));
  } else if (record.causes.length) {
    lines.push(field(f.question, inlineToText(record.question ?? tc.whichCase), options));
    for (const c of record.causes) lines.push(`     - ${wrap(`${inlineToText(c.answer)} → ${url}#${c.id}`, options.width - 7, '       ')}`);
  } else if (record.firstSteps.length) {
    lines.push(paint(options, 'dim', `   ${tc.firstSteps}`));
    lines.push(...stepLines(record.firstSteps, record.stepCount, options, '     '));
  }
  return lines.join('\n');
}

/** The whole answer for a terminal: status, notice, the ambiguity question, then one card per result. */
export function formatResponse(response: LookupResponse, records: ReadonlyMap<string, LookupRecord>, options: FormatOptions): string {
  const parts: string[] = [];
  const t = cliDictionary(options.lang);
  parts.push(paint(options, 'bold', `${t.status[response.status]} ${t.resultCount(response.results.length)}`));
  if (response.notice) parts.push(paint(options, 'yellow', wrap(response.notice, options.width, '')));
  for (const a of response.ambiguity ?? []) parts.push(paint(options, 'yellow', wrap(a.question, options.width, '')));
  response.results.forEach((r, i) => parts.push(formatCard(r, records.get(r.id), i + 1, options)));
  return `${parts.join('\n\n')}\n`;
}

/** The JSON answer: the engine's response as is (query, status, results, ambiguity, notice). */
export function responseJson(response: LookupResponse): LookupResponse {
  return {
    query: response.query,
    status: response.status,
    results: response.results,
    ...(response.ambiguity ? { ambiguity: response.ambiguity } : {}),
    ...(response.notice ? { notice: response.notice } : {}),
    ...(response.error ? { error: response.error } : {}),
  };
}

export type ListEntry = {
  id: string;
  kind: LookupRecord['kind'];
  title: string;
  url: string;
  code?: string;
  eventId?: number;
  provider?: string;
  log?: string;
  caseNumber?: number;
  codes?: LookupRecord['codes'];
  systemErrors?: number[];
  /** Installer entries: the exit code (a number) and its name in the script. */
  exitCode?: number;
  exitName?: string;
  /** SENSE events: the catalogue's class (or `undocumented`) and the part of the sensor. */
  eventClass?: LookupRecord['eventClass'] | 'undocumented';
  sensorArea?: LookupRecord['sensorArea'];
};

export function listJson(records: readonly LookupRecord[], lang: Lang): { entries: ListEntry[] } {
  return {
    entries: records.map((r) => {
      const code = shortCode(r, lang);
      return {
        id: r.id,
        kind: r.kind,
        title: r.title,
        url: r.url,
        ...(code ? { code } : {}),
        ...(r.eventId !== undefined ? { eventId: r.eventId } : {}),
        ...(r.provider ? { provider: r.provider } : {}),
        ...(r.log ? { log: r.log } : {}),
        ...(r.caseNumber !== undefined ? { caseNumber: r.caseNumber } : {}),
        ...(r.codes ? { codes: r.codes } : {}),
        ...(r.systemErrors.length ? { systemErrors: r.systemErrors } : {}),
        ...(r.exitCode !== undefined ? { exitCode: r.exitCode } : {}),
        ...(r.exitName ? { exitName: r.exitName } : {}),
        ...(r.eventClass ? { eventClass: r.eventClass } : r.documented === false ? { eventClass: 'undocumented' as const } : {}),
        ...(r.sensorArea ? { sensorArea: r.sensorArea } : {}),
      };
    }),
  };
}

/** Every entry as a table: id, code, title (cut to the width). */
export function formatList(records: readonly LookupRecord[], options: FormatOptions): string {
  const idWidth = Math.max(2, ...records.map((r) => r.id.length));
  const t = cliDictionary(options.lang);
  const codes = records.map((r) => shortCode(r, options.lang) ?? '');
  const codeWidth = Math.max(4, ...codes.map((c) => c.length));
  const titleWidth = Math.max(20, options.width - idWidth - codeWidth - 4);
  const cut = (s: string) => (s.length > titleWidth ? `${s.slice(0, titleWidth - 1)}…` : s);
  const lines = [paint(options, 'bold', `${t.listHeader.id.padEnd(idWidth)}  ${t.listHeader.code.padEnd(codeWidth)}  ${t.listHeader.title}`)];
  records.forEach((r, i) => lines.push(`${paint(options, 'cyan', r.id.padEnd(idWidth))}  ${(codes[i] ?? '').padEnd(codeWidth)}  ${cut(r.title)}`));
  lines.push(paint(options, 'dim', t.listFooter(records.length)));
  return `${lines.join('\n')}\n`;
}

/** 0 when a code or message was recognised in at least one answer, 3 when the engine failed, 1 otherwise. */
export function exitCode(responses: readonly LookupResponse[]): 0 | 1 | 3 {
  if (responses.some((r) => r.status === 'found' || r.status === 'ambiguous')) return 0;
  return responses.some((r) => r.status === 'error') ? 3 : 1;
}

/**
 * The records with absolute URLs when the site's address is known (SITE_URL),
 * so the links a terminal prints can be clicked. Without it, paths stay
 * relative rather than pointing at a localhost that is not there.
 */
export function withBaseUrl(records: readonly LookupRecord[], base: string): LookupRecord[] {
  if (!base) return [...records];
  return records.map((r) => (r.url.startsWith('/') ? { ...r, url: `${base}${r.url}` } : r));
}
