/**
 * The only module that reads content files. Pages, the sitemap, the CLI and
 * the validation script all come through here, so a bad entry fails every one
 * of them the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, parseEntryFile, validateCorpus, type Entry } from './parse';
import { checkParity } from './parity';
import { ENTRY_KINDS, LANGS, type EntryKind, type Lang } from './schema';

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

function readLang(lang: Lang, root: string, problems: string[]): Entry[] {
  const entries: Entry[] = [];
  // The content root is chosen at run time (fixtures, CLI): tell Turbopack not to trace it as code.
  const dir = join(/*turbopackIgnore: true*/ root, lang);
  if (!existsSync(dir)) {
    problems.push(`${lang}/: missing: no content folder for the language ${lang}`);
    return entries;
  }
  for (const path of listMdx(dir)) {
    const file = relative(root, path).split('\\').join('/');
    const result = parseEntryFile(readFileSync(path, 'utf8'), file, lang);
    if (result.ok) entries.push(result.entry);
    else problems.push(...result.problems);
  }
  return entries;
}

function sortEntries(entries: Entry[]): Entry[] {
  const order = (k: EntryKind) => ENTRY_KINDS.indexOf(k);
  return entries.sort(
    (a, b) => order(a.kind) - order(b.kind) || (a.eventId ?? a.caseNumber ?? 0) - (b.eventId ?? b.caseNumber ?? 0) || a.id.localeCompare(b.id),
  );
}

/**
 * Reads and validates every entry of every language, then their parity;
 * throws ContentError listing every problem. Pages need both editions (the
 * lookup matches either language; every page links its twin), so they are
 * always read and checked together.
 */
export function readAllEntries(root: string = defaultContentRoot()): Record<Lang, Entry[]> {
  const problems: string[] = [];
  const byLang = {} as Record<Lang, Entry[]>;
  for (const lang of LANGS) byLang[lang] = readLang(lang, root, problems);
  // Parity is only meaningful once every file parsed: a file that failed would read as a missing translation.
  if (problems.length === 0) {
    for (const lang of LANGS) problems.push(...validateCorpus(byLang[lang]));
    problems.push(...checkParity(byLang));
  }
  if (problems.length) throw new ContentError(problems);
  for (const lang of LANGS) sortEntries(byLang[lang]);
  return byLang;
}

/** Reads and validates the entries of one language (no parity check): for tests of one edition. */
export function readEntries(lang: Lang, root: string = defaultContentRoot()): Entry[] {
  const problems: string[] = [];
  const entries = readLang(lang, root, problems);
  if (problems.length === 0) problems.push(...validateCorpus(entries));
  if (problems.length) throw new ContentError(problems);
  return sortEntries(entries);
}

const cache = new Map<string, Record<Lang, Entry[]>>();

/** Every edition, cached for the life of the process: content only changes between builds. */
export function getAllEntries(): Record<Lang, Entry[]> {
  const key = defaultContentRoot();
  let all = cache.get(key);
  if (!all) {
    all = readAllEntries(key);
    cache.set(key, all);
  }
  return all;
}

export function getEntries(lang: Lang): Entry[] {
  return getAllEntries()[lang];
}

export function getEntry(id: string, lang: Lang): Entry | undefined {
  return getEntries(lang).find((e) => e.id === id);
}

export function getEntriesByKind(kind: EntryKind, lang: Lang): Entry[] {
  return getEntries(lang).filter((e) => e.kind === kind);
}
