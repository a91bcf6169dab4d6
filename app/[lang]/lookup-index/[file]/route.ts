/**
 * The lookup index of a language as a static JSON file, built at build time
 * at a content-hashed URL (/fr/lookup-index/<hash>.json): fetched by the
 * search box on first use, cacheable forever, never embedded in a page.
 */
import { LANGS, isLang } from '@/lib/i18n';
import { getLookupIndex } from '@/lib/lookup/corpus';

export const dynamic = 'force-static';
export const dynamicParams = false;

type Params = { lang: string; file: string };

export function generateStaticParams(): Params[] {
  return LANGS.map((lang) => ({ lang, file: `${getLookupIndex(lang).version}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { lang, file } = await params;
  if (!isLang(lang) || file !== `${getLookupIndex(lang).version}.json`) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(getLookupIndex(lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
