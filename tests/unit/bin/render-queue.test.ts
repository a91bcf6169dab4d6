import { describe, expect, it } from 'vitest';
import { createRenderQueue } from '../../../bin/render-queue.js';
import { badTarget, rendersPerRequest } from '../../../bin/request-rules.js';

/** A job that runs until `finish()` is called, recording when it started. */
function gate(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((r) => (finish = r));
  return {
    run: () => {
      log.push(name);
      return done;
    },
    finish: () => finish(),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('render queue', () => {
  it('runs at most `concurrency` jobs at once, the others in arrival order', async () => {
    const q = createRenderQueue({ concurrency: 2, capacity: 10 });
    const log: string[] = [];
    const jobs = ['a', 'b', 'c', 'd'].map((n) => gate(log, n));
    const results = jobs.map((j) => q.push(j.run));
    await tick();
    expect(log).toEqual(['a', 'b']);
    expect([q.running, q.waiting]).toEqual([2, 2]);
    jobs[1]!.finish();
    await tick();
    expect(log).toEqual(['a', 'b', 'c']);
    jobs[0]!.finish();
    await tick();
    expect(log).toEqual(['a', 'b', 'c', 'd']);
    jobs[2]!.finish();
    jobs[3]!.finish();
    expect(await Promise.all(results)).toEqual(['done', 'done', 'done', 'done']);
    expect([q.running, q.waiting]).toEqual([0, 0]);
  });

  it('drops a job whose client left before its turn, without running it', async () => {
    const q = createRenderQueue({ concurrency: 1 });
    const log: string[] = [];
    const first = gate(log, 'first');
    const gone = gate(log, 'gone');
    const last = gate(log, 'last');
    const p1 = q.push(first.run);
    const p2 = q.push(gone.run, () => true);
    const p3 = q.push(last.run);
    first.finish();
    expect(await p2).toBe('cancelled');
    last.finish();
    expect([await p1, await p3]).toEqual(['done', 'done']);
    expect(log).toEqual(['first', 'last']);
  });

  it('refuses at once when `capacity` jobs already wait, and accepts again once they ran', async () => {
    const q = createRenderQueue({ concurrency: 1, capacity: 1 });
    const log: string[] = [];
    const a = gate(log, 'a');
    const b = gate(log, 'b');
    const pa = q.push(a.run);
    const pb = q.push(b.run);
    expect(await q.push(() => log.push('c'))).toBe('refused');
    a.finish();
    b.finish();
    await Promise.all([pa, pb]);
    expect(await q.push(() => log.push('d'))).toBe('done');
    expect(log).toEqual(['a', 'b', 'd']);
  });

  it('goes on after a job that throws or rejects', async () => {
    const q = createRenderQueue({ concurrency: 1 });
    const results = await Promise.all([
      q.push(() => {
        throw new Error('render failed');
      }),
      q.push(() => Promise.reject(new Error('stream failed'))),
      q.push(() => 'fine'),
    ]);
    expect(results).toEqual(['done', 'done', 'done']);
    expect(q.running).toBe(0);
  });

  it('rejects nonsense limits', () => {
    expect(() => createRenderQueue({ concurrency: 0 })).toThrow(/concurrency/);
    expect(() => createRenderQueue({ concurrency: 1.5 })).toThrow(/concurrency/);
    expect(() => createRenderQueue({ capacity: -1 })).toThrow(/capacity/);
  });
});

describe('what waits in the queue', () => {
  it('queues lookups and router fetches, not prerendered pages or framework files', () => {
    expect(rendersPerRequest('/?q=0x87D1FDE8')).toBe(true);
    expect(rendersPerRequest('/en/search?q=sense')).toBe(true);
    expect(rendersPerRequest('/fr/sense-event-5?_rsc=abc')).toBe(true);
    expect(rendersPerRequest('/fr/sense-event-5')).toBe(false);
    expect(rendersPerRequest('/')).toBe(false);
    expect(rendersPerRequest('/_next/static/chunks/a.js?v=1')).toBe(false);
    expect(rendersPerRequest(undefined)).toBe(false);
  });

  it('with the build\'s prerendered paths, queues every render: the home page, unknown paths; not pages nor files', () => {
    const prerendered = new Set(['/en', '/fr', '/fr/sense-event-5', '/en/sense-event-5']);
    expect(rendersPerRequest('/', prerendered)).toBe(true);
    expect(rendersPerRequest('/fr/no-such-entry', prerendered)).toBe(true);
    expect(rendersPerRequest('/fr/sense-event-5', prerendered)).toBe(false);
    expect(rendersPerRequest('/fr/sense-event-5/', prerendered)).toBe(false);
    expect(rendersPerRequest('/en', prerendered)).toBe(false);
    expect(rendersPerRequest('/sitemap.xml', prerendered)).toBe(false);
    expect(rendersPerRequest('/_next/static/chunks/a.js', prerendered)).toBe(false);
    expect(rendersPerRequest('/fr/sense-event-5?q=1', prerendered)).toBe(true);
  });

  it('refuses request targets that are not a path: `*`, absolute URLs, protocol-relative paths', () => {
    expect(badTarget('/fr/sense-event-5')).toBeUndefined();
    expect(badTarget('/')).toBeUndefined();
    expect(badTarget('*')).toMatch(/must be a path/);
    expect(badTarget('http://evil.example/en/sense-event-5')).toMatch(/must be a path/);
    expect(badTarget('//evil.example/x')).toMatch(/must not start with \/\//);
    expect(badTarget(undefined)).toMatch(/must be a path/);
  });
});

