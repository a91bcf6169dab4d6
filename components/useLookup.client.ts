'use client';

/**
 * The lookup engine for the search box, loaded only when the box is used:
 * the index is a static JSON file (fetched once, cached by the browser) and
 * the engine a separate chunk, so a page with a search box ships neither in
 * its first load. Ordinary queries run on the main thread (well under a
 * millisecond: the cards paint in the same frame as the keystroke); pastes
 * past WORKER_THRESHOLD characters go to a Web Worker, so typing never blocks.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '@/lib/i18n/config';
import type { LookupEngine } from '@/lib/lookup/engine';
import type { LookupRecord, LookupResponse } from '@/lib/lookup/types';
import type { WorkerReply, WorkerRequest } from '@/lib/lookup/worker';

/** Past this many characters a query is read off the main thread. */
export const WORKER_THRESHOLD = 20_000;

type Loaded = { engine: LookupEngine; byId: ReadonlyMap<string, LookupRecord> };
type Fetched = {
  createLookupEngine: typeof import('@/lib/lookup/engine').createLookupEngine;
  parseLookupIndex: typeof import('@/lib/lookup/index-data').parseLookupIndex;
  json: unknown;
};

export type LookupState = {
  /** The answer to show: the last one while a long paste is being read (then `busy`). */
  response: LookupResponse;
  /** Records by id, for the cards: the page's own until the index is loaded. */
  records: ReadonlyMap<string, LookupRecord>;
  /** True while the index loads or a paste is read in the worker. */
  busy: boolean;
  /** Set when the index could not be loaded: the box says so instead of failing silently. */
  failed: boolean;
  /** Builds the engine (focus, first keystroke), fetching what it needs first if prefetch() has not. */
  warm(): void;
  /** Fetches the index and the engine's chunk without building anything: network only, for idle time. */
  prefetch(): void;
};

const EMPTY: LookupResponse = { query: '', status: 'empty', results: [] };

export function useLookup(options: {
  lang: Lang;
  indexUrl: string;
  query: string;
  /** The server's answer for the query the page was rendered with, and the records its cards need. */
  initial: { query: string; response: LookupResponse; records: LookupRecord[] };
}): LookupState {
  const { lang, indexUrl, query, initial } = options;
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [failed, setFailed] = useState(false);
  const [workerAnswer, setWorkerAnswer] = useState<{ seq: number; query: string; response: LookupResponse } | undefined>();
  const loading = useRef<Promise<void> | undefined>(undefined);
  const worker = useRef<Worker | undefined>(undefined);
  const seq = useRef(0);

  const fetched = useRef<Promise<Fetched> | undefined>(undefined);

  // Fetching is cheap for the main thread; building the engine is not (a long task on a slow phone). So the
  // page fetches when idle and builds only when someone is about to type: an untouched page never pays for it.
  const prefetch = useCallback((): Promise<Fetched> => {
    fetched.current ??= (async () => {
      const [engine, indexData, response] = await Promise.all([import('@/lib/lookup/engine'), import('@/lib/lookup/index-data'), fetch(indexUrl)]);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return { createLookupEngine: engine.createLookupEngine, parseLookupIndex: indexData.parseLookupIndex, json: (await response.json()) as unknown };
    })();
    return fetched.current;
  }, [indexUrl]);

  // For idle time: a failure there is not reported but forgotten, so warm() fetches again (and says so if that fails).
  const prefetchQuietly = useCallback(
    () =>
      void prefetch().catch(() => {
        fetched.current = undefined;
      }),
    [prefetch],
  );

  const warm = useCallback(() => {
    if (loading.current) return;
    loading.current = (async () => {
      try {
        const { createLookupEngine, parseLookupIndex, json } = await prefetch();
        const index = parseLookupIndex(json, lang);
        setLoaded({
          engine: createLookupEngine(index.records, { lang, vocabulary: index.vocabulary }),
          byId: new Map(index.records.map((r) => [r.id, r])),
        });
      } catch {
        fetched.current = undefined;
        loading.current = undefined;
        setFailed(true);
      }
    })();
  }, [prefetch, lang]);

  const long = query.length > WORKER_THRESHOLD;

  // The worker is made on the first long paste only, and lives as long as the box.
  useEffect(() => {
    if (!long) return;
    if (!worker.current) {
      const w = new Worker(new URL('../lib/lookup/worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'result') {
          setWorkerAnswer((prior) => (prior && prior.seq > reply.seq ? prior : { seq: reply.seq, query: reply.response.query, response: reply.response }));
        }
        else if (reply.type === 'failed') setFailed(true);
      };
      w.postMessage({ type: 'load', url: indexUrl, lang } satisfies WorkerRequest);
      worker.current = w;
    }
    const n = ++seq.current;
    worker.current.postMessage({ type: 'lookup', seq: n, query } satisfies WorkerRequest);
  }, [long, query, indexUrl, lang]);

  useEffect(() => () => worker.current?.terminate(), []);

  // Anything typed needs the index; the page's own query does not (the server answered it).
  useEffect(() => {
    if (query !== initial.query) warm();
  }, [query, initial.query, warm]);

  const [initialRecords] = useState<ReadonlyMap<string, LookupRecord>>(() => new Map(initial.records.map((r) => [r.id, r])));
  const records = loaded?.byId ?? initialRecords;

  let response: LookupResponse | undefined;
  if (!query.trim()) response = EMPTY;
  else if (query === initial.query) response = initial.response;
  // Only the answer to this very text: a slower answer to an earlier paste is never shown for it.
  else if (long) response = workerAnswer?.query === query ? workerAnswer.response : undefined;
  else if (loaded) response = loaded.engine.lookup(query);

  // While a long paste is read (or the index loads), the last answer stays on screen, marked busy.
  const shown = response ?? workerAnswer?.response ?? initial.response;
  return { response: shown, records, busy: response === undefined && !failed, failed, warm, prefetch: prefetchQuietly };
}
