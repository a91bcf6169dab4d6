/**
 * The only module that reads content files. Pages, the sitemap, the CLI and
 * the validation script all come through here, so a bad entry fails every one
 * of them the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, parseEntryFile, validateCorpus, type Entry } from './parse';
import { ENTRY_KINDS, type EntryKind, type Lang } from './schema';

export type { Entry } from './parse';

/** content/ at the repository root; overridable for fixtures. */
export function defaultContentRoot(): string {
  return process.env.MDE_CONTENT_ROOT ?? join(process.cwd(), 'content');
}

function listMdx(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.mdx'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Reads and validates every entry of one language; throws ContentError listing every problem. */
export function readEntries(lang: Lang, root: string = defaultContentRoot()): Entry[] {
  const problems: string[] = [];
  const entries: Entry[] = [];
  // The content root is chosen at run time (fixtures, CLI): tell Turbopack not to trace it as code.
  for (const path of listMdx(join(/*turbopackIgnore: true*/ root, lang))) {
    const file = relative(root, path).split('\\').join('/');
    const result = parseEntryFile(readFileSync(path, 'utf8'), file, lang);
    if (result.ok) entries.push(result.entry);
    else problems.push(...result.problems);
  }
  if (problems.length === 0) problems.push(...validateCorpus(entries));
  if (problems.length) throw new ContentError(problems);
  const order = (k: EntryKind) => ENTRY_KINDS.indexOf(k);
  return entries.sort(
    (a, b) => order(a.kind) - order(b.kind) || (a.eventId ?? a.caseNumber ?? 0) - (b.eventId ?? b.caseNumber ?? 0) || a.id.localeCompare(b.id),
  );
}

const cache = new Map<string, Entry[]>();

/** Cached for the life of the process: content only changes between builds. */
export function getEntries(lang: Lang = 'fr'): Entry[] {
  const key = `${defaultContentRoot()}|${lang}`;
  let entries = cache.get(key);
  if (!entries) {
    entries = readEntries(lang);
    cache.set(key, entries);
  }
  return entries;
}

export function getEntry(id: string, lang: Lang = 'fr'): Entry | undefined {
  return getEntries(lang).find((e) => e.id === id);
}

export function getEntriesByKind(kind: EntryKind, lang: Lang = 'fr'): Entry[] {
  return getEntries(lang).filter((e) => e.kind === kind);
}
