/**
 * The labelled query set (tests/eval/queries.json) against the real content:
 * the accuracy targets the engine is tuned to, checked on every run. The
 * bench prints the same figures beside a plain Fuse.js baseline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getLookupRecords } from '../../../lib/lookup/corpus';
import { createLookupEngine, type LookupEngine } from '../../../lib/lookup/engine';
import { CATEGORIES, judge, loadQueries, summarize, type EvalQuery, type Verdict } from '../../eval/evaluate';

const queries = loadQueries();
let rows: { q: EvalQuery; correct: boolean; verdict: Verdict }[] = [];
let engine: LookupEngine;

const failures = (filter: (q: EvalQuery) => boolean) =>
  rows.filter((r) => filter(r.q) && !r.correct).map((r) => `[${r.q.category}] ${r.q.query.slice(0, 80)} → ${r.verdict.problems.join('; ')}`);

describe('evaluation set', () => {
  beforeAll(() => {
    engine = createLookupEngine(getLookupRecords('fr'));
    rows = queries.map((q) => {
      const verdict = judge(q, engine.lookup(q.query));
      return { q, correct: verdict.correct, verdict };
    });
  });

  it('is large, labelled and covers every category', () => {
    expect(queries.length).toBeGreaterThanOrEqual(170);
    for (const c of CATEGORIES) expect(queries.filter((q) => q.category === c).length, c).toBeGreaterThan(0);
    const ids = new Set(getLookupRecords('fr').map((r) => r.id));
    for (const q of queries) {
      for (const id of [q.expected, ...(q.expectedAll ?? []), ...(q.expectedAmbiguous ?? [])]) if (id) expect(ids.has(id), `${id} in "${q.query}"`).toBe(true);
    }
  });

  it('labels every script and SENSE event and MDM 1819 with its source', () => {
    const withSource = new Set(queries.filter((q) => q.category === 'event-with-source').map((q) => q.expected));
    const filled = new Set(queries.filter((q) => q.category === 'filled-message').map((q) => q.expected));
    for (const r of getLookupRecords('fr')) {
      if (r.kind === 'script-event' || r.kind === 'sense-event' || r.kind === 'mdm-event') expect(withSource.has(r.id), r.id).toBe(true);
      if (r.messages.en.length) expect(filled.has(r.id), r.id).toBe(true);
    }
  });

  it('reaches 97 % top-1 accuracy overall', () => {
    const overall = summarize(rows).find((s) => s.category === 'overall');
    expect(overall?.accuracy ?? 0, failures(() => true).join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('is exact on codes, events with their source and filled messages', () => {
    expect(failures((q) => q.category === 'exact-code' || q.category === 'event-with-source' || q.category === 'filled-message')).toEqual([]);
  });

  it('returns every entry of a multi-event block, in order', () => {
    expect(failures((q) => q.expectedAll !== undefined)).toEqual([]);
  });

  it('flags event IDs without source as ambiguous, with all their entries', () => {
    expect(failures((q) => q.category === 'ambiguous-event-id')).toEqual([]);
  });

  it('never returns a code or message match for unknown input', () => {
    expect(failures((q) => q.category === 'unknown')).toEqual([]);
  });
});
