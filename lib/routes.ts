/**
 * Every URL the portal prints is built here, so the public contract (ids in
 * paths, fragments for steps and branches) lives in one file. These URLs are
 * bookmarked and pasted into tickets: change them only by adding redirects.
 *
 * Each page has a twin in every language at the same id and anchors:
 * `/fr/sense-event-5#step-1` ↔ `/en/sense-event-5#step-1`. The French home
 * stays at `/` (it was the whole site before the English edition).
 */
import type { EntryKind, SourceArticle } from './content/schema';
import { DEFAULT_LANG, LANGS, LANG_CONFIG, isLang, type Lang } from './i18n/config';
import { valuesToSearch, type RunbookValue } from './runbook/values';

export { DEFAULT_LANG };

export const CATEGORY_SLUGS = {
  'script-event': 'script-events',
  'sense-event': 'sense-events',
  'intune-error': 'intune-errors',
  'mdm-event': 'mdm-events',
  'compliance-case': 'compliance-cases',
  guide: 'guides',
  'installer-exit': 'installer-exits',
} as const satisfies Record<EntryKind, string>;
export type CategorySlug = (typeof CATEGORY_SLUGS)[EntryKind];

/** Fixed section ids of the entry template; body headings must not reuse them. */
export const ENTRY_SECTION_IDS = ['message', 'cause', 'resolution', 'branches', 'details', 'related', 'source'] as const;

export function homePath(lang: Lang = DEFAULT_LANG): string {
  return lang === DEFAULT_LANG ? '/' : `/${lang}`;
}

export function entryPath(id: string, lang: Lang = DEFAULT_LANG): string {
  return `/${lang}/${id}`;
}

export function anchorPath(id: string, anchor: string, lang: Lang = DEFAULT_LANG): string {
  return `${entryPath(id, lang)}#${anchor}`;
}

export function categoryPath(kind: EntryKind, lang: Lang = DEFAULT_LANG): string {
  return `/${lang}/categories/${CATEGORY_SLUGS[kind]}`;
}

export function kindFromCategorySlug(slug: string): EntryKind | undefined {
  const found = (Object.entries(CATEGORY_SLUGS) as [EntryKind, string][]).find(([, s]) => s === slug);
  return found?.[0];
}

export function lookupPath(query?: string, lang: Lang = DEFAULT_LANG): string {
  const base = `/${lang}/${LANG_CONFIG[lang].lookupSlug}`;
  return query ? `${base}?q=${encodeURIComponent(query)}` : base;
}

/**
 * Where a resolution card leads: the entry, carrying the values read from the
 * paste (for the ticket summary) and opened at the branch the paste points to.
 */
export function resultPath(url: string, values: readonly RunbookValue[], anchor?: string): string {
  return `${url}${valuesToSearch(values)}${anchor ? `#${anchor}` : ''}`;
}

/** A section of one of the two Microsoft Learn articles, in the reader's language. */
export function sourceArticleUrl(article: SourceArticle, section: string, lang: Lang): string {
  // The installer is an MIT script on GitHub, not a Learn article; its sections are the script's exit names.
  if (article === 'install-ps1') return `https://github.com/microsoft/mdefordownlevelserver/blob/main/Install.ps1`;
  return `https://learn.microsoft.com/${LANG_CONFIG[lang].learnLocale}/defender-endpoint/${article}#${section}`;
}

/**
 * Base URL for absolute links (sitemap, ticket summaries, CLI). Empty when
 * SITE_URL is not set: a relative link is honest, a localhost one is wrong
 * everywhere but on the build machine.
 */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL ?? '').replace(/\/+$/, '');
}

export type ParsedInternalHref = { path: string; anchor?: string };

/** Splits `/fr/x#step-2` into path and anchor; returns undefined for external links. */
export function parseInternalHref(href: string): ParsedInternalHref | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const [pathAndQuery, anchor] = href.split('#', 2);
  const path = (pathAndQuery ?? '').split('?')[0] ?? '';
  return anchor ? { path, anchor } : { path };
}

/** The language a portal path is in: `/en/...` is English, `/` and `/fr/...` French. */
export function langOfPath(pathname: string): Lang {
  const first = pathname.split('/')[1] ?? '';
  return isLang(first) ? first : DEFAULT_LANG;
}

/**
 * The same page in another language, keeping query and fragment: the home,
 * the lookup page (its slug differs per language), a category or an entry.
 * Paths the portal does not know keep their shape with the language swapped.
 */
export function twinPath(pathname: string, search: string, hash: string, to: Lang): string {
  const segments = pathname.split('/').filter(Boolean);
  if (isLang(segments[0])) segments.shift();
  let path: string;
  if (segments.length === 0) path = homePath(to);
  else if (segments.length === 1 && LANGS.some((l) => LANG_CONFIG[l].lookupSlug === segments[0])) path = lookupPath(undefined, to);
  else path = `/${to}/${segments.join('/')}`;
  return `${path}${search}${hash}`;
}
