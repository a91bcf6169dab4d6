'use client';

import type { Lang } from '@/lib/content/schema';
import { islands } from '@/lib/i18n/islands';
import { useSyncExternalStore } from 'react';
import { valuesFromSearch } from '@/lib/runbook/values';
import { ValueRows } from './ValueList';
import { cx, factList } from './ui';

const subscribe = () => () => {};
const readSearch = () => window.location.search;
const serverSearch = () => '';

/**
 * The values a lookup read from the pasted error (URL, failure code…), shown on
 * the entry page it led to. Read after hydration: the page itself is static.
 */
export function CarriedValues({ lang }: { lang: Lang }) {
  const t = islands(lang).entry;
  const values = valuesFromSearch(useSyncExternalStore(subscribe, readSearch, serverSearch));
  if (!values.length) return null;
  return (
    <aside className="notice carried-values mt-5 rounded-card border border-line bg-accent-soft p-4 text-small" aria-label={t.carriedLabel}>
      <p className="font-semibold text-fg">{t.carriedHeading}</p>
      <dl className={cx('facts mt-2', factList)}>
        <ValueRows values={values} />
      </dl>
    </aside>
  );
}
