/**
 * hreflang alternates and the canonical URL of a page that exists in every
 * language. Paths stay relative unless SITE_URL is set (then Next prefixes
 * them with metadataBase).
 */
import type { Metadata } from 'next';
import { DEFAULT_LANG, LANGS, LANG_CONFIG, type Lang } from './i18n/config';

export function alternates(pathIn: (lang: Lang) => string, current: Lang): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {};
  for (const l of LANGS) languages[LANG_CONFIG[l].tag] = pathIn(l);
  languages['x-default'] = pathIn(DEFAULT_LANG);
  return { canonical: pathIn(current), languages };
}
