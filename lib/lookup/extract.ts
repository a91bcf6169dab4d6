/**
 * Identifiers in pasted text: 32-bit error codes (hex, signed or unsigned
 * decimal), SyncML statuses, Win32 system error numbers and event IDs with the
 * source they were logged by, read from prose ("SENSE event 15", "événement 10
 * du script d'intégration"), Event Viewer "Copy details as text" blocks (both
 * languages), the XML view, Get-WinEvent tables and lists, and Get-EventLog
 * tables.
 *
 * Works on the normal form (see normalize.ts): lower case, no accents, one
 * space, "\n" between lines. Every scan is a single left-to-right pass with
 * bounded quantifiers, so a 1 MB paste costs a few milliseconds and no code in
 * it is lost. Positions are offsets in the normal form; they order results
 * by where they appear in the paste.
 */

import { extractToolLines, type ToolLine } from './tools';

/** Which log an event ID belongs to. `other` is a source we know is none of ours (System, Service Control Manager…). */
export type SourceKind = 'script' | 'sense' | 'mdm' | 'other';

export type Span = { start: number; end: number };

export type CodeHit = Span & { value: number; form: 'hex' | 'signed' | 'unsigned'; text: string };
export type SyncmlHit = Span & { status: number };
export type SystemErrorHit = Span & { code: number; text: string };

export type EventVia = 'phrase' | 'bare' | 'event-viewer' | 'xml' | 'table' | 'list' | 'tool';
export type EventHit = Span & {
  id: number;
  source?: SourceKind;
  via: EventVia;
  /** The text of the same event (its line, its block): a message found there can settle the source. */
  scope: Span;
  /** Where prose named the source ("SENSE", "du script d'intégration"): explained text, like the ID. */
  sourceSpan?: Span;
  /** For a tool's output: the whole line the result was read from. */
  line?: Span;
  text: string;
};

export type Identifiers = {
  codes: CodeHit[];
  syncml: SyncmlHit[];
  systemErrors: SystemErrorHit[];
  events: EventHit[];
  /** Installers' exit codes, their own and those they pass on: explained text, never an event. */
  installerExits: ToolLine[];
  /** Install.ps1's names for its exit codes (`err_tamper_protected` in the normal form). */
  exitNames: ExitNameHit[];
};

export type ExitNameHit = Span & { name: string };

// Install.ps1 names each exit code ERR_… in upper case: in the normal form, "err_" then letters and underscores.
const EXIT_NAME = /err_[a-z][a-z0-9_]{2,48}(?![0-9a-z_])/g;

export function extractExitNames(text: string): ExitNameHit[] {
  const hits: ExitNameHit[] = [];
  for (const m of scan(text, EXIT_NAME, WORD_CHAR)) hits.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  return hits;
}

const MAX_EVENT_ID = 65535;
const UINT32 = 0x1_0000_0000;

/* ------------------------------------------------------------------ codes */

/**
 * Every match of a global `re` whose preceding character is not `badBefore`.
 * Checked here rather than with a leading lookbehind: a regex that starts with
 * a lookbehind is tried at every position of a 1 MB paste, one that starts with
 * a literal lets V8 skip ahead to its first character.
 */
function* scan(text: string, re: RegExp, badBefore: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index > 0 && badBefore.test(text.charAt(m.index - 1))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

const WORD_CHAR = /[0-9a-z_]/;
// Letters, digits or "_" glued to a code mean it is part of something else (a GUID, a hash, a path).
const HEX_0X = /0x([0-9a-f]{1,8})(?![0-9a-z_])/g;
// Bare 8-digit hex with at least one letter, not a GUID or hash fragment.
const HEX_BARE = /[0-9a-f]{8}(?![0-9a-z_]|-[0-9a-f])/g;
const BEFORE_BARE_HEX = /[0-9a-z_.\-/\\]/;
// 9-10 digit decimals: a 32-bit code in its signed or unsigned form (never a date, version or time).
const DECIMAL = /-?[0-9]{9,10}(?![0-9a-z_]|[.,:/][0-9])/g;
const BEFORE_UNSIGNED = /[0-9a-z_.,:/\\-]/;
// "hr=-2016281112", "(-2016281112)", "code:-2016281112" are signed forms.
const BEFORE_SIGNED = /[0-9a-z_.,/\\]/;

function toUint32(n: number): number | undefined {
  if (!Number.isSafeInteger(n)) return undefined;
  if (n < 0) return n >= -0x8000_0000 ? n + UINT32 : undefined;
  return n < UINT32 ? n : undefined;
}

export function extractCodes(text: string): CodeHit[] {
  const hits: CodeHit[] = [];
  for (const m of scan(text, HEX_0X, WORD_CHAR)) {
    hits.push({ start: m.index, end: m.index + m[0].length, value: Number.parseInt(m[1] ?? '', 16), form: 'hex', text: m[0] });
  }
  for (const m of scan(text, HEX_BARE, BEFORE_BARE_HEX)) {
    if (!/[a-f]/.test(m[0])) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, value: Number.parseInt(m[0], 16), form: 'hex', text: m[0] });
  }
  DECIMAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DECIMAL.exec(text)) !== null) {
    const negative = m[0].startsWith('-');
    const before = m.index > 0 ? text.charAt(m.index - 1) : '';
    if (before && (negative ? BEFORE_SIGNED : BEFORE_UNSIGNED).test(before)) {
      DECIMAL.lastIndex = m.index + 1;
      continue;
    }
    const value = toUint32(Number(m[0]));
    if (value !== undefined) hits.push({ start: m.index, end: m.index + m[0].length, value, form: negative ? 'signed' : 'unsigned', text: m[0] });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The code an unsigned decimal stands for when its minus sign was dropped: Intune shows 0x87D1FDE8 as
 * -2016281112, and "2016281112" is that number copied without its sign. Only for hits written unsigned.
 */
export function signedTwin(hit: CodeHit): number | undefined {
  return hit.form === 'unsigned' && hit.value > 0 && hit.value <= 0x8000_0000 ? UINT32 - hit.value : undefined;
}

/** HRESULT_FROM_WIN32: 0x8007XXXX carries the Win32 error XXXX (0x80070241 is system error 577). */
export function win32FromHresult(value: number): number | undefined {
  return value >>> 16 === 0x8007 ? value & 0xffff : undefined;
}

const SYNCML = /syncml(?: ?(?:status|statut|code|error|erreur)){0,2} ?(?:\( ?([0-9]{3}) ?\)|[:#]? ?([0-9]{3}))(?![0-9])/g;

export function extractSyncml(text: string): SyncmlHit[] {
  const hits: SyncmlHit[] = [];
  for (const m of scan(text, SYNCML, WORD_CHAR)) {
    hits.push({ start: m.index, end: m.index + m[0].length, status: Number(m[1] ?? m[2]) });
  }
  return hits;
}

// "erreur système 577", "System error 577 has occurred", "error 1058", "error code: 1058", "win32 error 577".
// Spaces only (no line break) between the words: "Level: Error" above "Event ID: 5" is no system error.
const SYSTEM_ERROR =
  /(?:(?:system|systeme|win32|windows) (?:error|erreur)|(?:erreur|error|err)(?: (?:systeme|system|win32|windows))?(?: (?:code|n°|no|number|numero|#))?) ?[:#]? ?([0-9]{1,5})(?![0-9a-z_]|[.,:/][0-9])/g;

export function extractSystemErrors(text: string): SystemErrorHit[] {
  const hits: SystemErrorHit[] = [];
  for (const m of scan(text, SYSTEM_ERROR, WORD_CHAR)) {
    hits.push({ start: m.index, end: m.index + m[0].length, code: Number(m[1]), text: m[0] });
  }
  return hits;
}

/* ---------------------------------------------------------------- sources */

/** What a log name, provider name or channel names. */
export function sourceOfName(name: string): SourceKind | undefined {
  const s = name.trim();
  if (!s) return undefined;
  if (s.includes('wdatp')) return 'script';
  if (/devicemanagement|enterprise-?diagnostics|(?<![a-z])mdm(?![a-z])/.test(s)) return 'mdm';
  if (/(?<![a-z])sense(?![a-z])|microsoft-windows-sense/.test(s)) return 'sense';
  // The Application log holds only the script's events among ours.
  if (/^(?:windows logs ?[/\\>] ?|journaux windows ?[/\\>] ?)?application$/.test(s)) return 'script';
  return 'other';
}

// Words near an event ID that name its log. "sense service" / "service sense" is the service the script
// starts (script event 15), not the SENSE log, so it is left out.
const SOURCE_WORDS =
  /wdatponboarding|microsoft-windows-sense(?:\/operational)?|(?<![a-z])sense(?! service)(?![a-z])|devicemanagement[a-z-]*|enterprise-?diagnostics[a-z-]*|(?<![a-z])mdm(?![a-z])|(?<![a-z])script(?![a-z])|(?:journal|log|logname|lognames?) ?(?:d'|de l'|:|=)? ?'?application(?![a-z])|application(?: event)? log|journal des applications(?! et)/g;

const SERVICE_CONTEXT = /(?:service|query|start|stop|qc|config|sc) $/;

function kindOfSourceWord(word: string): SourceKind {
  if (word.includes('wdatp') || word.includes('script') || word.includes('application')) return 'script';
  if (word.includes('devicemanagement') || word.includes('diagnostics') || word.includes('mdm')) return 'mdm';
  return 'sense';
}

type SourceMention = Span & { kind: SourceKind };

function sourceMentions(text: string, from = 0, to = text.length): SourceMention[] {
  const out: SourceMention[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(SOURCE_WORDS)) {
    // "service sense", "sc query sense", "net start sense": the service, not the log.
    if (m[0] === 'sense' && SERVICE_CONTEXT.test(text.slice(Math.max(0, from + m.index - 12), from + m.index))) continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, kind: kindOfSourceWord(m[0]) });
  }
  return out;
}

/* ----------------------------------------------------------------- events */

const ID_TAIL = '(?![0-9a-z_]|[.:/,\\-][0-9])';
const LIST_ITEM = new RegExp(`^ ?(?:,|et|and|ou|or|&|/|\\+) ?(?:(?:l'|les? )?(?:events?|evenements?) ?)?#?([0-9]{1,5})${ID_TAIL}`);

// An event word, then optional "id"/"n°"/":" fillers, then the number. "id" alone counts only at the start
// of a line ("ID 27 SENSE") or right after a log name; elsewhere it is any kind of ID (process, node, org).
const EVENT_PHRASE = new RegExp(
  `(event[ -]?ids?|events?|evenements?|evts?|ids? (?:d'|de l'|des? )?(?:evenements?|events?|evts?)|ids?)(?: ?(?:id|n°|no|nr|number|numero|#|:))* ?#?([0-9]{1,5})${ID_TAIL}`,
  'g',
);
// "MDM 1819", "SENSE 15", "WDATPOnboarding #15": a source word glued to the number.
const SOURCE_NUMBER = new RegExp(`(sense|mdm|wdatponboarding)(?: ?(?:id|#|:))? ?([0-9]{1,5})${ID_TAIL}`, 'g');

/** A line is read at most this far either side of a hit: a 1 MB paste without line breaks is no line. */
const MAX_LINE_REACH = 2000;

/** Line-break positions of the last text read: every hit of one extraction looks its line up here. */
let breaksMemo: { text: string; breaks: number[] } | undefined;

function lineBreaks(text: string): number[] {
  if (breaksMemo?.text !== text) {
    const breaks: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
    breaksMemo = { text, breaks };
  }
  return breaksMemo.breaks;
}

function lineBounds(text: string, at: number): Span {
  const breaks = lineBreaks(text);
  const k = lastAtOrBefore(breaks, at - 1, (b) => b);
  const start = k < 0 ? 0 : (breaks[k] ?? -1) + 1;
  const end = breaks[k + 1] ?? text.length;
  return { start: Math.max(start, at - MAX_LINE_REACH), end: Math.min(end, at + MAX_LINE_REACH) };
}

/** Index of the last item whose `key` is at most `at`, in a list sorted by key (-1 if none). */
function lastAtOrBefore<T>(list: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid] as T) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const CLAUSE_PENALTY = 40;

/** The nearest source word on the same line, within a few words of the ID. */
function localSource(text: string, hit: Span): SourceMention | undefined {
  const line = lineBounds(text, hit.start);
  const from = Math.max(line.start, hit.start - 48);
  const to = Math.min(line.end, hit.end + 64);
  let best: { mention: SourceMention; distance: number } | undefined;
  for (const m of sourceMentions(text, from, to)) {
    const gap = m.end <= hit.start ? text.slice(m.end, hit.start) : text.slice(hit.end, m.start);
    // A clause break between them ("… source SENSE, Event ID 15 source WDATPOnboarding") weighs like distance.
    const distance = gap.length + (/[,;.]/.test(gap) ? CLAUSE_PENALTY : 0);
    if (!best || distance < best.distance) best = { mention: m, distance };
  }
  return best?.mention;
}

function pushEvent(
  events: EventHit[],
  text: string,
  id: number,
  span: Span,
  via: EventVia,
  source: SourceKind | undefined,
  scope?: Span,
  sourceSpan?: Span,
) {
  if (id > MAX_EVENT_ID) return;
  events.push({
    id,
    start: span.start,
    end: span.end,
    via,
    scope: scope ?? lineBounds(text, span.start),
    text: text.slice(span.start, span.end),
    ...(source ? { source } : {}),
    ...(sourceSpan ? { sourceSpan: { start: sourceSpan.start, end: sourceSpan.end } } : {}),
  });
}

function phraseEvents(text: string, events: EventHit[]) {
  const add = (id: number, span: Span, fixedSource?: SourceKind) => {
    const local = fixedSource ? undefined : localSource(text, span);
    const source = fixedSource ?? local?.kind;
    pushEvent(events, text, id, span, 'phrase', source, undefined, local);
    // "événements 5 et 7", "events 5, 7 and 9": the list shares its source words.
    let at = span.end;
    for (let k = 0; k < 8; k++) {
      const m = LIST_ITEM.exec(text.slice(at, at + 40));
      if (!m) break;
      const itemSpan = { start: at + m[0].length - (m[1]?.length ?? 0), end: at + m[0].length };
      pushEvent(events, text, Number(m[1]), itemSpan, 'phrase', source, undefined, local);
      at += m[0].length;
    }
  };
  for (const m of scan(text, EVENT_PHRASE, WORD_CHAR)) {
    const word = m[1] ?? '';
    const span = { start: m.index, end: m.index + m[0].length };
    if ((word === 'id' || word === 'ids') && m.index > 0 && text.charAt(m.index - 1) !== '\n') {
      // "ID 7" mid-line is an event ID only right after the name of a log ("journal SENSE : ID 7").
      const before = localSource(text, span);
      if (!before || before.end > span.start || span.start - before.end > 4) continue;
    }
    add(Number(m[2]), span);
  }
  for (const m of scan(text, SOURCE_NUMBER, WORD_CHAR)) {
    add(Number(m[2]), { start: m.index, end: m.index + m[0].length }, kindOfSourceWord(m[1] ?? ''));
  }
}

/* Event Viewer "Copy details as text", in English or French, and Get-WinEvent | Format-List. */
const EV_LOG = /^(?:log ?name|nom du journal|journal|logname|containerlog) ?: ?(.*)$/;
const EV_SOURCE = /^(?:source|provider ?name|fournisseur) ?: ?(.*)$/;
const EV_ID = /^(?:event ?id|id de l'evenement|id d'evenement|id|instanceid) ?: ?([0-9]{1,5})(?![0-9])/;

type Block = { start: number; end: number; id?: { value: number; span: Span }; log?: string; provider?: string };

function eventViewerBlocks(text: string, events: EventHit[]) {
  const blocks: Block[] = [];
  let current: Block | undefined;
  const close = (end: number) => {
    if (current) {
      current.end = end;
      blocks.push(current);
    }
    current = undefined;
  };
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    // Field lines are short: bounded work per line whatever the paste holds.
    const line = text.slice(pos, Math.min(end, pos + 300));
    const log = EV_LOG.exec(line);
    const source = log ? undefined : EV_SOURCE.exec(line);
    const id = log || source ? undefined : EV_ID.exec(line);
    if (log) {
      if (current && (current.id || current.log !== undefined)) close(pos);
      current ??= { start: pos, end };
      current.log = log[1] ?? '';
    } else if (source) {
      if (current && current.provider !== undefined && current.id) close(pos);
      current ??= { start: pos, end };
      current.provider = source[1] ?? '';
    } else if (id) {
      if (current?.id) close(pos);
      current ??= { start: pos, end };
      const digitsAt = pos + (id.index ?? 0) + id[0].length - (id[1]?.length ?? 0);
      current.id = { value: Number(id[1]), span: { start: digitsAt, end: digitsAt + (id[1]?.length ?? 0) } };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  close(text.length);
  for (const b of blocks) {
    if (!b.id) continue;
    const fromProvider = b.provider ? sourceOfName(b.provider) : undefined;
    const fromLog = b.log ? sourceOfName(b.log) : undefined;
    // The provider is the precise one; "Application" as a log only says "not SENSE, not MDM".
    const source = fromProvider && fromProvider !== 'other' ? fromProvider : (fromLog ?? fromProvider);
    pushEvent(events, text, b.id.value, b.id.span, 'event-viewer', source, { start: b.start, end: b.end });
  }
}

/* The XML view: <Provider Name="…"/>, <EventID>15</EventID>, <Channel>…</Channel>, inside <Event>…</Event>. */
const XML_EVENT_ID = /<eventid(?: [^>]{0,200})?> ?([0-9]{1,5}) ?<\/eventid>/g;
const XML_PROVIDER = /<provider [^>]{0,300}?name ?= ?"([^"]{0,200})"/g;
const XML_CHANNEL = /<channel> ?([^<]{0,200}?) ?<\/channel>/g;
const XML_EVENT_OPEN = /<event(?=[ >])/g;
const XML_EVENT_CLOSE = /<\/event>/g;

function positions(text: string, re: RegExp): number[] {
  return Array.from(text.matchAll(re), (m) => m.index);
}

function xmlEvents(text: string, events: EventHit[]) {
  if (!text.includes('</eventid>')) return;
  const opens = positions(text, XML_EVENT_OPEN);
  const closes = positions(text, XML_EVENT_CLOSE);
  const providers = Array.from(text.matchAll(XML_PROVIDER), (m) => ({ at: m.index, name: m[1] ?? '' }));
  const channels = Array.from(text.matchAll(XML_CHANNEL), (m) => ({ at: m.index, name: m[1] ?? '' }));
  const self = (p: number) => p;
  const at = (p: { at: number }) => p.at;
  for (const m of text.matchAll(XML_EVENT_ID)) {
    const idAt = m.index;
    // Everything is found in document order: the enclosing <Event> is the last one opened before the ID.
    const start = Math.max(0, opens[lastAtOrBefore(opens, idAt, self)] ?? 0);
    const close = closes[lastAtOrBefore(closes, idAt, self) + 1];
    const end = close === undefined ? text.length : close + '</event>'.length;
    const firstInside = <T extends { at: number }>(list: T[]) => {
      const item = list[lastAtOrBefore(list, start - 1, at) + 1];
      return item && item.at < end ? item : undefined;
    };
    const provider = firstInside(providers)?.name;
    const channel = firstInside(channels)?.name;
    const fromProvider = provider ? sourceOfName(provider) : undefined;
    const fromChannel = channel ? sourceOfName(channel) : undefined;
    const source = fromProvider && fromProvider !== 'other' ? fromProvider : (fromChannel ?? fromProvider);
    const digits = m[1] ?? '';
    const digitsAt = idAt + m[0].indexOf(digits, '<eventid'.length);
    pushEvent(events, text, Number(digits), { start: digitsAt, end: digitsAt + digits.length }, 'xml', source, { start, end });
  }
}

/*
 * Get-WinEvent's table: "TimeCreated Id LevelDisplayName Message" then rows
 * "11/21/2026 10:02:13 am 5 error Microsoft Defender…". Get-EventLog's table:
 * "Index Time EntryType Source InstanceID Message" then "1234 nov 21 10:02 error wdatponboarding 15 …".
 * Rows are recognised by their shape (date, time, ID, level word) even without the header.
 */
const LEVEL = '(?:error|warning|information|informations|critical|verbose|erreur|avertissement|critique|commentaires|info)';
const WINEVENT_ROW = new RegExp(
  `^[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},? [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: ?[ap]\\.?m\\.?)? ([0-9]{1,5}) ${LEVEL}(?= |$)`,
);
const EVENTLOG_ROW = new RegExp(
  `^[0-9]{1,10} (?:[a-z]{3,9}\\.? [0-9]{1,2}|[0-9]{1,2} [a-z]{3,9}\\.?|[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}) [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})? ${LEVEL} ([^ ]{1,80}) ([0-9]{1,10})(?= |$)`,
);
// The command or the group header that says where the rows come from.
const TABLE_SOURCE =
  /(?:-logname|-providername|-source|logname ?=|providername ?=|providername ?:) ?['"]?([a-z0-9][a-z0-9\-/\\ ]{0,120}?)['"]?(?= -| ?;| ?}| ?\)|$|\n| \|)/g;

function tableEvents(text: string, events: EventHit[]) {
  const declared = Array.from(text.matchAll(TABLE_SOURCE), (m) => ({ at: m.index, kind: sourceOfName(m[1] ?? '') }));
  let d = 0;
  let currentDeclared: SourceKind | undefined;
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    while (d < declared.length && (declared[d]?.at ?? Infinity) < pos) {
      currentDeclared = declared[d]?.kind;
      d++;
    }
    const head = text.slice(pos, Math.min(end, pos + 200));
    const row = WINEVENT_ROW.exec(head);
    if (row) {
      const digits = row[1] ?? '';
      const at = pos + row[0].lastIndexOf(` ${digits} `) + 1;
      pushEvent(events, text, Number(digits), { start: at, end: at + digits.length }, 'table', currentDeclared, { start: pos, end });
    } else {
      const legacy = EVENTLOG_ROW.exec(head);
      if (legacy) {
        const digits = legacy[2] ?? '';
        const at = pos + legacy[0].length - digits.length;
        const named = sourceOfName((legacy[1] ?? '').replace(/\.\.\.$|…$/, ''));
        // Get-EventLog truncates the Source column ("WDATPOnboa..."): a prefix of ours still names it.
        const source = named !== 'other' ? named : /^wdatp/.test(legacy[1] ?? '') ? 'script' : (currentDeclared ?? named);
        pushEvent(events, text, Number(digits), { start: at, end: at + digits.length }, 'table', source, { start: pos, end });
      }
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
}

/** The whole query is one number ("15", "#1819"): the only case where a bare number is read as an event ID. */
const BARE_NUMBER = /^#?([0-9]{1,5})$/;

/** Sources the whole input names, for IDs whose own line names none. */
function globalSource(text: string): SourceKind | undefined {
  // Bounded: a source word far into a huge paste says little about an ID at its top.
  const kinds = new Set(sourceMentions(text, 0, Math.min(text.length, 4000)).map((m) => m.kind));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

export function extractEvents(text: string): EventHit[] {
  const events: EventHit[] = [];
  const bare = BARE_NUMBER.exec(text.trim());
  if (bare) {
    pushEvent(events, text, Number(bare[1]), { start: 0, end: text.length }, 'bare', undefined);
    return events;
  }
  eventViewerBlocks(text, events);
  xmlEvents(text, events);
  tableEvents(text, events);
  // Prose is read only where no structured form already read the same ID ("Event ID: 5" is also a phrase).
  const structuredAt = new Map<number, Span[]>();
  for (const e of events) {
    const list = structuredAt.get(e.id);
    if (list) list.push(e.scope);
    else structuredAt.set(e.id, [e.scope]);
  }
  for (const list of structuredAt.values()) list.sort((a, b) => a.start - b.start);
  const structured = events.length;
  phraseEvents(text, events);
  const phrases = events.splice(structured).filter((e) => {
    const scopes = structuredAt.get(e.id);
    const scope = scopes?.[lastAtOrBefore(scopes, e.start, (s) => s.start)];
    return !(scope && e.end <= scope.end);
  });
  const fallback = phrases.some((e) => !e.source) ? globalSource(text) : undefined;
  for (const e of phrases) events.push(fallback && !e.source ? { ...e, source: fallback } : e);
  // One hit per ID and place: "SENSE event 15" is both a source-number and an event phrase.
  events.sort((a, b) => a.start - b.start || (b.source ? 1 : 0) - (a.source ? 1 : 0));
  const unique: EventHit[] = [];
  for (const e of events) {
    // Sorted by start: only the last few kept hits can overlap this one.
    let dup: EventHit | undefined;
    for (let k = unique.length - 1; k >= 0 && k >= unique.length - 8; k--) {
      const u = unique[k];
      if (u && u.id === e.id && u.start < e.end && e.start < u.end) dup = u;
    }
    if (dup) {
      if (!dup.source && e.source) dup.source = e.source;
      continue;
    }
    unique.push(e);
  }
  return unique;
}

export function extractIdentifiers(text: string): Identifiers {
  const tools = extractToolLines(text);
  const toolSpans = tools.map((t) => ({ start: t.start, end: t.end }));
  const outside = <T extends Span>(hits: T[]) => (toolSpans.length ? hits.filter((h) => !toolSpans.some((s) => s.start <= h.start && h.end <= s.end)) : hits);
  // A tool's line says what its number is: the script's result is that script event, an installer's is no event.
  const toolEvents: EventHit[] = tools
    .filter((t) => t.kind === 'script-result' && t.code <= MAX_EVENT_ID)
    .map((t) => ({ id: t.code, start: t.start, end: t.end, via: 'tool' as const, source: 'script' as const, scope: t.line, line: t.line, text: text.slice(t.start, t.end) }));
  const events = [...toolEvents, ...outside(extractEvents(text))].sort((a, b) => a.start - b.start);
  return {
    codes: outside(extractCodes(text)),
    syncml: extractSyncml(text),
    systemErrors: outside(extractSystemErrors(text)),
    events,
    installerExits: tools.filter((t) => t.kind === 'installer-exit' || t.kind === 'passed-on'),
    exitNames: extractExitNames(text),
  };
}
