'use client';

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
export function CarriedValues() {
  const values = valuesFromSearch(useSyncExternalStore(subscribe, readSearch, serverSearch));
  if (!values.length) return null;
  return (
    <aside className="notice carried-values" aria-label="Valeurs relevées dans votre recherche">
      <p>
        <strong>Valeurs relevées dans ce que vous avez collé :</strong>
      </p>
      <dl className="facts">
        <ValueRows values={values} />
      </dl>
    </aside>
  );
}
