/**
 * The Web Worker that reads log files off the page's thread, so a 100 MB log
 * leaves the page responsive. Started by components/LogDrop.client.tsx with
 * `new Worker(new URL('../lib/logs/worker.ts', import.meta.url))`; speaks
 * protocol.ts: `read` (files, records, language) → `progress`… then `done`
 * (the report); `cancel` stops a reading, which then ends with the partial
 * report. The files are read here, from the File objects the page handed
 * over; nothing leaves the browser.
 */
import { readLogFiles } from './index';
import type { WorkerRequest, WorkerResponse } from './protocol';

const readings = new Map<number, AbortController>();

function send(message: WorkerResponse): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    readings.get(request.id)?.abort();
    return;
  }
  const controller = new AbortController();
  readings.set(request.id, controller);
  readLogFiles(request.inputs, request.records, request.lang, {
    signal: controller.signal,
    ...(request.limits ? { limits: request.limits } : {}),
    onProgress: (progress) => send({ type: 'progress', id: request.id, progress }),
  })
    .then((report) => send({ type: 'done', id: request.id, report, cancelled: controller.signal.aborted }))
    .catch((error: unknown) => send({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) }))
    .finally(() => readings.delete(request.id));
});
