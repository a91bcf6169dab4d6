/**
 * The lookup records of one language, built once per process from the
 * validated content. Server-side only (it goes through the loader).
 */
import { getEntries } from '../content/loader';
import type { Lang } from '../content/schema';
import { toLookupRecords } from './records';
import type { LookupRecord } from './types';

const cache = new Map<Lang, LookupRecord[]>();

export function getLookupRecords(lang: Lang = 'fr'): LookupRecord[] {
  let records = cache.get(lang);
  if (!records) {
    records = toLookupRecords(getEntries(lang));
    cache.set(lang, records);
  }
  return records;
}
