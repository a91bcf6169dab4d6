/**
 * Event messages and error labels as the sources print them, compiled once
 * into regular expressions that recognise the same message pasted with its
 * variables filled in ("…failed to connect to the server at https://…"), with
 * any of the product's historical names, in French or English, embedded in a
 * log block or cut short at the end.
 *
 * Each template becomes one expression of nested optional groups
 * (`t1 t2 t3 (?: t4 (?: t5 … )?)?`): a full paste matches every token, a
 * truncated one matches a prefix and says how much of the template it covered.
 * Every placeholder is bounded (at most 500 characters, never across a line
 * break) and stops at the literal that follows it, and every expression starts
 * with literal words, so matching stays linear in the size of the paste.
 */
import { normalize, sourceSlice, type NormalizedText } from './normalize';
import type { ExtractedValue, LookupRecord } from './types';

/** Every name the product has shipped under, as event messages print it. */
export const PRODUCT_NAMES = [
  'Microsoft Defender for Endpoint',
  'Microsoft Defender pour point de terminaison',
  'Microsoft Defender pour le point de terminaison',
  'Microsoft Defender Advanced Threat Protection',
  'Microsoft Defender ATP',
  'Windows Defender Advanced Threat Protection',
  'Windows Defender ATP',
] as const;

const DISPLAY_NAME_PLACEHOLDER = '$(build.sense.productDisplayName)';
const PLACEHOLDER = /%[1-9]|_variable_|\$\(build\.sense\.productDisplayName\)|(?<=:\s*)variable(?=\s*\.?\s*$)/g;

/** A truncated paste must cover this much of the template's literal text… */
const MIN_PARTIAL_COVERAGE = 0.5;
/** …and at least this many literal characters besides the product name, to say which message it is. */
const MIN_PARTIAL_CHARS = 24;
/** Templates shorter than this (error labels such as "Insufficient privileges") only count when whole. */
const MIN_PARTIAL_TEMPLATE_WORDS = 6;
const MAX_VALUE = 500;
/** A message that starts with a value needs this many words of its own to be told from ordinary prose. */
const MIN_WORDS_AFTER_VALUE = 4;

type Token =
  | { type: 'word'; text: string }
  | { type: 'punct'; text: string }
  | { type: 'product' }
  | { type: 'product-service' }
  | { type: 'value'; name: string; multiWord: boolean }
  | { type: 'display-name' };

export type CompiledTemplate = {
  recordId: string;
  lang: 'fr' | 'en';
  origin: 'message' | 'errorType';
  raw: string;
  regex: RegExp;
  /** Literal weight of each token, in order. */
  weights: number[];
  totalWeight: number;
  /** Capture group of the marker that follows token i. */
  markerGroup: number[];
  /** Capture group and name of each value placeholder. */
  valueGroups: { group: number; name: string; token: number }[];
  /** Tokens that are (or start with) a product name, which says nothing about which message it is. */
  productTokens: number[];
  wordCount: number;
};

export type TemplateMatch = {
  recordId: string;
  lang: 'fr' | 'en';
  origin: 'message' | 'errorType';
  start: number;
  end: number;
  /** Share of the template's literal text the paste covered, 0..1. */
  coverage: number;
  full: boolean;
  values: ExtractedValue[];
  /** Where the values sit in the normal form: the user's own words inside a matched message. */
  valueSpans: { start: number; end: number }[];
  /** The template as the source prints it. */
  template: string;
};

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

const WORD_OR_PUNCT = /[a-z0-9_']+(?:[-./][a-z0-9_']+)*|[^\sa-z0-9_']/g;

function literalTokens(normalized: string): Token[] {
  const tokens: Token[] = [];
  for (const m of normalized.matchAll(WORD_OR_PUNCT)) {
    const text = m[0];
    tokens.push(/^[a-z0-9_']/.test(text) ? { type: 'word', text } : { type: 'punct', text });
  }
  return tokens;
}

const PRODUCT_NORMALIZED = PRODUCT_NAMES.map((p) => normalize(p)).sort((a, b) => b.length - a.length);
const PRODUCT_REGEX_SOURCE = `(?:${PRODUCT_NORMALIZED.map((p) => p.split(' ').map(escapeRegex).join('\\s+')).join('|')})`;
const PRODUCT_SERVICE_SOURCE = `(?:${PRODUCT_REGEX_SOURCE}\\s+service|(?:le|the)\\s+service\\s+${PRODUCT_REGEX_SOURCE}|the\\s+${PRODUCT_REGEX_SOURCE}\\s+service)`;
const PRODUCT_IN_LITERAL = new RegExp(PRODUCT_NORMALIZED.map((p) => escapeRegex(p)).join('|'), 'g');

/**
 * The label a value is shown under: the words before the placeholder, back to
 * the previous sentence or list separator ("Failure code", "Nom du service"),
 * or "URL" when the message names a server or a URL there.
 */
export function valueName(before: string, after = ''): string {
  const opened = before.replace(/[\s(]+$/u, '');
  // A parenthesis opens a new label too: "Service is starting (Version %1)" names its value "Version".
  const segment = opened.replace(/[\s:]+$/u, '').split(/[.,;(]/).pop()?.trim() ?? '';
  const words = segment.split(/\s+/).filter(Boolean);
  const mentionsUrl = /\burl\b|server|serveur|adresse/i.test(segment);
  // A count inside a sentence ("Contacted server %1 times") is named by the words around it, not as the server.
  const counted = /^\s*(times|time|fois)\b/i.exec(after);
  let name: string;
  if (counted && words.length) name = `${words.slice(-2).join(' ')} … ${counted[1]}`;
  else if (words.length && words.length <= 4 && opened.endsWith(':')) name = segment;
  else if (mentionsUrl) name = 'URL';
  else name = words.slice(-2).join(' ') || 'Valeur';
  if (/\burl\b/i.test(name) && words.length > 1) name = 'URL';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function templateTokens(raw: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  const addLiteral = (text: string) => {
    const normalized = normalize(text);
    let at = 0;
    for (const m of normalized.matchAll(PRODUCT_IN_LITERAL)) {
      tokens.push(...literalTokens(normalized.slice(at, m.index)));
      tokens.push({ type: 'product' });
      at = m.index + m[0].length;
    }
    tokens.push(...literalTokens(normalized.slice(at)));
  };
  for (const m of raw.matchAll(PLACEHOLDER)) {
    addLiteral(raw.slice(last, m.index));
    if (m[0] === DISPLAY_NAME_PLACEHOLDER) tokens.push({ type: 'display-name' });
    else {
      const name = valueName(raw.slice(0, m.index), raw.slice(m.index + m[0].length));
      tokens.push({ type: 'value', name, multiWord: /^description$/i.test(name) });
    }
    last = m.index + m[0].length;
  }
  addLiteral(raw.slice(last));
  // The sources print "Microsoft Defender pour point de terminaison service n'a pas pu…", word for word
  // from English; Windows in French says "Le service Microsoft Defender pour point de terminaison…".
  const merged: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t?.type === 'product' && next?.type === 'word' && next.text === 'service') {
      merged.push({ type: 'product-service' });
      i++;
    } else if (t) merged.push(t);
  }
  return merged;
}

const PRODUCT_WEIGHT = 12;

function tokenWeight(t: Token): number {
  if (t.type === 'word') return t.text.length;
  if (t.type === 'punct') return 0.25;
  if (t.type === 'product') return PRODUCT_WEIGHT;
  if (t.type === 'product-service') return PRODUCT_WEIGHT + 'service'.length;
  return 1;
}

/** The expression for one literal token, used alone or as the stop of a placeholder before it. */
function literalSource(t: Token): string {
  if (t.type === 'word') return `${escapeRegex(t.text)}(?![a-z0-9_])`;
  if (t.type === 'punct') return escapeRegex(t.text);
  if (t.type === 'product') return PRODUCT_REGEX_SOURCE;
  if (t.type === 'product-service') return PRODUCT_SERVICE_SOURCE;
  return '';
}

function separator(prev: Token, next: Token): string {
  return prev.type === 'punct' || next.type === 'punct' ? '\\s*' : '\\s+';
}

export function compileTemplate(recordId: string, lang: 'fr' | 'en', origin: 'message' | 'errorType', raw: string): CompiledTemplate | undefined {
  const tokens = templateTokens(raw);
  if (!tokens.some((t) => t.type === 'word')) return undefined;
  // A message that is a value and a few words ("_variable_ does not exist", Install.ps1's path check) says which
  // entry it is only through the value: its words alone are in countless other sentences. Not a message to match.
  const startsWithValue = tokens[0]?.type === 'value';
  if (origin === 'message' && startsWithValue && tokens.filter((t) => t.type === 'word').length < MIN_WORDS_AFTER_VALUE) return undefined;
  // Leading punctuation or placeholders cannot anchor a search.
  while (tokens.length && tokens[0]?.type !== 'word' && tokens[0]?.type !== 'product' && tokens[0]?.type !== 'product-service') tokens.shift();
  const weights = tokens.map(tokenWeight);
  const markerGroup: number[] = [];
  const valueGroups: CompiledTemplate['valueGroups'] = [];
  let group = 0;
  // The word boundary before the first token is checked by the caller: a leading lookbehind would make V8
  // try the expression at every position of the paste instead of skipping to its first letter.
  let source = '';
  // The first three tokens are required: one common word ("le", "the") alone is no message.
  const required = Math.min(tokens.length, 3);
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const sep = prev ? separator(prev, t) : '';
    if (i >= required) source += '(?:';
    source += sep;
    if (t.type === 'value' || t.type === 'display-name') {
      const stop = next ? `${separator(t, next)}${literalSource(next)}` : '';
      if (t.type === 'display-name') {
        source += stop ? `(?:${PRODUCT_REGEX_SOURCE}|\\$\\(build\\.sense\\.productdisplayname\\)|(?:(?!${stop})[^\\n]){1,60})` : PRODUCT_REGEX_SOURCE;
      } else {
        group++;
        valueGroups.push({ group, name: t.name, token: i });
        const after = tokens[i + 2];
        if (!next) source += t.multiWord ? `([^\\n]{1,${MAX_VALUE}})` : `([^\\s]{1,${MAX_VALUE}})`;
        else if (next.type === 'punct' && after && after.type !== 'value' && after.type !== 'display-name') {
          // "URI: %2. Last HTTP error code": the value (a URL, full of dots) ends at the punctuation *and* the
          // words after it, not at its first dot.
          const fullStop = `${stop}${separator(next, after)}${literalSource(after)}`;
          source += `((?:(?!${fullStop})[^\\n]){1,${MAX_VALUE}})`;
        } else if (next.type === 'punct' && !after && next.text === '.') {
          // The sentence's final dot: the value (a URL, a version) may hold dots, the final one ends the line.
          source += `([^\\n]{1,${MAX_VALUE}}?)(?=\\s*\\.(?:\\s|$))`;
        } else if (next.type === 'punct') source += `([^\\n${escapeRegex(next.text)}]{1,${MAX_VALUE}}?)(?=\\s*${escapeRegex(next.text)})`;
        else source += `((?:(?!${stop})[^\\n]){1,${MAX_VALUE}})`;
      }
    } else source += literalSource(t);
    group++;
    markerGroup.push(group);
    source += '()';
  });
  source += ')?'.repeat(Math.max(0, tokens.length - required));
  return {
    recordId,
    lang,
    origin,
    raw,
    regex: new RegExp(source, 'gd'),
    weights,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    markerGroup,
    valueGroups,
    productTokens: tokens.flatMap((t, i) => (t.type === 'product' || t.type === 'product-service' ? [i] : [])),
    wordCount: tokens.filter((t) => t.type === 'word').length,
  };
}

export function compileRecordTemplates(records: LookupRecord[]): CompiledTemplate[] {
  const out: CompiledTemplate[] = [];
  for (const r of records) {
    const add = (lang: 'fr' | 'en', origin: 'message' | 'errorType', raw: string) => {
      const t = compileTemplate(r.id, lang, origin, raw);
      if (t) out.push(t);
    };
    for (const m of r.messages.fr) add('fr', 'message', m);
    for (const m of r.messages.en) add('en', 'message', m);
    if (r.errorType) {
      if (r.errorType.fr) add('fr', 'errorType', r.errorType.fr);
      if (r.errorType.en) add('en', 'errorType', r.errorType.en);
    }
  }
  return out;
}

function cleanValue(v: string): string {
  return v
    .trim()
    .replace(/[.,;:]+$/u, '')
    .replace(/^["'(\[]+|["')\]]+$/gu, '')
    .trim();
}

type Candidate = TemplateMatch & { matchedWeight: number };

function evaluate(t: CompiledTemplate, m: RegExpExecArray, norm: NormalizedText): Candidate | undefined {
  let matchedTokens = 0;
  for (let i = 0; i < t.markerGroup.length; i++) {
    if (m.indices?.[t.markerGroup[i] ?? 0] === undefined) break;
    matchedTokens = i + 1;
  }
  if (matchedTokens === 0) return undefined;
  let matchedWeight = 0;
  for (let i = 0; i < matchedTokens; i++) matchedWeight += t.weights[i] ?? 0;
  const full = matchedTokens === t.markerGroup.length;
  const coverage = t.totalWeight ? matchedWeight / t.totalWeight : 0;
  if (!full) {
    if (t.wordCount < MIN_PARTIAL_TEMPLATE_WORDS || coverage < MIN_PARTIAL_COVERAGE) return undefined;
    // Characters of literal words matched, the product name aside.
    const productWeight = t.productTokens.filter((i) => i < matchedTokens).length * PRODUCT_WEIGHT;
    if (matchedWeight - productWeight < MIN_PARTIAL_CHARS) return undefined;
  }
  const values: ExtractedValue[] = [];
  const valueSpans: TemplateMatch['valueSpans'] = [];
  for (const v of t.valueGroups) {
    if (v.token >= matchedTokens) continue;
    const span = m.indices?.[v.group];
    if (!span) continue;
    valueSpans.push({ start: span[0], end: span[1] });
    const value = cleanValue(sourceSlice(norm, span[0], span[1]));
    if (value) values.push({ name: v.name, value });
  }
  return {
    recordId: t.recordId,
    lang: t.lang,
    origin: t.origin,
    start: m.index,
    end: m.index + m[0].length,
    coverage,
    full,
    values,
    valueSpans,
    template: t.raw,
    matchedWeight,
  };
}

export type TemplateMatcher = { templates: CompiledTemplate[]; match(norm: NormalizedText): TemplateMatch[] };

export function createTemplateMatcher(records: LookupRecord[]): TemplateMatcher {
  const templates = compileRecordTemplates(records);
  return {
    templates,
    match(norm) {
      const candidates: Candidate[] = [];
      for (const t of templates) {
        t.regex.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = t.regex.exec(norm.text)) !== null) {
          if (m.index > 0 && /[a-z0-9_]/.test(norm.text.charAt(m.index - 1))) {
            t.regex.lastIndex = m.index + 1;
            continue;
          }
          const c = evaluate(t, m, norm);
          if (c) candidates.push(c);
          if (m[0].length === 0) t.regex.lastIndex++;
        }
      }
      return resolveOverlaps(candidates);
    },
  };
}

/**
 * Where matches overlap, the one covering the most literal text wins; a
 * partial match that another record's template covers as well (the shared
 * opening "Microsoft Defender for Endpoint service failed to…") says nothing.
 */
function resolveOverlaps(candidates: Candidate[]): TemplateMatch[] {
  candidates.sort((a, b) => b.matchedWeight - a.matchedWeight || Number(b.full) - Number(a.full) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const overlapping = kept.filter((k) => k.start < c.end && c.start < k.end);
    if (overlapping.length) continue;
    if (!c.full) {
      const rival = candidates.find(
        (o) => o !== c && o.recordId !== c.recordId && o.start < c.end && c.start < o.end && o.matchedWeight >= c.matchedWeight - 1,
      );
      if (rival) continue;
    }
    kept.push(c);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map((c) => ({
      recordId: c.recordId,
      lang: c.lang,
      origin: c.origin,
      start: c.start,
      end: c.end,
      coverage: c.coverage,
      full: c.full,
      values: c.values,
      valueSpans: c.valueSpans,
      template: c.template,
    }));
}
