import type { MetadataRoute } from 'next';
import { getAllEntries } from '@/lib/content/loader';
import { ENTRY_KINDS } from '@/lib/content/schema';
import { DEFAULT_LANG, LANGS, LANG_CONFIG, type Lang } from '@/lib/i18n';
import { categoryPath, entryPath, homePath, lookupPath, siteUrl } from '@/lib/routes';

// Built once (the static export requires saying so): the sitemap only changes with the content.
export const dynamic = 'force-static';

/** Every page in every language, each listing its twins (hreflang alternates). */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const pages: { path: (lang: Lang) => string; priority: number }[] = [
    { path: (l) => homePath(l), priority: 1 },
    { path: (l) => lookupPath(undefined, l), priority: 0.5 },
    ...ENTRY_KINDS.map((kind) => ({ path: (l: Lang) => categoryPath(kind, l), priority: 0.7 })),
    ...getAllEntries()[DEFAULT_LANG].map((e) => ({ path: (l: Lang) => entryPath(e.id, l), priority: 0.8 })),
  ];
  return pages.flatMap(({ path, priority }) =>
    LANGS.map((lang) => ({
      url: `${base}${path(lang)}`,
      priority,
      alternates: { languages: Object.fromEntries(LANGS.map((l) => [LANG_CONFIG[l].tag, `${base}${path(l)}`])) },
    })),
  );
}
