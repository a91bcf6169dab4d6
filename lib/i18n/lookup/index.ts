/**
 * The strings of the lookup panel and its cards, per language: what the
 * search panel and the result cards import instead of `dictionary()`, so a
 * lookup page ships these sections of both languages, not both whole
 * dictionaries. The full dictionaries take these sections from here.
 */
import type { Lang } from '../config';
import { enLookup } from './en';
import { frLookup } from './fr';

export type LookupDictionary = typeof frLookup;

const LOOKUP: Record<Lang, LookupDictionary> = { fr: frLookup, en: enLookup };

export function lookupStrings(lang: Lang): LookupDictionary {
  return LOOKUP[lang];
}
