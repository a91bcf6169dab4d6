/** The logs strings of each language, picked by `logsDictionary(lang)`. */
import type { Lang } from '../config';
import { logsEn } from './en';
import { logsFr } from './fr';

export type LogsDictionary = typeof logsFr;

const BY_LANG: Record<Lang, LogsDictionary> = { fr: logsFr, en: logsEn };

export function logsDictionary(lang: Lang): LogsDictionary {
  return BY_LANG[lang];
}
