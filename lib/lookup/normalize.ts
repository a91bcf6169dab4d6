/**
 * One normal form for everything the engine compares: pasted input, message
 * templates, keywords and fuzzy-index fields all go through `normalize`, so a
 * pasted "Code d’échec : 0X87D1FDE8" and a template "Code d'echec: %1" meet on
 * the same characters.
 *
 * The form: NFKC, then diacritics stripped (NFD minus combining marks), lower
 * case, typographic quotes and dashes unified, control and zero-width
 * characters removed, horizontal whitespace collapsed to one space. Line breaks
 * are kept (one "\n" per line) because Event Viewer blocks and Get-WinEvent
 * tables are read line by line.
 *
 * `normalizeWithMap` also records, for every output character, the offset of
 * the input character it came from, so values captured on the normal form
 * (a URL, a service name) can be shown as the user pasted them.
 */

/**
 * Hard cap on the characters examined at all. Identifiers are extracted over
 * everything up to this cap with linear-time scans; beyond it the input is
 * ignored and the response says so. 2 Mi characters keeps a 1 MB log paste
 * (the largest paste the portal is designed for) whole.
 */
export const MAX_INPUT_CHARS = 2 * 1024 * 1024;

const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x00b4, 0x0060, 0x2032, 0x201b, 0xff07, 0x02b9, 0x02bb]);
const DOUBLE_QUOTES = new Set([0x00ab, 0x00bb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2039, 0x203a, 0xff02]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63, 0xff0d]);
/** Invisible characters that split a word when copied from a web page or a PDF. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);

const COMBINING_MARKS = /\p{M}+/gu;
const WHITESPACE = /\s/u;

const NO_MAP = new Uint32Array(0);
const SPACE = 0x20;
const NEWLINE = 0x0a;

/** Per code point results for non-ASCII characters; pasted text reuses few of them. */
const foldCache = new Map<number, string>();

/** The normal form of one non-ASCII code point: "" (drop), " " (space), "\n" or text. */
function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (APOSTROPHES.has(cp)) out = "'";
  else if (DOUBLE_QUOTES.has(cp)) out = '"';
  else if (DASHES.has(cp)) out = '-';
  else if (INVISIBLE.has(cp)) out = '';
  else if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) out = '\n';
  else if ((cp >= 0x80 && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff)) out = ' ';
  else {
    const folded = String.fromCodePoint(cp).normalize('NFKC').normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
    // NFKC can itself produce quotes, dashes or spaces (fullwidth forms, NBSP).
    out = '';
    for (const ch of folded) {
      const c = ch.codePointAt(0) ?? SPACE;
      if (c < 0x80) out += c === 0x60 ? "'" : ch;
      else if (APOSTROPHES.has(c)) out += "'";
      else if (DOUBLE_QUOTES.has(c)) out += '"';
      else if (DASHES.has(c)) out += '-';
      else if (INVISIBLE.has(c)) continue;
      else if (WHITESPACE.test(ch)) out += ' ';
      else out += ch;
    }
  }
  // Bounded (one entry per code point at most): a paste of a million distinct code points must not grow it forever.
  if (foldCache.size < 65536) foldCache.set(cp, out);
  return out;
}

export type NormalizedText = {
  /** The normal form. */
  text: string;
  /** `map[i]` is the offset in `source` of the character that produced `text[i]`; `map[text.length]` is `source.length`. */
  map: Uint32Array;
  /** The input as examined (after the MAX_INPUT_CHARS cap). */
  source: string;
  /** True when the input was longer than MAX_INPUT_CHARS and its tail ignored. */
  truncated: boolean;
};

/**
 * Builds the normal form in one linear pass. Runs of printable ASCII are
 * copied as slices (lower-cased in one call); only other characters go through
 * `foldCodePoint`, so a 1 MB English log costs a few tens of milliseconds.
 */
export function normalizeWithMap(input: string, maxChars: number = MAX_INPUT_CHARS): NormalizedText {
  return fold(input, maxChars, true);
}

function fold(input: string, maxChars: number, withMap: boolean): NormalizedText {
  const truncated = input.length > maxChars;
  const source = truncated ? input.slice(0, maxChars) : input;
  const len = source.length;
  const parts: string[] = [];
  // Index building normalizes thousands of short strings and never needs the map: a shared empty one.
  let map = withMap ? new Uint32Array(len + 17) : NO_MAP;
  let n = 0;
  // Leading spaces and blank lines are dropped: start as if after a line break.
  let last = NEWLINE;
  const reserve = (extra: number) => {
    if (!withMap || n + extra + 1 <= map.length) return;
    const bigger = new Uint32Array(Math.max(map.length * 2, n + extra + 17));
    bigger.set(map.subarray(0, n));
    map = bigger;
  };
  const space = (at: number) => {
    if (last === SPACE || last === NEWLINE) return;
    reserve(1);
    parts.push(' ');
    map[n++] = at;
    last = SPACE;
  };
  const newline = (at: number) => {
    // Spaces are always their own part, so a trailing one is dropped by popping it.
    if (last === SPACE) {
      parts.pop();
      n--;
    }
    if (n === 0 || last === NEWLINE) {
      last = NEWLINE;
      return;
    }
    reserve(1);
    parts.push('\n');
    map[n++] = at;
    last = NEWLINE;
  };

  let i = 0;
  while (i < len) {
    const c = source.charCodeAt(i);
    if (c > 0x20 && c < 0x7f && c !== 0x60) {
      let j = i + 1;
      while (j < len) {
        const d = source.charCodeAt(j);
        if (d <= 0x20 || d >= 0x7f || d === 0x60) break;
        j++;
      }
      parts.push(source.slice(i, j).toLowerCase());
      if (withMap) {
        reserve(j - i);
        for (let k = i; k < j; k++) map[n++] = k;
      } else n += j - i;
      last = source.charCodeAt(j - 1);
      i = j;
      continue;
    }
    if (c === 0x0a || c === 0x0d) {
      if (!(c === 0x0d && source.charCodeAt(i + 1) === 0x0a)) newline(i);
      i++;
      continue;
    }
    if (c < 0x80) {
      if (c === 0x60) {
        reserve(1);
        parts.push("'");
        map[n++] = i;
        last = 0x27;
      } else space(i);
      i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = source.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const folded = foldCodePoint(cp);
    if (folded.length && folded.indexOf(' ') < 0 && folded.indexOf('\n') < 0) {
      parts.push(folded);
      if (withMap) {
        reserve(folded.length);
        for (let k = 0; k < folded.length; k++) map[n++] = i;
      } else n += folded.length;
      last = folded.charCodeAt(folded.length - 1);
      i += width;
      if (n > maxChars) break;
      continue;
    }
    for (let k = 0; k < folded.length; k++) {
      const fc = folded.charCodeAt(k);
      if (fc === SPACE) space(i);
      else if (fc === NEWLINE) newline(i);
      else {
        reserve(1);
        parts.push(folded.charAt(k));
        map[n++] = i;
        last = fc;
      }
    }
    i += width;
    // Compatibility forms can expand (one "ﷺ" is 18 letters): the output is capped like the input.
    if (n > maxChars) break;
  }
  if (i < len) {
    // Stopped early: the part of the source actually read is what the map refers to.
    return finish(parts, map, last, source.slice(0, i), true, withMap);
  }
  return finish(parts, map, last, source, truncated, withMap);
}

function finish(parts: string[], map: Uint32Array, last: number, source: string, truncated: boolean, withMap: boolean): NormalizedText {
  // Spaces are always their own part, so a trailing one is dropped by popping it.
  if (last === SPACE) parts.pop();
  const text = parts.join('').replace(/\n$/, '');
  if (!withMap) return { text, map: NO_MAP, source, truncated };
  const length = text.length;
  map[length] = source.length;
  return { text, map: map.subarray(0, length + 1), source, truncated };
}

/** The normal form alone (templates, keywords, index fields). */
export function normalize(input: string): string {
  return fold(input, Number.MAX_SAFE_INTEGER, false).text;
}

/** The input characters behind `text.slice(start, end)` of a normal form, trimmed. */
export function sourceSlice(norm: NormalizedText, start: number, end: number): string {
  const from = norm.map[start] ?? norm.source.length;
  // The end maps to the start of the character after the span, which may be far if spaces were collapsed.
  const lastChar = end > start ? (norm.map[end - 1] ?? from) : from;
  let to = lastChar + 1;
  const code = norm.source.charCodeAt(lastChar);
  if (code >= 0xd800 && code <= 0xdbff) to++;
  return norm.source.slice(from, Math.max(from, to)).trim();
}
