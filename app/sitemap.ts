import type { MetadataRoute } from 'next';
import { getEntries } from '@/lib/content/loader';
import { ENTRY_KINDS } from '@/lib/content/schema';
import { categoryPath, entryPath, homePath, lookupPath, siteUrl } from '@/lib/routes';

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return [
    { url: `${base}${homePath()}`, priority: 1 },
    { url: `${base}${lookupPath()}`, priority: 0.5 },
    ...ENTRY_KINDS.map((kind) => ({ url: `${base}${categoryPath(kind)}`, priority: 0.7 })),
    ...getEntries('fr').map((e) => ({ url: `${base}${entryPath(e.id)}`, priority: 0.8 })),
  ];
}
