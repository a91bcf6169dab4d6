/**
 * Every URL the portal prints is built here, so the public contract (ids in
 * paths, fragments for steps and branches) lives in one file. These URLs are
 * bookmarked and pasted into tickets: change them only by adding redirects.
 */
import type { EntryKind, Lang } from './content/schema';
import { valuesToSearch, type RunbookValue } from './runbook/values';

export const DEFAULT_LANG: Lang = 'fr';

export const CATEGORY_SLUGS = {
  'script-event': 'script-events',
  'sense-event': 'sense-events',
  'intune-error': 'intune-errors',
  'mdm-event': 'mdm-events',
  'compliance-case': 'compliance-cases',
  guide: 'guides',
} as const satisfies Record<EntryKind, string>;
export type CategorySlug = (typeof CATEGORY_SLUGS)[EntryKind];

/** Fixed section ids of the entry template; body headings must not reuse them. */
export const ENTRY_SECTION_IDS = ['message', 'cause', 'resolution', 'branches', 'details', 'related', 'source'] as const;

export function homePath(): string {
  return '/';
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
  const base = `/${lang}/recherche`;
  return query ? `${base}?q=${encodeURIComponent(query)}` : base;
}

/**
 * Where a resolution card leads: the entry, carrying the values read from the
 * paste (for the ticket summary) and opened at the branch the paste points to.
 */
export function resultPath(url: string, values: readonly RunbookValue[], anchor?: string): string {
  return `${url}${valuesToSearch(values)}${anchor ? `#${anchor}` : ''}`;
}

export function sourceArticleUrl(articleBase: string, section: string): string {
  return `${articleBase}#${section}`;
}

/** Base URL for absolute links (sitemap, ticket summaries). */
export function siteUrl(): string {
  const fromEnv = process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL;
  return (fromEnv ?? `http://localhost:${process.env.PORT ?? '3000'}`).replace(/\/+$/, '');
}

export type ParsedInternalHref = { path: string; anchor?: string };

/** Splits `/fr/x#step-2` into path and anchor; returns undefined for external links. */
export function parseInternalHref(href: string): ParsedInternalHref | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const [pathAndQuery, anchor] = href.split('#', 2);
  const path = (pathAndQuery ?? '').split('?')[0] ?? '';
  return anchor ? { path, anchor } : { path };
}
