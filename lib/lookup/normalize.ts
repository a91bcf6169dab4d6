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
  // Bounded: a hostile paste of a million distinct code points must not grow this forever.
  if (foldCache.size < 8192) foldCache.set(cp, out);
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

/** Builds the normal form in one linear pass; ASCII takes a fast path without any `normalize()` call. */
export function normalizeWithMap(input: string, maxChars: number = MAX_INPUT_CHARS): NormalizedText {
  const truncated = input.length > maxChars;
  const source = truncated ? input.slice(0, maxChars) : input;
  const len = source.length;
  let codes = new Uint16Array(Math.max(16, len + 16));
  let map = new Uint32Array(codes.length + 1);
  let n = 0;

  const grow = (extra: number) => {
    if (n + extra <= codes.length) return;
    const size = Math.max(codes.length * 2, n + extra + 16);
    const c2 = new Uint16Array(size);
    c2.set(codes.subarray(0, n));
    codes = c2;
    const m2 = new Uint32Array(size + 1);
    m2.set(map.subarray(0, n));
    map = m2;
  };
  const emitSpace = (at: number) => {
    // Collapse runs; no space at the start of a line.
    if (n === 0 || codes[n - 1] === SPACE || codes[n - 1] === NEWLINE) return;
    grow(1);
    codes[n] = SPACE;
    map[n] = at;
    n++;
  };
  const emitNewline = (at: number) => {
    if (n > 0 && codes[n - 1] === SPACE) n--;
    // Blank lines carry nothing the engine reads: keep one break.
    if (n === 0 || codes[n - 1] === NEWLINE) return;
    grow(1);
    codes[n] = NEWLINE;
    map[n] = at;
    n++;
  };
  const emitChar = (code: number, at: number) => {
    grow(1);
    codes[n] = code;
    map[n] = at;
    n++;
  };

  for (let i = 0; i < len; i++) {
    const c = source.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) emitChar(c + 32, i);
      else if (c === 0x0a || c === 0x0d) {
        if (c === 0x0d && source.charCodeAt(i + 1) === 0x0a) continue;
        emitNewline(i);
      } else if (c === 0x60) emitChar(0x27, i);
      else if (c <= 0x20 || c === 0x7f) emitSpace(i);
      else emitChar(c, i);
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
    for (let k = 0; k < folded.length; k++) {
      const fc = folded.charCodeAt(k);
      if (fc === SPACE) emitSpace(i);
      else if (fc === NEWLINE) emitNewline(i);
      else emitChar(fc, i);
    }
    i += width - 1;
  }
  while (n > 0 && (codes[n - 1] === SPACE || codes[n - 1] === NEWLINE)) n--;
  map[n] = len;

  // fromCharCode.apply has an argument-count limit: decode in slices.
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let k = 0; k < n; k += CHUNK) {
    parts.push(String.fromCharCode.apply(null, Array.from(codes.subarray(k, Math.min(n, k + CHUNK)))));
  }
  return { text: parts.join(''), map: map.subarray(0, n + 1), source, truncated };
}

/** The normal form alone (templates, keywords, index fields). */
export function normalize(input: string): string {
  return normalizeWithMap(input, Number.MAX_SAFE_INTEGER).text;
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
