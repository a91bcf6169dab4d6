import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEntriesByKind } from '@/lib/content/loader';
import { LANGS, dictionary, isLang } from '@/lib/i18n';
import { codeBadges } from '@/lib/labels';
import { alternates } from '@/lib/metadata';
import { CategoryBrowser, type BrowserGroup, type BrowserRow } from '@/components/CategoryBrowser.client';
import { ChevronRightIcon, badgeNeutral, codeChip } from '@/components/ui';
import { SENSOR_AREAS } from '@/lib/content/schema';
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

const th = 'px-4 py-2.5 text-start text-caption font-semibold tracking-wide text-muted uppercase';

export default async function CategoryPage({ params }: { params: Promise<Params> }) {
  const r = resolve(await params);
  if (!r) notFound();
  const t = dictionary(r.lang);
  const entries = getEntriesByKind(r.kind, r.lang);
  const labels = t.kinds[r.kind];
  const isGuide = r.kind === 'guide';
  const hasMessages = r.kind === 'sense-event' || r.kind === 'mdm-event';
  // Entries that say which part of the sensor they concern (the SENSE catalogue) are browsed by part, with a filter.
  const byArea = entries.some((e) => e.sensorArea);
  const groups: BrowserGroup[] = byArea
    ? SENSOR_AREAS.map((area) => ({
        id: area,
        label: t.sensorAreas[area],
        rows: entries
          .filter((e) => e.sensorArea === area)
          .map((e): BrowserRow => ({
            id: e.id,
            href: entryPath(e.id, e.lang),
            codes: codeBadges(e, r.lang).slice(0, 1),
            title: e.title,
            text: e.messages?.[0] ?? e.providerMessages?.[0] ?? e.summary,
            cls: e.documented ? e.eventClass : ('undocumented' as const),
          })),
      })).filter((g) => g.rows.length)
    : [];
  const classes = (['error', 'warning', 'notification', 'undocumented'] as const).map((id) => ({ id, label: t.eventClasses[id] }));
  return (
    <>
      <nav aria-label={t.site.breadcrumb} className="breadcrumb text-small">
        <ol className="flex flex-wrap items-center gap-x-1 text-muted">
          <li>
            <Link href={homePath(r.lang)} className="text-muted no-underline hover:text-fg hover:underline">
              {t.site.home}
            </Link>
          </li>
          <li aria-current="page" className="flex items-center gap-1 text-fg">
            <ChevronRightIcon className="size-3.5 text-muted" />
            {labels.plural}
          </li>
        </ol>
      </nav>
      <div className="mt-4 flex flex-wrap items-baseline gap-x-3 gap-y-2">
        <h1 className="text-2xl/tight font-bold tracking-tight sm:text-title">{labels.plural}</h1>
        <span className={badgeNeutral}>{t.category.entries(entries.length)}</span>
      </div>
      <p className="lead mt-2 max-w-reading text-muted sm:text-lg">{labels.description}</p>
      {byArea ? (
        <CategoryBrowser
          lang={r.lang}
          groups={groups}
          classes={classes}
          headers={{ code: t.category.code, title: t.category.title, text: t.category.message }}
        />
      ) : (
      /* From md up a table; below, each row reflows into a block, so no column is ever cut off. */
      <div className="table-wrap mt-6 md:overflow-hidden md:rounded-card md:border md:border-line md:shadow-card">
        <table className="entry-table w-full border-collapse text-small max-md:block">
          <caption className="sr-only">
            {labels.plural}
            {t.runbook.colon}
            {t.category.entries(entries.length)}
          </caption>
          <thead className="bg-surface max-md:sr-only">
            <tr>
              {isGuide ? null : (
                <th scope="col" className={th}>
                  {t.category.code}
                </th>
              )}
              <th scope="col" className={th}>
                {isGuide ? t.category.guide : t.category.title}
              </th>
              <th scope="col" className={th}>
                {hasMessages ? t.category.message : t.category.summary}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line max-md:block max-md:border-y max-md:border-line">
            {entries.map((e) => (
              <tr key={e.id} className="align-top transition-colors hover:bg-surface max-md:flex max-md:flex-col max-md:gap-1.5 max-md:py-4">
                {isGuide ? null : (
                  <td className="code-cell px-4 py-3 max-md:p-0 md:w-px md:whitespace-nowrap">
                    <span className="flex flex-wrap gap-1.5">
                      {codeBadges(e, r.lang)
                        .slice(0, 2)
                        .map((b) => (
                          <span key={b} className={codeChip}>
                            {b}
                          </span>
                        ))}
                    </span>
                  </td>
                )}
                <th scope="row" className="px-4 py-3 text-start font-medium max-md:p-0 md:w-2/5">
                  <Link href={entryPath(e.id, e.lang)} className="no-underline hover:underline">
                    {e.title}
                  </Link>
                </th>
                <td className="px-4 py-3 text-muted wrap-anywhere max-md:p-0">{e.messages?.[0] ?? e.errorType ?? e.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      )}
    </>
  );
}
