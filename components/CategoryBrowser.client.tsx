'use client';

/**
 * A long category (the SENSE catalogue: about 170 events) as people browse
 * it: grouped by the part of the sensor, the kind of event on every row, and
 * a filter that narrows the list as you type (an ID, words of the title or of
 * the message) and by kind of event. The page is rendered whole on the
 * server, so it reads and links without JavaScript; the filter only hides
 * rows. Typing stays responsive: the list follows a deferred copy of the text.
 */
import Link from 'next/link';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Lang } from '@/lib/i18n/config';
import { islands } from '@/lib/i18n/islands';
import { codeChip, cx, eventClassBadge } from './ui';

export type BrowserClass = keyof typeof eventClassBadge;

export type BrowserRow = {
  id: string;
  href: string;
  codes: string[];
  title: string;
  text: string;
  cls?: BrowserClass;
};

export type BrowserGroup = { id: string; label: string; rows: BrowserRow[] };

type Props = {
  lang: Lang;
  groups: BrowserGroup[];
  /** The label of each kind of event, in the page's language, in the order the filter offers them. */
  classes: { id: BrowserClass; label: string }[];
  headers: { code: string; title: string; text: string };
};

/** Lower case, accents off: "evenement" finds "événement". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const th = 'px-4 py-2.5 text-start text-caption font-semibold tracking-wide text-muted uppercase';

export function CategoryBrowser({ lang, groups, classes, headers }: Props) {
  const t = islands(lang).category;
  const inputId = useId();
  const statusId = useId();
  const [query, setQuery] = useState('');
  const [cls, setCls] = useState<BrowserClass | 'all'>('all');
  const deferred = useDeferredValue(query);

  const index = useMemo(
    () => new Map(groups.flatMap((g) => g.rows.map((r) => [r.id, fold([r.id, ...r.codes, r.title, r.text].join(' '))] as const))),
    [groups],
  );
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  const words = fold(deferred).split(/\s+/).filter(Boolean);
  const visible = (r: BrowserRow) => (cls === 'all' || r.cls === cls) && words.every((w) => (index.get(r.id) ?? '').includes(w));
  const shownGroups = groups.map((g) => ({ ...g, rows: g.rows.filter(visible) }));
  const shown = shownGroups.reduce((n, g) => n + g.rows.length, 0);

  return (
    <div className="category-browser mt-6">
      <div className="flex flex-col gap-3 rounded-card border border-line bg-surface p-4 sm:flex-row sm:flex-wrap sm:items-end">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor={inputId} className="text-small font-medium">
            {t.filterLabel}
          </label>
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            placeholder={t.filterPlaceholder}
            aria-describedby={statusId}
            autoComplete="off"
            spellCheck={false}
            data-testid="category-filter"
            className="w-full rounded-control border border-control bg-raised px-3 py-2 text-base sm:text-small"
          />
        </div>
        {classes.length ? (
          <fieldset className="flex flex-wrap items-center gap-1.5">
            <legend className="mb-1 text-small font-medium">{t.classLegend}</legend>
            {[{ id: 'all' as const, label: t.allClasses }, ...classes].map((c) => (
              <label
                key={c.id}
                className={cx(
                  'inline-flex cursor-pointer items-center gap-1.5 rounded-chip border px-2.5 py-1 text-small has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent',
                  cls === c.id ? 'border-accent bg-accent-soft text-accent' : 'border-line bg-raised text-fg',
                )}
              >
                <input type="radio" name="event-class" value={c.id} checked={cls === c.id} onChange={() => setCls(c.id)} className="sr-only" />
                {c.label}
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      <p id={statusId} className="mt-2 text-small text-muted" role="status" aria-live="polite" data-testid="category-count">
        {t.shown(shown, total)}
      </p>
      {shown === 0 ? (
        <p className="mt-4 text-muted">
          {t.none}{' '}
          <button
            type="button"
            className="font-medium text-accent underline"
            onClick={() => {
              setQuery('');
              setCls('all');
            }}
          >
            {t.clear}
          </button>
        </p>
      ) : null}
      {shownGroups.map((g) =>
        g.rows.length ? (
          <section key={g.id} aria-labelledby={`area-${g.id}`} className="mt-8" data-group={g.id}>
            <h2 id={`area-${g.id}`} className="scroll-mt-20 text-subheading font-semibold tracking-tight">
              {g.label} <span className="text-small font-normal text-muted">({g.rows.length})</span>
            </h2>
            <div className="table-wrap mt-3 md:overflow-hidden md:rounded-card md:border md:border-line md:shadow-card">
              <table className="entry-table w-full border-collapse text-small max-md:block">
                <caption className="sr-only">{g.label}</caption>
                <thead className="bg-surface max-md:sr-only">
                  <tr>
                    <th scope="col" className={th}>
                      {headers.code}
                    </th>
                    <th scope="col" className={th}>
                      {headers.title}
                    </th>
                    <th scope="col" className={th}>
                      {headers.text}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line max-md:block max-md:border-y max-md:border-line">
                  {g.rows.map((r) => (
                    <tr key={r.id} className="align-top transition-colors hover:bg-surface max-md:flex max-md:flex-col max-md:gap-1.5 max-md:py-4" data-row={r.id}>
                      <td className="code-cell px-4 py-3 max-md:p-0 md:w-px md:whitespace-nowrap">
                        <span className="flex flex-wrap gap-1.5">
                          {r.codes.map((b) => (
                            <span key={b} className={codeChip}>
                              {b}
                            </span>
                          ))}
                        </span>
                      </td>
                      <th scope="row" className="px-4 py-3 text-start font-medium max-md:p-0 md:w-2/5">
                        <Link href={r.href} className="no-underline hover:underline">
                          {r.title}
                        </Link>
                        {r.cls ? (
                          <span className={cx(eventClassBadge[r.cls], 'ms-2 align-middle')} data-event-class={r.cls}>
                            {classes.find((c) => c.id === r.cls)?.label}
                          </span>
                        ) : null}
                      </th>
                      <td className="px-4 py-3 text-muted wrap-anywhere max-md:p-0">{r.text}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ) : null,
      )}
    </div>
  );
}
