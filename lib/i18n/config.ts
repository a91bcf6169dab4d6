/**
 * The languages the portal is published in, and everything that differs per
 * language outside the dictionaries: URL slugs, locale tags, the Learn locale.
 * Adding a language means adding it here, a dictionary beside this file and a
 * content/<lang>/ tree; nothing else names a language.
 */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of `/` and of links without a prefix: the portal started in French. */
export const DEFAULT_LANG: Lang = 'fr';

type LangConfig = {
  /** BCP 47 tag for <html lang>, hreflang and Intl formatting. */
  tag: string;
  /** The language's own name, as the language switch shows it. */
  name: string;
  /** Path segment of the lookup page: /fr/recherche, /en/search. */
  lookupSlug: string;
  /** Locale segment of learn.microsoft.com URLs. */
  learnLocale: string;
  /** Creative Commons deed in that language. */
  licenseUrl: string;
};

export const LANG_CONFIG: Record<Lang, LangConfig> = {
  fr: {
    tag: 'fr',
    name: 'Français',
    lookupSlug: 'recherche',
    learnLocale: 'fr-fr',
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.fr',
  },
  en: {
    tag: 'en',
    name: 'English',
    lookupSlug: 'search',
    learnLocale: 'en-us',
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/deed.en',
  },
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The other language(s), for the language switch and hreflang alternates. */
export function otherLangs(lang: Lang): Lang[] {
  return LANGS.filter((l) => l !== lang);
}

/** Where the visitor's language choice is remembered (this browser only). */
export const LANG_STORAGE_KEY = 'mde-lang';

/**
 * The language a terminal asks for: LC_ALL, then LC_MESSAGES, then LANG
 * (POSIX precedence); a value starting with a known language code picks it,
 * anything else (C, POSIX, unset) gives English, the language of most logs.
 */
export function langFromLocale(env: Readonly<Record<string, string | undefined>>): Lang {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const code = raw.toLowerCase().slice(0, 2);
  return isLang(code) ? code : 'en';
}
