'use client';

/**
 * The log-file drop zone of a lookup page, fed with the language's static
 * lookup index (the same cached file the search box uses), fetched as the page
 * loads: the page itself ships no records.
 */
import { useEffect, useState } from 'react';
import { withBase } from '@/lib/base-path';
import type { Lang } from '@/lib/i18n/config';
import type { LookupRecord } from '@/lib/lookup/types';
import { LogDrop } from './LogDrop.client';

export function LogDropPanel({ lang, indexUrl }: { lang: Lang; indexUrl: string }) {
  const [records, setRecords] = useState<LookupRecord[]>([]);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let alive = true;
    const load = async () => {
      try {
        const [{ parseLookupIndex }, response] = await Promise.all([import('@/lib/lookup/index-data'), fetch(withBase(indexUrl))]);
        if (response.ok) {
          const index = parseLookupIndex(await response.json(), lang);
          if (alive) setRecords(index.records);
        }
      } catch {
        // The drop zone still reads files; it then only lists events by provider and ID.
      } finally {
        if (alive) setReady(true);
      }
    };
    // Right away on a lookup page: a file can be dropped the moment the page shows.
    void load();
    return () => {
      alive = false;
    };
  }, [indexUrl, lang]);
  return <LogDrop lang={lang} records={records} ready={ready} />;
}
