/**
 * Server-side access to the lookup records (pages hand them to the search
 * panel; the CLI builds its engine from them). Reads the file system through
 * the content loader, so it must never be imported by the engine, which also
 * runs in the browser.
 */
import { getAllEntries, getVocabulary } from '../content/loader';
import type { Lang } from '../content/schema';
import { buildLookupIndex, type LookupIndex } from './index-data';
import { cardRecord, toLookupRecords } from './records';
import { engineFor } from './engine';
import type { LookupRecord, LookupResponse, Vocabulary } from './types';

const cache = new Map<Lang, LookupRecord[]>();

/** Records shown in `lang`, matched in every language; cached for the life of the process. */
export function getLookupRecords(lang: Lang): LookupRecord[] {
  let records = cache.get(lang);
  if (!records) {
    const all = getAllEntries();
    records = toLookupRecords(all[lang], all);
    cache.set(lang, records);
  }
  return records;
}

/** The field's vocabulary, as the engine takes it. */
export function getLookupVocabulary(): Vocabulary {
  return getVocabulary();
}

/**
 * The server's answer for a page rendered with `?q=`, and only the records its
 * cards need, as cards show them: the page shows its cards without
 * JavaScript and without shipping the index.
 */
export function initialLookup(lang: Lang, query: string): { query: string; response: LookupResponse; records: LookupRecord[] } {
  if (!query.trim()) return { query, response: { query, status: 'empty', results: [] }, records: [] };
  const records = getLookupRecords(lang);
  const response = engineFor(records, getLookupVocabulary()).lookup(query);
  const ids = new Set(response.results.map((r) => r.id));
  return { query, response, records: records.filter((r) => ids.has(r.id)).map(cardRecord) };
}

const indexes = new Map<Lang, LookupIndex>();

/** The static lookup index of a language (records + vocabulary + content hash). */
export function getLookupIndex(lang: Lang): LookupIndex {
  let index = indexes.get(lang);
  if (!index) {
    index = buildLookupIndex(lang, getLookupRecords(lang), getLookupVocabulary());
    indexes.set(lang, index);
  }
  return index;
}
