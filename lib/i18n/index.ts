/**
 * One dictionary per language, picked by `dictionary(lang)`. Server and
 * client code import from here; both interface dictionaries are small enough
 * to ship together. The CLI's strings (cli/) and the log reports' (logs/) are
 * registries of their own: a page without a drop zone never loads them.
 */
import type { Lang } from './config';
import { en } from './en';
import { fr } from './fr';

export type Dictionary = typeof fr;

const DICTIONARIES: Record<Lang, Dictionary> = { fr, en };

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

export * from './config';
