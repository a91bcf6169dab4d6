import { describe, expect, it } from 'vitest';
import { carriedProgress, parseProgress, serializeProgress, staleKeys, storageKey } from '@/lib/runbook/progress';

const KNOWN = ['step-1', 'step-2', 'proxy-1'];

describe('storageKey', () => {
  it('names the entry and the version', () => {
    expect(storageKey('sense-event-5', 'a1b2c3d4')).toBe('mde-runbook:sense-event-5:a1b2c3d4');
  });
});

describe('parseProgress', () => {
  it('round-trips with serializeProgress', () => {
    const done = new Set(['step-2', 'proxy-1']);
    expect(parseProgress(serializeProgress(done), KNOWN)).toEqual(done);
    expect(serializeProgress(new Set(['step-2', 'proxy-1']))).toBe(serializeProgress(new Set(['proxy-1', 'step-2'])));
    expect(parseProgress(serializeProgress(new Set()), KNOWN)).toEqual(new Set());
  });

  it('drops ids the procedure no longer has', () => {
    expect(parseProgress('["step-1","step-99","__proto__"]', KNOWN)).toEqual(new Set(['step-1']));
  });

  it.each([
    ['null', null],
    ['empty', ''],
    ['broken JSON', '["step-1"'],
    ['an object', '{"step-1":true}'],
    ['a string', '"step-1"'],
    ['a number', '42'],
    ['JSON null', 'null'],
    ['nested arrays', '[["step-1"]]'],
    ['too long', JSON.stringify(['step-1', 'x'.repeat(200_000)])],
  ])('ignores %s without throwing', (_name, raw) => {
    expect(parseProgress(raw, KNOWN)).toEqual(new Set());
  });

  it('keeps the valid items of a mixed array', () => {
    expect(parseProgress('[1,null,{"id":"step-1"},"step-2",true,"step-2"]', KNOWN)).toEqual(new Set(['step-2']));
  });
});

describe('staleKeys', () => {
  const keys = [
    'mde-runbook:sense-event-5:aaaa0000',
    'mde-runbook:sense-event-5:bbbb1111',
    'mde-runbook:sense-event-5:',
    'mde-runbook:sense-event-50:cccc2222',
    'mde-runbook:sense-event:dddd3333',
    'mde-theme',
    'other:sense-event-5:aaaa0000',
  ];

  it('lists the other versions of the same entry only', () => {
    expect(staleKeys(keys, 'sense-event-5', 'aaaa0000')).toEqual([
      'mde-runbook:sense-event-5:bbbb1111',
      'mde-runbook:sense-event-5:',
    ]);
  });

  it('returns nothing when only the current version is stored', () => {
    expect(staleKeys(['mde-runbook:x:1', 'mde-theme'], 'x', '1')).toEqual([]);
    expect(staleKeys([], 'x', '1')).toEqual([]);
  });
});

describe('carriedProgress', () => {
  const store = new Map<string, string>([
    ['mde-runbook:sense-event-5:eeee0000', JSON.stringify(['step-1', 'step-2'])],
    ['mde-runbook:sense-event-5:ffff1111', JSON.stringify(['step-3', 'gone'])],
    ['mde-runbook:sense-event-5:99990000', JSON.stringify(['step-4'])],
  ]);
  const read = (k: string) => store.get(k) ?? null;
  const known = ['step-1', 'step-2', 'step-3', 'step-4'];

  it('unites the ticks of every edition version it is given, known ids only', () => {
    expect(carriedProgress(read, 'sense-event-5', ['eeee0000', 'ffff1111'], known)).toBe(JSON.stringify(['step-1', 'step-2', 'step-3']));
  });

  it('gives nothing when no earlier key holds a known tick', () => {
    expect(carriedProgress(read, 'sense-event-5', ['12345678'], known)).toBeUndefined();
    expect(carriedProgress(read, 'sense-event-5', [], known)).toBeUndefined();
    expect(carriedProgress(() => 'not json', 'sense-event-5', ['eeee0000'], known)).toBeUndefined();
  });
});
