/**
 * The strings of the client islands, per language: what a client component
 * imports instead of `dictionary()`, whose two full dictionaries would
 * otherwise ship in every page (6.5 KB gzip). The full dictionaries take
 * these sections from here (`dictionary(lang).copy` is `islands(lang).copy`).
 */
import type { Lang } from '../config';
import { enIslands } from './en';
import { frIslands } from './fr';

export type IslandsDictionary = typeof frIslands;

const ISLANDS: Record<Lang, IslandsDictionary> = { fr: frIslands, en: enIslands };

export function islands(lang: Lang): IslandsDictionary {
  return ISLANDS[lang];
}
