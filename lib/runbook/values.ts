/**
 * Values read from a pasted error (the URL the sensor failed to reach, a code…)
 * travel to the entry page in its query string as repeated `v=name=value`, so
 * a shared link carries them into the ticket. Anyone can craft such a link:
 * reading is capped and drops anything malformed instead of failing.
 */
export type RunbookValue = { name: string; value: string };

export const MAX_VALUES = 10;
export const MAX_VALUE_LENGTH = 500;

// Control characters (newlines included) would break the one-line-per-value ticket layout.
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/** Cuts at a code point boundary: a lone surrogate would turn into U+FFFD once URL-encoded. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

function clean(text: string): string {
  return truncate(text.replace(CONTROL, ' ').trim(), MAX_VALUE_LENGTH).trim();
}

/** Returns the value as it will travel, or undefined when it cannot round-trip. */
function normalize(name: unknown, value: unknown): RunbookValue | undefined {
  if (typeof name !== 'string' || typeof value !== 'string') return undefined;
  const n = clean(name);
  const v = clean(value);
  // The first "=" separates name from value, so a name holding one could not be read back.
  if (!n || !v || n.includes('=')) return undefined;
  return { name: n, value: v };
}

export function valuesToSearch(values: readonly RunbookValue[]): string {
  const params = new URLSearchParams();
  let count = 0;
  for (const item of values) {
    if (count >= MAX_VALUES) break;
    const ok = normalize(item?.name, item?.value);
    if (!ok) continue;
    params.append('v', `${ok.name}=${ok.value}`);
    count++;
  }
  return count ? `?${params.toString()}` : '';
}

export function valuesFromSearch(search: string): RunbookValue[] {
  if (typeof search !== 'string') return [];
  const query = search.split('#', 1)[0] ?? '';
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    return [];
  }
  const values: RunbookValue[] = [];
  for (const raw of params.getAll('v')) {
    if (values.length >= MAX_VALUES) break;
    const eq = raw.indexOf('=');
    if (eq <= 0) continue;
    const ok = normalize(raw.slice(0, eq), raw.slice(eq + 1));
    if (ok) values.push(ok);
  }
  return values;
}
