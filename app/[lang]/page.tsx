import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RememberedLanguage } from '@/components/RememberedLanguage.client';
import { SearchPanel } from '@/components/SearchPanel.client';
import { ArrowRightIcon, ChevronRightIcon, badgeNeutral, codeChip, cx, quietLink } from '@/components/ui';
import { getEntriesByKind } from '@/lib/content/loader';
import { ENTRY_KINDS, SENSOR_AREAS } from '@/lib/content/schema';
import { dictionary, isLang } from '@/lib/i18n';
import { getLookupIndex, initialLookup } from '@/lib/lookup/corpus';
import { lookupIndexPath } from '@/lib/lookup/index-data';
import { shortCode } from '@/lib/labels';
import { queryParam } from '@/lib/base-path';
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
  const initialQuery = await queryParam(searchParams);
  return (
    <>
      <RememberedLanguage lang={lang} />
      <div className="mx-auto max-w-3xl">
        <h1 className="text-xl/snug font-bold tracking-tight text-balance sm:text-display">{t.home.heading}</h1>
        <p className="lead mt-1.5 text-small text-muted sm:mt-3 sm:text-lg">{t.home.lead}</p>
      <SearchPanel lang={lang} initial={initialLookup(lang, initialQuery)} indexUrl={lookupIndexPath(lang, getLookupIndex(lang).version)} path={homePath(lang)} />
      </div>
      <section aria-labelledby="categories" className="mx-auto mt-12 max-w-5xl sm:mt-16">
        <h2 id="categories" className="text-heading font-semibold tracking-tight">
          {t.home.categoriesHeading}
        </h2>
        <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {ENTRY_KINDS.map((kind) => {
            const entries = getEntriesByKind(kind, lang);
            // A long catalogue (the SENSE events) is offered by part of the sensor, not as a wall of ID chips.
            const byArea = entries.some((e) => e.sensorArea);
            const byCode = !byArea && kind !== 'guide' && kind !== 'compliance-case';
            const shown = byCode ? entries : byArea ? [] : entries.slice(0, 4);
            const areas = byArea ? SENSOR_AREAS.map((area) => ({ area, n: entries.filter((e) => e.sensorArea === area).length })).filter((a) => a.n) : [];
            return (
              <section
                key={kind}
                aria-labelledby={`cat-${kind}`}
                className="flex flex-col rounded-card border border-line bg-raised p-5 shadow-card transition-shadow hover:shadow-raised"
              >
                <div className="flex items-start justify-between gap-3">
                  <h3 id={`cat-${kind}`} className="text-subheading font-semibold">
                    <Link href={categoryPath(kind, lang)} className={quietLink}>
                      {t.kinds[kind].plural}
                    </Link>
                  </h3>
                  <span className={cx(badgeNeutral, 'mt-0.5')}>{t.home.entryCount(entries.length)}</span>
                </div>
                <p className="mt-1 text-small text-muted">{t.kinds[kind].description}</p>
                {byArea ? (
                  <ul className="mt-3 space-y-1 text-small" data-testid="home-areas">
                    {areas.map(({ area, n }) => (
                      <li key={area} className="flex items-baseline justify-between gap-2">
                        <Link href={`${categoryPath(kind, lang)}#area-${area}`} className={quietLink}>
                          {t.sensorAreas[area]}
                        </Link>
                        <span className="text-caption text-muted tabular-nums">{n}</span>
                      </li>
                    ))}
                  </ul>
                ) : byCode ? (
                  <ul className="mt-4 flex flex-wrap gap-1.5">
                    {shown.map((e) => (
                      <li key={e.id}>
                        <Link
                          href={entryPath(e.id, lang)}
                          title={e.title}
                          className={cx(codeChip, 'min-w-10 justify-center py-1 no-underline hover:border-accent hover:bg-accent-soft hover:text-accent')}
                        >
                          {e.codes ? shortCode(e, lang) : (e.eventId ?? e.caseNumber ?? e.exitCode)}
                          <span className="sr-only"> — {e.title}</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <ul className="mt-3 space-y-1.5 text-small">
                    {shown.map((e) => (
                      <li key={e.id} className="flex gap-2">
                        <ChevronRightIcon className="mt-0.5 size-4 text-muted" />
                        <Link href={entryPath(e.id, lang)} className={quietLink}>
                          {e.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                {byArea || shown.length < entries.length ? (
                  <Link href={categoryPath(kind, lang)} className="mt-auto inline-flex items-center gap-1 pt-4 text-small font-medium no-underline hover:underline">
                    {t.home.seeAll(entries.length)}
                    <ArrowRightIcon className="size-4" />
                  </Link>
                ) : null}
              </section>
            );
          })}
        </div>
      </section>
    </>
  );
}
