/** The worker's protocol, run in Node with a stand-in for the worker's global scope. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerRequest, WorkerResponse } from '../../../lib/logs/protocol';
import { input, records } from './helpers';

const sent: WorkerResponse[] = [];
let listener: ((event: MessageEvent<WorkerRequest>) => void) | undefined;
const original = (globalThis as { self?: unknown }).self;

beforeAll(async () => {
  (globalThis as { self?: unknown }).self = {
    postMessage: (m: WorkerResponse) => sent.push(m),
    addEventListener: (_: string, fn: (event: MessageEvent<WorkerRequest>) => void) => {
      listener = fn;
    },
  };
  await import('../../../lib/logs/worker');
});

afterAll(() => {
  (globalThis as { self?: unknown }).self = original;
});

function post(request: WorkerRequest): void {
  listener?.({ data: request } as MessageEvent<WorkerRequest>);
}

async function until(pred: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !pred(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('lib/logs/worker.ts', () => {
  it('reads the files it is given and answers with progress, then the report', async () => {
    post({ type: 'read', id: 1, inputs: [input('sense.evtx')], records: records('en'), lang: 'en' });
    await until(() => sent.some((m) => m.type === 'done' && m.id === 1));
    const done = sent.find((m) => m.type === 'done' && m.id === 1);
    expect(done?.type === 'done' && done.report.entries.map((e) => e.id)).toEqual(['sense-event-5', 'sense-event-63']);
    expect(done?.type === 'done' && done.cancelled).toBe(false);
    expect(sent.some((m) => m.type === 'progress' && m.id === 1)).toBe(true);
  });

  it('cancel ends a reading with the partial report, marked cancelled', async () => {
    post({ type: 'read', id: 2, inputs: [input('export.csv'), input('sense.evtx')], records: records('en'), lang: 'en' });
    post({ type: 'cancel', id: 2 });
    await until(() => sent.some((m) => m.type === 'done' && m.id === 2));
    const done = sent.find((m) => m.type === 'done' && m.id === 2);
    expect(done?.type === 'done' && done.cancelled).toBe(true);
  });
});
