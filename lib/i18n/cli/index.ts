/** The cli strings of each language, picked by `cliDictionary(lang)`. */
import type { Lang } from '../config';
import { cliEn } from './en';
import { cliFr } from './fr';

export type CliDictionary = typeof cliFr;

const BY_LANG: Record<Lang, CliDictionary> = { fr: cliFr, en: cliEn };

export function cliDictionary(lang: Lang): CliDictionary {
  return BY_LANG[lang];
}
