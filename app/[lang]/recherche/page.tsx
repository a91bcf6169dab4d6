import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchPanel } from '@/components/SearchPanel.client';
import { LANGS, type Lang } from '@/lib/content/schema';
import { getLookupRecords } from '@/lib/lookup/corpus';
import { lookupPath } from '@/lib/routes';

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string | string[] }> };

export const metadata: Metadata = {
  title: 'Recherche',
  description: 'Trouver la fiche de résolution d’un code d’erreur, d’un événement ou d’un message.',
};

export default async function LookupPage({ params, searchParams }: Props) {
  const { lang } = await params;
  if (!(LANGS as readonly string[]).includes(lang) || lang !== 'fr') notFound();
  const { q } = await searchParams;
  return (
    <>
      <h1>Recherche</h1>
      <SearchPanel records={getLookupRecords(lang as Lang)} initialQuery={typeof q === 'string' ? q : ''} path={lookupPath(undefined, lang as Lang)} />
    </>
  );
}
