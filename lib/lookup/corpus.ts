/**
 * Server-side access to the lookup records (pages hand them to the search
 * panel; the CLI builds its engine from them). Reads the file system through
 * the content loader, so it must never be imported by the engine, which also
 * runs in the browser.
 */
import { getAllEntries, getVocabulary } from '../content/loader';
import type { Lang } from '../content/schema';
import { buildLookupIndex, type LookupIndex } from './index-data';
import { toLookupRecords } from './records';
import type { LookupRecord, Vocabulary } from './types';

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
