'use client';

import type { Lang } from '@/lib/content/schema';
import { dictionary } from '@/lib/i18n';
import { useSyncExternalStore } from 'react';
import { valuesFromSearch } from '@/lib/runbook/values';
import { ValueRows } from './ValueList';

const subscribe = () => () => {};
const readSearch = () => window.location.search;
const serverSearch = () => '';

/**
 * The values a lookup read from the pasted error (URL, failure code…), shown on
 * the entry page it led to. Read after hydration: the page itself is static.
 */
export function CarriedValues({ lang }: { lang: Lang }) {
  const t = dictionary(lang).entry;
  const values = valuesFromSearch(useSyncExternalStore(subscribe, readSearch, serverSearch));
  if (!values.length) return null;
  return (
    <aside className="notice carried-values" aria-label={t.carriedLabel}>
      <p>
        <strong>{t.carriedHeading}</strong>
      </p>
      <dl className="facts">
        <ValueRows values={values} />
      </dl>
    </aside>
  );
}
