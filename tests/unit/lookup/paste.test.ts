import { describe, expect, it } from 'vitest';
import { LARGE_PASTE, summarizePaste } from '@/lib/paste';

describe('summarizePaste', () => {
  it('counts characters and lines, a final line break not making a line of its own', () => {
    expect(summarizePaste('a\nb\nc')).toMatchObject({ chars: 5, lines: 3 });
    expect(summarizePaste('a\nb\nc\n')).toMatchObject({ chars: 6, lines: 3 });
    expect(summarizePaste('')).toEqual({ chars: 0, lines: 0, head: '' });
    expect(summarizePaste('one line')).toEqual({ chars: 8, lines: 1, head: 'one line' });
  });

  it('keeps the first lines of a 1 MB log, marked as cut', () => {
    const mb = '11/21/2026 10:00:00 AM 1000 Information Routine message\n'.repeat(18_000) + 'SENSE event 55\n';
    const s = summarizePaste(mb);
    expect(s.chars).toBe(mb.length);
    expect(s.lines).toBe(18_001);
    expect(s.head.split('\n')).toHaveLength(5);
    expect(s.head.startsWith('11/21/2026 10:00:00 AM 1000 Information Routine message\n')).toBe(true);
    expect(s.head.endsWith('\n…')).toBe(true);
    expect(s.chars).toBeGreaterThan(LARGE_PASTE);
  });

  it('caps a single huge line', () => {
    const s = summarizePaste('x'.repeat(200_000));
    expect(s.lines).toBe(1);
    expect(s.head).toBe(`${'x'.repeat(400)}\n…`);
  });
});
