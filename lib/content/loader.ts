/**
 * The only module that reads content files. Pages, the sitemap, the CLI and
 * the validation script all come through here, so a bad entry fails every one
 * of them the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError, formatIssuePath, parseEntryFile, validateCorpus, type Entry } from './parse';
import { checkParity } from './parity';
import { ENTRY_KINDS, LANGS, vocabularySchema, type EntryKind, type Lang, type VocabularyFile } from './schema';

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

export const VOCABULARY_FILE = 'vocabulary/vocabulary.yaml';

/** Problems of the vocabulary file's text, each naming the file and the field. */
export function parseVocabulary(text: string, file = VOCABULARY_FILE): { ok: true; vocabulary: VocabularyFile } | { ok: false; problems: string[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`${file}: invalid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`] };
  }
  const parsed = vocabularySchema.safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${file}: ${formatIssuePath(i.path)}: ${i.message}`) };
  const problems: string[] = [];
  const terms = new Map<string, number>();
  const variants = new Map<string, string>();
  parsed.data.synonyms.forEach((group, i) => {
    if (terms.has(group.term)) problems.push(`${file}: synonyms[${i}].term: duplicate term "${group.term}" (also synonyms[${terms.get(group.term)}])`);
    terms.set(group.term, i);
    group.variants.forEach((v, j) => {
      // A variant in two groups would make the lookup's result depend on the file's order.
      const key = v.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      const prior = variants.get(key);
      if (prior) problems.push(`${file}: synonyms[${i}].variants[${j}]: "${v}" is already a variant of "${prior}"`);
      else variants.set(key, group.term);
    });
  });
  const hostNameTerm = parsed.data.hostNameTerm;
  if (hostNameTerm !== undefined && !terms.has(hostNameTerm)) problems.push(`${file}: hostNameTerm: "${hostNameTerm}" is not the term of a synonym group`);
  parsed.data.alsoMeans?.forEach((entry, i) =>
    entry.terms.forEach((term, j) => {
      if (!terms.has(term)) problems.push(`${file}: alsoMeans[${i}].terms[${j}]: "${term}" is not the term of a synonym group`);
    }),
  );
  return problems.length ? { ok: false, problems } : { ok: true, vocabulary: parsed.data };
}

export function readVocabulary(root: string = defaultContentRoot()): VocabularyFile {
  const path = join(/*turbopackIgnore: true*/ root, VOCABULARY_FILE);
  if (!existsSync(path)) throw new ContentError([`${VOCABULARY_FILE}: missing`]);
  const result = parseVocabulary(readFileSync(path, 'utf8'));
  if (!result.ok) throw new ContentError(result.problems);
  return result.vocabulary;
}

const vocabularyCache = new Map<string, VocabularyFile>();

export function getVocabulary(): VocabularyFile {
  const key = defaultContentRoot();
  let v = vocabularyCache.get(key);
  if (!v) {
    v = readVocabulary(key);
    vocabularyCache.set(key, v);
  }
  return v;
}
