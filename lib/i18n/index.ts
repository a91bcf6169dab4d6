/**
 * One dictionary per language, picked by `dictionary(lang)`, for server code
 * (pages, metadata, the engine's sentences). Client islands import the small
 * registries they need instead, islands/ (every page) and lookup/ (the lookup
 * pages), from which these dictionaries take the same sections: a page ships
 * the strings its islands show, not both whole dictionaries. The CLI's strings
 * (cli/) and the log reports' (logs/) are registries of their own too.
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
