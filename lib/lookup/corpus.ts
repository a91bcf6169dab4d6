/**
 * Server-side access to the lookup records (pages hand them to the search
 * panel as props; the CLI builds its engine from them). Reads the file system
 * through the content loader, so it must never be imported by the engine,
 * which also runs in the browser.
 */
import { getEntries } from '../content/loader';
import type { Lang } from '../content/schema';
import { toLookupRecords } from './records';
import type { LookupRecord } from './types';

const cache = new Map<Lang, LookupRecord[]>();

/** Cached for the life of the process, like the entries they come from. */
export function getLookupRecords(lang: Lang = 'fr'): LookupRecord[] {
  let records = cache.get(lang);
  if (!records) {
    records = toLookupRecords(getEntries(lang));
    cache.set(lang, records);
  }
  return records;
}
