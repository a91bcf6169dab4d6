import Link from 'next/link';
import { SearchPanel } from '@/components/SearchPanel.client';
import { getEntriesByKind } from '@/lib/content/loader';
import { ENTRY_KINDS } from '@/lib/content/schema';
import { getLookupRecords } from '@/lib/lookup/corpus';
import { KIND_LABELS, shortCode } from '@/lib/labels';
import { categoryPath, entryPath, homePath } from '@/lib/routes';

type SearchParams = Promise<{ q?: string | string[] }>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const { q } = await searchParams;
  const initialQuery = typeof q === 'string' ? q : '';
  return (
    <>
      <h1>Dépanner l’intégration à Microsoft Defender pour point de terminaison</h1>
      <p className="lead">
        Collez ce que vous voyez — code Intune, ID d’événement, message complet, bloc de l’Observateur d’événements — ou
        décrivez le symptôme : la fiche de résolution s’affiche aussitôt.
      </p>
      <SearchPanel records={getLookupRecords('fr')} initialQuery={initialQuery} path={homePath()} />
      <div className="category-grid">
        {ENTRY_KINDS.map((kind) => (
          <section key={kind} aria-labelledby={`cat-${kind}`}>
            <h2 id={`cat-${kind}`}>
              <Link href={categoryPath(kind)}>{KIND_LABELS[kind].plural}</Link>
            </h2>
            <p className="muted">{KIND_LABELS[kind].description}</p>
            <ul>
              {getEntriesByKind(kind).map((e) => {
                const code = shortCode(e);
                return (
                  <li key={e.id}>
                    <Link href={entryPath(e.id)}>{e.title}</Link>
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
