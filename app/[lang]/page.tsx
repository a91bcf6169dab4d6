import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RememberedLanguage } from '@/components/RememberedLanguage.client';
import { SearchPanel } from '@/components/SearchPanel.client';
import { getEntriesByKind } from '@/lib/content/loader';
import { ENTRY_KINDS } from '@/lib/content/schema';
import { dictionary, isLang } from '@/lib/i18n';
import { getLookupRecords } from '@/lib/lookup/corpus';
import { shortCode } from '@/lib/labels';
import { alternates } from '@/lib/metadata';
import { categoryPath, entryPath, homePath } from '@/lib/routes';

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  return { alternates: alternates((l) => homePath(l), lang) };
}

/** The home page of each language: `/` in French (through a rewrite of /fr), `/en` in English. */
export default async function HomePage({ params, searchParams }: Props) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const t = dictionary(lang);
  const { q } = await searchParams;
  const initialQuery = typeof q === 'string' ? q : '';
  return (
    <>
      <RememberedLanguage lang={lang} />
      <h1>{t.home.heading}</h1>
      <p className="lead">{t.home.lead}</p>
      <SearchPanel lang={lang} records={getLookupRecords(lang)} initialQuery={initialQuery} path={homePath(lang)} />
      <div className="category-grid">
        {ENTRY_KINDS.map((kind) => (
          <section key={kind} aria-labelledby={`cat-${kind}`}>
            <h2 id={`cat-${kind}`}>
              <Link href={categoryPath(kind, lang)}>{t.kinds[kind].plural}</Link>
            </h2>
            <p className="muted">{t.kinds[kind].description}</p>
            <ul>
              {getEntriesByKind(kind, lang).map((e) => {
                const code = shortCode(e, lang);
                return (
                  <li key={e.id}>
                    <Link href={entryPath(e.id, lang)}>{e.title}</Link>
                    {code ? <span className="sr-only"> ({code})</span> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
