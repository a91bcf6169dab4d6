/**
 * What the search box shows of a paste too long to put in it: a textarea
 * holding a megabyte lays the whole text out in one main-thread task of
 * 200–400 ms, and again on every keystroke. The lookup still reads all of it.
 */

/** Past this many characters the box shows a summary of the paste instead of the paste. */
export const LARGE_PASTE = 100_000;

export type PasteSummary = { chars: number; lines: number; head: string };

/** Its length, its number of lines and its first lines (at most `maxLines`, `maxChars` characters). */
export function summarizePaste(text: string, maxLines = 4, maxChars = 400): PasteSummary {
  let lines = text.length ? 1 : 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) lines++;
  const head = text.slice(0, maxChars * 2).split('\n').slice(0, maxLines).join('\n').slice(0, maxChars);
  return { chars: text.length, lines, head: head.length < text.length ? `${head.trimEnd()}\n…` : head };
}
