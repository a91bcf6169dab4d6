import { describe, expect, it } from 'vitest';
import { contentVersion, editionVersion, fnv1a } from '@/lib/runbook/version';
import { ENTRY } from './fixtures';

const base = ENTRY.causes[0]?.steps ?? [];

describe('contentVersion', () => {
  it('uses the reference FNV-1a 32-bit values', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });

  it('is short, hex and stable for the same input', () => {
    const v = contentVersion(base);
    expect(v).toMatch(/^[0-9a-f]{8}$/);
    expect(contentVersion(structuredClone(base))).toBe(v);
    expect(contentVersion([])).toBe(contentVersion([]));
  });

  it('is the same whatever the wording: each language edition stores its ticks under the same key', () => {
    const [a, b] = base;
    if (!a || !b) throw new Error('fixture');
    const translated = [
      { ...a, text: 'The same step, in English' },
      { ...b, text: 'And the next one' },
    ];
    expect(contentVersion(translated)).toBe(contentVersion(base));
    // The former per-edition version did depend on the wording (it is kept only to carry old ticks over).
    expect(editionVersion(translated)).not.toBe(editionVersion(base));
  });

  it('changes when a command, an id or the order changes', () => {
    const v = contentVersion(base);
    const [a, b] = base;
    if (!a || !b) throw new Error('fixture');
    const variants = [
      [{ ...a, commands: [{ code: 'MDEClientAnalyzer.cmd -r' }] }, b],
      [{ ...a, commands: [] }, b],
      [{ ...a, commands: [...a.commands, { code: 'x' }] }, b],
      [{ ...a, id: 'proxy-9' }, b],
      [b, a],
      [a],
      [a, b, { id: 'proxy-3', text: 'Encore', commands: [] }],
    ];
    const versions = variants.map((steps) => contentVersion(steps));
    for (const other of versions) expect(other).not.toBe(v);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('does not confuse where one field ends and the next begins', () => {
    expect(editionVersion([{ id: 'ab', text: 'c', commands: [] }])).not.toBe(editionVersion([{ id: 'a', text: 'bc', commands: [] }]));
    expect(contentVersion([{ id: 'ab', text: '', commands: [{ code: 'c' }] }])).not.toBe(contentVersion([{ id: 'a', text: '', commands: [{ code: 'bc' }] }]));
    expect(contentVersion([{ id: 'a', text: 'b', commands: [{ code: 'c' }, { code: 'd' }] }])).not.toBe(
      contentVersion([{ id: 'a', text: 'b', commands: [{ code: 'c,d' }] }]),
    );
  });
});
