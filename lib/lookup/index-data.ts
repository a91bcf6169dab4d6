/**
 * The lookup index as a static file: the records of one language and the
 * field vocabulary, published at a URL that carries a hash of its content.
 * Pages never embed it; the search box fetches it when the lookup is first
 * used, and a browser or CDN may keep it forever (a content change is a new
 * URL). Pure: the route handler and the tests build it the same way.
 */
import type { Lang } from '../i18n/config';
import type { LookupRecord, Vocabulary } from './types';

export type LookupIndex = {
  /** Hash of the content: the index URL changes whenever the records or the vocabulary do. */
  version: string;
  lang: Lang;
  records: LookupRecord[];
  vocabulary: Vocabulary;
};

/** FNV-1a, 53 bits (two 32-bit lanes): stable, fast, no crypto API needed on either side. */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x811c9dc5);
  }
  return ((h1 >>> 0).toString(36) + (h2 >>> 0).toString(36)).slice(0, 12);
}

export function buildLookupIndex(lang: Lang, records: LookupRecord[], vocabulary: Vocabulary): LookupIndex {
  const version = contentHash(JSON.stringify({ records, vocabulary }));
  return { version, lang, records, vocabulary };
}

/** Where a language's index is served (a route handler, statically generated). */
export function lookupIndexPath(lang: Lang, version: string): string {
  return `/${lang}/lookup-index/${version}.json`;
}

/** A fetched index, checked before use: a stale cache or a broken file must fail loudly, not silently. */
export function parseLookupIndex(value: unknown, lang: Lang): LookupIndex {
  const v = value as Partial<LookupIndex> | null;
  if (!v || typeof v !== 'object' || v.lang !== lang || typeof v.version !== 'string' || !Array.isArray(v.records) || !v.vocabulary) {
    throw new Error(`not a lookup index for ${lang}`);
  }
  return v as LookupIndex;
}
