import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEntriesByKind } from '@/lib/content/loader';
import { LANGS, type Lang } from '@/lib/content/schema';
import { KIND_LABELS, codeBadges } from '@/lib/labels';
import { CATEGORY_SLUGS, entryPath, kindFromCategorySlug } from '@/lib/routes';

type Params = { lang: string; category: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return Object.values(CATEGORY_SLUGS).map((category) => ({ lang: 'fr', category }));
}

function resolve(params: Params) {
  const kind = kindFromCategorySlug(params.category);
  if (!kind || !(LANGS as readonly string[]).includes(params.lang)) return undefined;
  return { kind, lang: params.lang as Lang };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const r = resolve(await params);
  if (!r) return {};
  return { title: KIND_LABELS[r.kind].plural, description: KIND_LABELS[r.kind].description };
}

export default async function CategoryPage({ params }: { params: Promise<Params> }) {
  const r = resolve(await params);
  if (!r) notFound();
  const entries = getEntriesByKind(r.kind, r.lang);
  const labels = KIND_LABELS[r.kind];
  const isGuide = r.kind === 'guide';
  return (
    <>
      <nav aria-label="Fil d’Ariane" className="breadcrumb">
        <ol>
          <li>
            <Link href="/">Accueil</Link>
          </li>
          <li aria-current="page">{labels.plural}</li>
        </ol>
      </nav>
      <h1>{labels.plural}</h1>
      <p className="lead">{labels.description}</p>
      <div className="table-wrap">
        <table className="entry-table">
          <caption className="sr-only">
            {labels.plural} : {entries.length} entrées
          </caption>
          <thead>
            <tr>
              {isGuide ? null : <th scope="col">Code</th>}
              <th scope="col">{isGuide ? 'Guide' : 'Titre'}</th>
              <th scope="col">{r.kind === 'sense-event' || r.kind === 'mdm-event' ? 'Message (anglais)' : 'En bref'}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                {isGuide ? null : (
                  <td className="code-cell">
                    {codeBadges(e).slice(0, 2).map((b) => (
                      <span key={b} className="badge badge-code">
                        {b}
                      </span>
                    ))}
                  </td>
                )}
                <th scope="row">
                  <Link href={entryPath(e.id, e.lang)}>{e.title}</Link>
                </th>
                <td className="muted">{e.messages ? e.messages.en[0] : (e.errorType?.fr ?? e.summary)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
