import { describe, expect, it } from 'vitest';
import { buildLookupIndex, contentHash, lookupIndexPath, parseLookupIndex } from '../../../lib/lookup/index-data';
import { createWorkerHandler, type WorkerReply } from '../../../lib/lookup/worker';
import { FIXTURES } from './fixtures';

const VOCABULARY = { synonyms: [{ term: 'configmgrtool', variants: ['sccm'] }], filler: { fr: [], en: [] } };

describe('the static lookup index', () => {
  it('carries a hash of its content in its URL: same content, same URL; new content, new URL', () => {
    const a = buildLookupIndex('fr', FIXTURES, VOCABULARY);
    expect(buildLookupIndex('fr', FIXTURES, VOCABULARY).version).toBe(a.version);
    const changed = buildLookupIndex('fr', [{ ...FIXTURES[0]!, title: 'x' }, ...FIXTURES.slice(1)], VOCABULARY);
    expect(changed.version).not.toBe(a.version);
    expect(lookupIndexPath('fr', a.version)).toBe(`/fr/lookup-index/${a.version}.json`);
    expect(contentHash('')).toMatch(/^[0-9a-z]{6,12}$/);
  });

  it('refuses a file that is not the index of the language asked for', () => {
    const index = buildLookupIndex('fr', FIXTURES, VOCABULARY);
    expect(parseLookupIndex(JSON.parse(JSON.stringify(index)), 'fr').records).toHaveLength(FIXTURES.length);
    expect(() => parseLookupIndex(index, 'en')).toThrow(/not a lookup index for en/);
    expect(() => parseLookupIndex({ nope: 1 }, 'fr')).toThrow();
    expect(() => parseLookupIndex(null, 'fr')).toThrow();
  });
});

describe('the lookup worker', () => {
  it('loads the index, answers lookups by sequence number, and answers only the newest query asked before it was ready', async () => {
    const replies: WorkerReply[] = [];
    let release: (v: unknown) => void = () => {};
    const handle = createWorkerHandler(
      (r) => replies.push(r),
      () => new Promise((resolve) => (release = resolve)),
    );
    const loading = handle({ type: 'load', url: '/fr/lookup-index/x.json', lang: 'fr' });
    void handle({ type: 'lookup', seq: 1, query: 'SENSE event 5' });
    void handle({ type: 'lookup', seq: 2, query: '0x87D1FDE8' });
    release(JSON.parse(JSON.stringify(buildLookupIndex('fr', FIXTURES, VOCABULARY))));
    await loading;
    expect(replies[0]).toMatchObject({ type: 'ready' });
    expect(replies.filter((r) => r.type === 'result').map((r) => r.type === 'result' && r.seq)).toEqual([2]);
    await handle({ type: 'lookup', seq: 3, query: 'SENSE event 5' });
    const last = replies[replies.length - 1];
    expect(last).toMatchObject({ type: 'result', seq: 3, response: { status: 'found', results: [{ id: 'sense-event-5' }] } });
  });

  it('says so when the index cannot be loaded', async () => {
    const replies: WorkerReply[] = [];
    const handle = createWorkerHandler((r) => replies.push(r), async () => ({ broken: true }));
    await handle({ type: 'load', url: '/x', lang: 'fr' });
    expect(replies).toEqual([{ type: 'failed', message: 'not a lookup index for fr' }]);
  });
});
