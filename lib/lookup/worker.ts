/**
 * The lookup engine in a Web Worker, for the pastes that would hold the main
 * thread too long (a log of a megabyte takes ~50 ms to read, and every
 * keystroke after it would again): the search box posts them here and keeps
 * painting. Loads the static index itself, so the page hands over only its URL.
 *
 * Protocol (structured-clone messages):
 *   in  { type: 'load', url, lang }            → out { type: 'ready', version } | { type: 'failed', message }
 *   in  { type: 'lookup', seq, query, limit? } → out { type: 'result', seq, response }
 */
import type { Lang } from '../i18n/config';
import { createLookupEngine, type LookupEngine } from './engine';
import { parseLookupIndex } from './index-data';
import type { LookupResponse } from './types';

export type WorkerRequest = { type: 'load'; url: string; lang: Lang } | { type: 'lookup'; seq: number; query: string; limit?: number };
export type WorkerReply =
  | { type: 'ready'; version: string }
  | { type: 'failed'; message: string }
  | { type: 'result'; seq: number; response: LookupResponse };

type Scope = { postMessage(message: WorkerReply): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };

/** The message handler, separate from the worker global so tests can drive it. */
export function createWorkerHandler(post: (reply: WorkerReply) => void, load: (url: string) => Promise<unknown>) {
  let engine: LookupEngine | undefined;
  let pending: WorkerRequest[] = [];
  const run = (req: WorkerRequest) => {
    if (req.type !== 'lookup') return;
    if (!engine) {
      pending.push(req);
      return;
    }
    post({ type: 'result', seq: req.seq, response: engine.lookup(req.query, req.limit !== undefined ? { limit: req.limit } : undefined) });
  };
  return async (req: WorkerRequest) => {
    if (req.type === 'lookup') return run(req);
    try {
      const index = parseLookupIndex(await load(req.url), req.lang);
      engine = createLookupEngine(index.records, { lang: index.lang, vocabulary: index.vocabulary });
      post({ type: 'ready', version: index.version });
      const queued = pending;
      pending = [];
      // Only the newest query still matters: the box has moved on from the others.
      const last = queued[queued.length - 1];
      if (last) run(last);
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
}

// In a worker, `self` has no `window`: wire the handler to the worker's own messages.
declare const self: Scope & { window?: unknown };
if (typeof self !== 'undefined' && typeof self.window === 'undefined' && typeof self.postMessage === 'function') {
  const handle = createWorkerHandler(
    (reply) => self.postMessage(reply),
    async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`index ${url}: HTTP ${response.status}`);
      return response.json();
    },
  );
  self.onmessage = (event) => void handle(event.data);
}
