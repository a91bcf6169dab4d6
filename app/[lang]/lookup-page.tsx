/**
 * The lookup page, shared by its per-language routes (/fr/recherche,
 * /en/search). Each route passes the slug it was reached by; a slug that is
 * not that language's (/en/recherche) is a 404, so each language has exactly
 * one lookup URL.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LogDropPanel } from '@/components/LogDropPanel.client';
import { SearchPanel } from '@/components/SearchPanel.client';
import { LANG_CONFIG, dictionary, isLang, type Lang } from '@/lib/i18n';
import { getLookupIndex, initialLookup } from '@/lib/lookup/corpus';
import { lookupIndexPath } from '@/lib/lookup/index-data';
import { queryParam } from '@/lib/base-path';
import { alternates } from '@/lib/metadata';
import { lookupPath } from '@/lib/routes';

export type LookupPageProps = { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string | string[] }> };

async function resolve(params: LookupPageProps['params'], slug: string): Promise<Lang | undefined> {
  const { lang } = await params;
  return isLang(lang) && LANG_CONFIG[lang].lookupSlug === slug ? lang : undefined;
}

export async function lookupMetadata(params: LookupPageProps['params'], slug: string): Promise<Metadata> {
  const lang = await resolve(params, slug);
  if (!lang) return {};
  const t = dictionary(lang).lookupPage;
  return { title: t.title, description: t.description, alternates: alternates((l) => lookupPath(undefined, l), lang) };
}

export async function LookupPage({ params, searchParams, slug }: LookupPageProps & { slug: string }) {
  const lang = await resolve(params, slug);
  if (!lang) notFound();
  const q = await queryParam(searchParams);
  return (
    <>
      <div className="mx-auto max-w-3xl">
        <h1 className="text-xl/snug font-bold tracking-tight sm:text-title">{dictionary(lang).lookupPage.title}</h1>
      <SearchPanel lang={lang} initial={initialLookup(lang, q)} indexUrl={lookupIndexPath(lang, getLookupIndex(lang).version)} path={lookupPath(undefined, lang)} />
      <LogDropPanel lang={lang} indexUrl={lookupIndexPath(lang, getLookupIndex(lang).version)} />
      </div>
    </>
  );
}
