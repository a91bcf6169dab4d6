/**
 * The lookup engine: from whatever an engineer pastes or types to the entries
 * that answer it, best first. Pure TypeScript with no Node or React imports:
 * the search panel runs it in the browser on every keystroke and the CLI runs
 * it in Node, on the same records.
 *
 * Stages, each in its own module: normalize (one normal form), extract (codes
 * and event IDs with their source), templates (event messages with their
 * variables filled in), fuzzy (symptoms in people's words), causes (which
 * branch of a multi-cause entry). Everything that can be compiled — code maps,
 * message expressions, the Fuse index, branch keywords — is compiled once here.
 */
import type { EntryKind, Lang } from '../content/schema';
import { DEFAULT_LANG } from '../i18n/config';
import { dictionary } from '../i18n';
import { createCauseSelector } from './causes';
import { extractIdentifiers, signedTwin, win32FromHresult, type EventHit, type SourceKind, type Span } from './extract';
import { compileVocabulary } from './analysis';
import { createFuzzyIndex } from './fuzzy';
import { MAX_INPUT_CHARS, normalizeWithMap, sourceSlice } from './normalize';
import { createTemplateMatcher, type TemplateMatch } from './templates';
import { strippedLine } from './tools';
import type { ExtractedValue, LookupRecord, LookupResponse, LookupResult, MatchKind, Vocabulary } from './types';

export type LookupOptions = { limit?: number };

export type EngineOptions = {
  /** The language the engine speaks in (notices, the ambiguity question, value names); defaults to the records'. */
  lang?: Lang;
  /** The field's vocabulary (synonyms, filler): content/vocabulary/. */
  vocabulary?: Vocabulary;
};
export type LookupEngine = { lookup(input: string, options?: LookupOptions): LookupResponse };

/** Close text matches shown after the exact ones when no limit is given. */
const DEFAULT_TEXT_RESULTS = 5;
/** Past this length an input with exact matches is a paste, not a question: its leftover words are not searched as text. */
const MAX_RESIDUAL_QUERY = 400;

/** When one identifier names several entries, the most specific kind comes first. */
const KIND_ORDER: Record<EntryKind, number> = {
  'intune-error': 0,
  'script-event': 1,
  'sense-event': 2,
  'mdm-event': 3,
  'compliance-case': 4,
  guide: 5,
  'installer-exit': 6,
};

const SOURCE_LABEL: Record<Exclude<SourceKind, 'other'>, string> = {
  script: 'WDATPOnboarding',
  sense: 'SENSE',
  mdm: 'MDM',
};

/** Strength of each way of matching, for de-duplication: an identifier with its source beats a message beats text. */
const TIER = { code: 4, message: 3, ambiguous: 2, text: 1 } as const;

type Hit = {
  id: string;
  match: MatchKind;
  tier: number;
  score: number;
  position: number;
  matchedOn: string;
  values: ExtractedValue[];
  ambiguous?: boolean;
  weak?: true;
};

function sourceOfRecord(r: LookupRecord): Exclude<SourceKind, 'other'> | undefined {
  // An event of another channel (the SENSE table's System-log event) is named by its message, never by its ID.
  if (r.channel) return undefined;
  if (r.kind === 'script-event') return 'script';
  if (r.kind === 'sense-event') return 'sense';
  if (r.kind === 'mdm-event') return 'mdm';
  return undefined;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function truncateForDisplay(s: string, max = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Matching covers every language the records carry; `options.lang` is only the language of the answer. */
export function createLookupEngine(records: LookupRecord[], options: EngineOptions = {}): LookupEngine {
  const lang = options.lang ?? records[0]?.lang ?? DEFAULT_LANG;
  const t = dictionary(lang).engine;
  const eventLabel = (id: number, source?: Exclude<SourceKind, 'other'>) => t.eventLabel(id, source ? SOURCE_LABEL[source] : undefined);
  const byId = new Map(records.map((r) => [r.id, r]));
  const byCode = new Map<number, LookupRecord[]>();
  const bySyncml = new Map<number, LookupRecord[]>();
  const bySystemError = new Map<number, LookupRecord[]>();
  const byEvent = new Map<number, LookupRecord[]>();
  const byExitCode = new Map<number, LookupRecord[]>();
  const byExitName = new Map<string, LookupRecord[]>();
  for (const r of records) {
    if (r.exitCode !== undefined) addTo(byExitCode, r.exitCode, r);
    if (r.exitName) addTo(byExitName, r.exitName.toLowerCase(), r);
    if (r.codes) {
      addTo(byCode, Number.parseInt(r.codes.hex, 16) >>> 0, r);
      if (r.codes.syncml !== undefined) addTo(bySyncml, r.codes.syncml, r);
    }
    for (const e of r.systemErrors) addTo(bySystemError, e, r);
    if (r.eventId !== undefined && sourceOfRecord(r)) addTo(byEvent, r.eventId, r);
  }
  const kindRank = (id: string) => {
    const r = byId.get(id);
    return r ? KIND_ORDER[r.kind] : 9;
  };
  const templates = createTemplateMatcher(records);
  const fuzzy = createFuzzyIndex(records, { lang, vocabulary: compileVocabulary(options.vocabulary) });
  const causes = createCauseSelector(records);

  function ambiguityQuestion(eventId: number, candidates: LookupRecord[]): string {
    const where = candidates.map((r) => t.ambiguityOption(r.log ?? '?', r.title, r.provider)).join(t.or);
    return candidates.length === 1 ? t.ambiguitySingle(eventId, where) : t.ambiguity(eventId, where);
  }

  function lookup(input: string, options?: LookupOptions): LookupResponse {
    const query = typeof input === 'string' ? input : '';
    const norm = normalizeWithMap(query, MAX_INPUT_CHARS);
    if (!norm.text) return { query, status: 'empty', results: [] };
    const text = norm.text;
    const ids = extractIdentifiers(text);
    const messages = templates.match(norm);

    const hits: Hit[] = [];
    const notices: string[] = [];
    const consumed: Span[] = [];
    const slice = (s: Span) => sourceSlice(norm, s.start, s.end);

    // An entry's own id ("sense-event-5"), as the CLI's --list prints it.
    const named = byId.get(text);
    if (named) {
      consumed.push({ start: 0, end: text.length });
      hits.push({ id: named.id, match: 'code', tier: TIER.code, score: 1, position: 0, matchedOn: named.id, values: [] });
    }

    // Error codes, in any of their forms, and the Win32 errors wrapped in an HRESULT.
    const unknownCodes = new Set<string>();
    for (const c of ids.codes) {
      consumed.push(c);
      const found = byCode.get(c.value);
      const win32 = found ? undefined : win32FromHresult(c.value);
      const viaWin32 = win32 !== undefined ? bySystemError.get(win32) : undefined;
      const twin = found || viaWin32 ? undefined : signedTwin(c);
      const viaTwin = twin !== undefined ? byCode.get(twin) : undefined;
      if (found) {
        for (const r of found) hits.push({ id: r.id, match: 'code', tier: TIER.code, score: 1, position: c.start, matchedOn: slice(c), values: [] });
      } else if (viaTwin) {
        // A documented code copied without its minus sign: said so on the card, a little below an exact form.
        for (const r of viaTwin) {
          hits.push({ id: r.id, match: 'code', tier: TIER.code, score: 0.9, position: c.start, matchedOn: slice(c), values: [{ name: t.readAsSigned, value: `-${c.text}` }] });
        }
      } else if (viaWin32 && win32 !== undefined) {
        for (const r of viaWin32) {
          hits.push({ id: r.id, match: 'code', tier: TIER.code, score: 0.9, position: c.start, matchedOn: slice(c), values: [{ name: t.systemError, value: String(win32) }] });
        }
      } else if (c.form === 'hex') unknownCodes.add(`0x${c.value.toString(16).toUpperCase().padStart(8, '0')}`);
    }
    for (const s of ids.syncml) {
      consumed.push(s);
      for (const r of bySyncml.get(s.status) ?? []) {
        hits.push({ id: r.id, match: 'code', tier: TIER.code, score: 1, position: s.start, matchedOn: slice(s), values: [] });
      }
    }
    for (const s of ids.systemErrors) {
      const found = bySystemError.get(s.code);
      if (!found) continue;
      consumed.push(s);
      for (const r of found) {
        hits.push({ id: r.id, match: 'code', tier: TIER.code, score: 0.95, position: s.start, matchedOn: slice(s), values: [{ name: t.systemError, value: String(s.code) }] });
      }
    }

    // Installers' exit codes: never an event (so "0xf" is no unknown code either). Install.ps1's own code is its
    // entry, unless the paste shows the same number passed on from msiexec, wusa or the offboarding script just
    // before: then the exit is that program's code, which no entry documents, and the card says so.
    // The onboarding script's result counts too: older versions of Install.ps1 exited with it ("Onboarding script
    // returned 15" then "Script will exit with code 15(0xf)"), and that 15 is the script's event, not a corrupted file.
    const passedOn = new Set([
      ...ids.installerExits.filter((x) => x.kind === 'passed-on').map((x) => x.code),
      ...ids.events.filter((e) => e.via === 'tool').map((e) => e.id),
    ]);
    for (const x of ids.installerExits) {
      consumed.push(x);
      const found = x.kind === 'installer-exit' && !passedOn.has(x.code) ? (byExitCode.get(x.code) ?? []) : [];
      for (const r of found) {
        hits.push({ id: r.id, match: 'code', tier: TIER.code, score: 1, position: x.start, matchedOn: truncateForDisplay(strippedLine(slice(x.line))), values: [] });
      }
      if (!found.length) notices.push(t.installerExit(x.code));
    }
    for (const n of ids.exitNames) {
      const found = byExitName.get(n.name) ?? [];
      if (found.length) consumed.push(n);
      for (const r of found) hits.push({ id: r.id, match: 'code', tier: TIER.code, score: 1, position: n.start, matchedOn: r.exitName ?? slice(n), values: [] });
    }

    // Messages.
    for (const m of messages) {
      consumed.push(m);
      hits.push({
        id: m.recordId,
        match: 'message',
        tier: TIER.message,
        score: m.full ? 0.9 : 0.6 + 0.25 * m.coverage,
        position: m.start,
        matchedOn: truncateForDisplay(slice(m)),
        values: m.values,
      });
    }

    // Event IDs: with a source, the entry of that log; without one, a message of the same event settles it,
    // else every entry with that ID, flagged ambiguous.
    const messageIds = new Set(messages.map((m) => m.recordId));
    // Entries already named by a code or a system error: "event 15 … error 577" is the script's event 15.
    const identified = new Set(hits.filter((h) => h.match === 'code').map((h) => h.id));
    const ambiguity = new Map<number, LookupRecord[]>();
    const sourceById = new Map<number, SourceKind>();
    for (const e of ids.events) if (e.source) sourceById.set(e.id, e.source);
    for (const e of ids.events) {
      const source = e.source ?? sourceById.get(e.id);
      const candidates = byEvent.get(e.id) ?? [];
      const found = source ? candidates.filter((r) => sourceOfRecord(r) === source) : [];
      // A tool's line whose result no entry documents stays text: its words ("onboarding script") still tell.
      if (e.via !== 'tool' || found.length) consumed.push(e.via === 'phrase' || e.via === 'bare' || e.via === 'tool' ? e : e.scope);
      if (e.sourceSpan) consumed.push(e.sourceSpan);
      if (source === 'other') continue;
      if (source) {
        // Which line of a pasted log matched, as the user pasted it, without its timestamp prefix.
        const matchedOn = e.line ? truncateForDisplay(strippedLine(slice(e.line))) : eventLabel(e.id, source);
        for (const r of found) {
          hits.push({ id: r.id, match: 'code', tier: TIER.code, score: 1, position: e.start, matchedOn, values: [] });
        }
        if (!found.length) {
          const elsewhere = [...new Set(candidates.map((r) => sourceOfRecord(r)).filter((k) => k !== undefined))].map((k) => SOURCE_LABEL[k]);
          notices.push(
            elsewhere.length
              ? t.noEntryForEventElsewhere(e.id, t.sources[source], elsewhere.join(', '))
              : t.noEntryForEvent(e.id, t.sources[source]),
          );
        }
        continue;
      }
      const alreadyNamed = candidates.filter((r) => identified.has(r.id));
      const settled = settleByMessage(e, candidates, messages, messageIds) ?? (alreadyNamed.length === 1 ? alreadyNamed[0] : undefined);
      if (settled) {
        const s = sourceOfRecord(settled);
        hits.push({ id: settled.id, match: 'code', tier: TIER.code, score: 1, position: e.start, matchedOn: eventLabel(e.id, s), values: [] });
      } else if (candidates.length >= 1) {
        // Even one candidate is a guess without its log: SENSE logs IDs the article does not list
        // (a SENSE 35 is no script event 35), so the card asks instead of claiming.
        ambiguity.set(e.id, candidates);
        for (const r of candidates) {
          hits.push({ id: r.id, match: 'code', tier: TIER.ambiguous, score: 0.6, position: e.start, matchedOn: eventLabel(e.id), values: [], ambiguous: true });
        }
      } else if (e.via === 'bare') {
        // A number alone that is no event ID may be a system error or a SyncML status.
        const n = e.id;
        for (const r of [...(bySystemError.get(n) ?? []), ...(bySyncml.get(n) ?? [])]) {
          hits.push({ id: r.id, match: 'code', tier: TIER.code, score: 0.9, position: 0, matchedOn: String(n), values: [] });
        }
      }
    }

    // Free text: when nothing exact was found, or when words remain beside an exact match in a short query.
    const exact = hits.some((h) => h.tier >= TIER.message);
    const residual = blank(text.slice(0, MAX_RESIDUAL_QUERY * 4), consumed);
    let fuzzyScores = new Map<string, number>();
    let fuzzyRank = new Map<string, number>();
    const residualTerms = fuzzy.terms(residual);
    if (residualTerms.length && (!exact || (query.length <= MAX_RESIDUAL_QUERY && residualTerms.length >= 2))) {
      const found = fuzzy.search(residual);
      fuzzyScores = new Map(found.map((f) => [f.id, f.score]));
      fuzzyRank = new Map(found.map((f, i) => [f.id, i]));
      for (const f of found) {
        hits.push({
          id: f.id,
          match: 'text',
          tier: TIER.text,
          score: Math.round(f.score * 0.5 * 1000) / 1000,
          position: Infinity,
          matchedOn: f.terms.join(' '),
          values: [],
          ...(f.weak ? { weak: true as const } : {}),
        });
      }
    }

    const merged = mergeHits(hits);
    const exactResults = merged
      .filter((h) => h.tier >= TIER.message)
      .sort((a, b) => a.position - b.position || b.tier - a.tier || kindRank(a.id) - kindRank(b.id));
    const ambiguousResults = merged
      .filter((h) => h.tier === TIER.ambiguous)
      .sort(
        (a, b) =>
          a.position - b.position ||
          (fuzzyScores.get(b.id) ?? 0) - (fuzzyScores.get(a.id) ?? 0) ||
          kindRank(a.id) - kindRank(b.id),
      );
    // Text matches keep the text ranking's own order: it sorts by the exact score and breaks ties on the evidence
    // beyond the score cap. Sorting them again by the rounded card score put the kind order first on every near
    // tie; the kind order is for identifiers, where it says which of the entries one ID names is the most specific.
    const textResults = merged
      .filter((h) => h.tier === TIER.text)
      .sort((a, b) => (fuzzyRank.get(a.id) ?? Infinity) - (fuzzyRank.get(b.id) ?? Infinity) || b.score - a.score || kindRank(a.id) - kindRank(b.id));

    const limit = options?.limit !== undefined && Number.isFinite(options.limit) ? Math.max(0, Math.floor(options.limit)) : undefined;
    let ordered = [...exactResults, ...ambiguousResults, ...textResults.slice(0, DEFAULT_TEXT_RESULTS)];
    if (limit !== undefined) ordered = [...exactResults, ...ambiguousResults, ...textResults].slice(0, limit);

    // Branch keywords are read from the user's words: the literal text of a matched message is no hint.
    const causeText = blank(text, messages.flatMap((m) => subtract(m, m.valueSpans)));
    const results: LookupResult[] = [];
    for (const h of ordered) {
      const r = byId.get(h.id);
      if (!r) continue;
      const causeId = causes.select(r.id, causeText);
      results.push({
        id: r.id,
        kind: r.kind,
        title: r.title,
        url: r.url,
        match: h.match,
        score: h.score,
        matchedOn: h.matchedOn,
        values: h.values,
        ...(h.ambiguous ? { ambiguous: true } : {}),
        ...(h.weak && h.match === 'text' ? { weak: true as const } : {}),
        ...(causeId ? { causeId } : {}),
      });
    }

    const status: LookupResponse['status'] = exact ? 'found' : ambiguousResults.length ? 'ambiguous' : 'none';
    if (status === 'none') {
      if (unknownCodes.size) notices.unshift(t.unknownCode([...unknownCodes].slice(0, 3).join(', ')));
      notices.unshift(
        results.length ? (results.every((r) => r.weak) ? t.onlyWeak : t.onlyApproximate) : t.nothing,
      );
    }
    if (norm.truncated) {
      notices.unshift(t.truncated(norm.source.length, query.length));
    }
    const notice = notices.length ? [...new Set(notices)].join(' ') : undefined;
    return {
      query,
      status,
      results,
      ...(ambiguity.size
        ? { ambiguity: [...ambiguity].map(([eventId, list]) => ({ eventId, question: ambiguityQuestion(eventId, list), ids: list.map((r) => r.id) })) }
        : {}),
      ...(notice ? { notice } : {}),
    };
  }

  return {
    lookup(input, options) {
      try {
        return lookup(input, options);
      } catch (error) {
        // The panel calls this on every keystroke: a bug must cost one answer, never the page — and it
        // must say it failed, not pretend nothing matched.
        const reason = error instanceof Error ? error.message : String(error);
        return { query: typeof input === 'string' ? input : '', status: 'error', results: [], notice: t.failed, error: reason.slice(0, 200) };
      }
    },
  };
}

/**
 * An event logged without its source, settled by a message of one candidate in
 * the same block, row or line — or anywhere in the input when only one
 * candidate's message appears. `messages` is sorted by position.
 */
function settleByMessage(e: EventHit, candidates: LookupRecord[], messages: TemplateMatch[], messageIds: Set<string>): LookupRecord | undefined {
  let lo = 0;
  let hi = messages.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((messages[mid]?.start ?? 0) < e.scope.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < messages.length; i++) {
    const m = messages[i];
    if (!m || m.start >= e.scope.end) break;
    const found = candidates.find((r) => r.id === m.recordId);
    if (found) return found;
  }
  const anywhere = candidates.filter((r) => messageIds.has(r.id));
  return anywhere.length === 1 ? anywhere[0] : undefined;
}

/** One result per entry: the strongest way it matched, where it first appears, every value read for it. */
function mergeHits(hits: Hit[]): Hit[] {
  const byId = new Map<string, Hit>();
  for (const h of hits) {
    const prior = byId.get(h.id);
    if (!prior) {
      byId.set(h.id, { ...h, values: [...h.values] });
      continue;
    }
    // Updated in place: a log paste can repeat one event thousands of times.
    for (const v of h.values) if (!prior.values.some((x) => x.name === v.name && x.value === v.value)) prior.values.push(v);
    if (h.tier > prior.tier || (h.tier === prior.tier && h.score > prior.score)) {
      prior.match = h.match;
      prior.tier = h.tier;
      prior.score = h.score;
      prior.matchedOn = h.matchedOn;
    }
    prior.position = Math.min(prior.position, h.position);
    prior.ambiguous = Boolean(prior.ambiguous && h.ambiguous);
  }
  return [...byId.values()];
}

/** `span` minus the `holes` inside it. */
function subtract(span: Span, holes: Span[]): Span[] {
  const out: Span[] = [];
  let at = span.start;
  for (const h of [...holes].sort((a, b) => a.start - b.start)) {
    if (h.start > at) out.push({ start: at, end: h.start });
    at = Math.max(at, h.end);
  }
  if (at < span.end) out.push({ start: at, end: span.end });
  return out;
}

/** The input with the spans already explained (codes, events, messages) blanked out, for the free-text search. */
function blank(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(at, Math.min(text.length, s.start));
    const end = Math.max(start, Math.min(text.length, s.end));
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

const engines = new WeakMap<readonly LookupRecord[], LookupEngine>();

/**
 * One engine per records array. Building one compiles every message
 * expression and index (~70 ms): the server renders the search panel on every
 * request with the same cached records, so it must not pay that each time.
 */
export function engineFor(records: LookupRecord[], vocabulary?: Vocabulary): LookupEngine {
  let engine = engines.get(records);
  if (!engine) {
    engine = createLookupEngine(records, vocabulary ? { vocabulary } : {});
    engines.set(records, engine);
  }
  return engine;
}
