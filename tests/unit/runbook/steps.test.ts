import { describe, expect, it } from 'vitest';
import { countProgress, plainLabel, progressText, runbookData, visibleSteps } from '@/lib/runbook/steps';
import { contentVersion } from '@/lib/runbook/version';
import { BRANCHES, ENTRY, STEPS } from './fixtures';

describe('runbookData', () => {
  it('flattens branch steps then common steps, with plain labels', () => {
    const data = runbookData(ENTRY);
    expect(data.steps).toEqual(STEPS);
    expect(data.branches).toEqual(BRANCHES);
    expect(data.version).toBe(contentVersion([...ENTRY.causes.flatMap((c) => c.steps), ...ENTRY.steps]));
  });

  it('has no branch key on common steps', () => {
    for (const s of runbookData(ENTRY).steps.filter((x) => x.id.startsWith('step-'))) expect('branch' in s).toBe(false);
  });

  it('works for an entry without causes', () => {
    const data = runbookData({ steps: ENTRY.steps, causes: [] });
    expect(data.branches).toEqual([]);
    expect(data.steps.map((s) => s.branch)).toEqual([undefined, undefined]);
  });

  it('makes one-line plain text of inline Markdown', () => {
    expect(plainLabel('Ouvrez **Observateur\nd’événements** et `eventvwr`  .')).toBe('Ouvrez Observateur d’événements et eventvwr .');
  });
});

describe('visibleSteps and countProgress', () => {
  const done = new Set(['proxy-1', 'service-1', 'step-1', 'ghost']);

  it('counts every step without a pick', () => {
    expect(visibleSteps(STEPS, undefined)).toHaveLength(5);
    expect(countProgress(STEPS, done, undefined)).toEqual({ done: 3, total: 5 });
  });

  it('counts the picked branch plus the common steps', () => {
    expect(visibleSteps(STEPS, 'cause-proxy').map((s) => s.id)).toEqual(['proxy-1', 'proxy-2', 'step-1', 'step-2']);
    expect(countProgress(STEPS, done, 'cause-proxy')).toEqual({ done: 2, total: 4 });
    expect(countProgress(STEPS, done, 'cause-service')).toEqual({ done: 2, total: 3 });
  });

  it('treats a branch no step belongs to as no pick', () => {
    expect(countProgress(STEPS, done, 'cause-nope')).toEqual({ done: 3, total: 5 });
    expect(countProgress([], done, undefined)).toEqual({ done: 0, total: 0 });
  });
});

describe('progressText', () => {
  it('agrees in number', () => {
    expect(progressText(2, 5, 'fr')).toBe('2 sur 5 étapes faites');
    expect(progressText(0, 2, 'fr')).toBe('0 sur 2 étapes faites');
    expect(progressText(1, 1, 'fr')).toBe('1 sur 1 étape faite');
  });
});
