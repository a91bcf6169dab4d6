import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEntriesByKind } from '@/lib/content/loader';
import { LANGS, dictionary, isLang } from '@/lib/i18n';
import { codeBadges } from '@/lib/labels';
import { alternates } from '@/lib/metadata';
import { CATEGORY_SLUGS, categoryPath, entryPath, homePath, kindFromCategorySlug } from '@/lib/routes';

type Params = { lang: string; category: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return LANGS.flatMap((lang) => Object.values(CATEGORY_SLUGS).map((category) => ({ lang, category })));
}

function resolve(params: Params) {
  const kind = kindFromCategorySlug(params.category);
  if (!kind || !isLang(params.lang)) return undefined;
  return { kind, lang: params.lang };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const r = resolve(await params);
  if (!r) return {};
  const labels = dictionary(r.lang).kinds[r.kind];
  return { title: labels.plural, description: labels.description, alternates: alternates((l) => categoryPath(r.kind, l), r.lang) };
}

export default async function CategoryPage({ params }: { params: Promise<Params> }) {
  const r = resolve(await params);
  if (!r) notFound();
  const t = dictionary(r.lang);
  const entries = getEntriesByKind(r.kind, r.lang);
  const labels = t.kinds[r.kind];
  const isGuide = r.kind === 'guide';
  const hasMessages = r.kind === 'sense-event' || r.kind === 'mdm-event';
  return (
    <>
      <nav aria-label={t.site.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link href={homePath(r.lang)}>{t.site.home}</Link>
          </li>
          <li aria-current="page">{labels.plural}</li>
        </ol>
      </nav>
      <h1>{labels.plural}</h1>
      <p className="lead">{labels.description}</p>
      <div className="table-wrap">
        <table className="entry-table">
          <caption className="sr-only">
            {labels.plural}{t.runbook.colon}{t.category.entries(entries.length)}
          </caption>
          <thead>
            <tr>
              {isGuide ? null : <th scope="col">{t.category.code}</th>}
              <th scope="col">{isGuide ? t.category.guide : t.category.title}</th>
              <th scope="col">{hasMessages ? t.category.message : t.category.summary}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                {isGuide ? null : (
                  <td className="code-cell">
                    {codeBadges(e, r.lang)
                      .slice(0, 2)
                      .map((b) => (
                        <span key={b} className="badge badge-code">
                          {b}
                        </span>
                      ))}
                  </td>
                )}
                <th scope="row">
                  <Link href={entryPath(e.id, e.lang)}>{e.title}</Link>
                </th>
                <td className="muted">{e.messages?.[0] ?? e.errorType ?? e.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
