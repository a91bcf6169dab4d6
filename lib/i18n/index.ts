/**
 * One dictionary per language, picked by `dictionary(lang)`. Server and
 * client code import from here; both dictionaries are small enough to ship
 * together, and a language switch then needs no extra request.
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
