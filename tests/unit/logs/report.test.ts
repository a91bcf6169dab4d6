/**
 * The report as a whole: several files merged, the caps on what is kept,
 * progress and cancel, the real EVTX samples read with the reference
 * parser's counts, and the ticket text in both languages.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportResults } from '../../../lib/logs/cards';
import { reportMarkdown } from '../../../lib/logs/markdown';
import { problemLine, problemText, timeText } from '../../../lib/logs/messages';
import type { LogProblem, ProblemCode } from '../../../lib/logs/types';
import { writeEvtx, type WriterEvent } from '../evtx/writer';
import { input, read, records } from './helpers';

const SAMPLES = process.env.EVTX_SAMPLES ?? path.join(process.cwd(), 'tests', 'fixtures', 'evtx-samples');

describe('several files', () => {
  it('merges entries over files, with every file named', async () => {
    const r = await read([input('sense.evtx'), input('export.csv'), input('details.txt')]);
    expect(r.totals).toMatchObject({ files: 3, records: 11, failures: 0 });
    const e5 = r.entries.find((e) => e.id === 'sense-event-5');
    expect(e5).toMatchObject({ count: 5, files: ['sense.evtx', 'export.csv', 'details.txt'] });
    expect(e5?.values[0]).toEqual({ name: 'URL', value: 'https://winatp-gw-weu.microsoft.com/', count: 4 });
    expect(r.timelineTotal).toBe(r.totals.matched);
  });
});

describe('caps', () => {
  const many: WriterEvent[] = Array.from({ length: 300 }, (_, i) => ({
    provider: i % 2 ? 'Microsoft-Windows-SENSE' : `Provider-${i}`,
    eventId: i % 2 ? 5 : i,
    level: 2,
    channel: i % 2 ? 'Microsoft-Windows-SENSE/Operational' : 'System',
    computer: 'PC',
    time: new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString(),
    data: [`https://host-${i}.example/`],
  }));
  const bytes = writeEvtx(many).bytes;

  it('keeps at most N other kinds, N values per entry and the latest N timeline events', async () => {
    const r = await read(input('many.evtx', bytes), 'en', { limits: { others: 10, values: 5, timeline: 20 } });
    const f = r.files[0];
    expect(f?.records).toBe(300);
    expect(f?.others).toHaveLength(10);
    expect(f?.problems.find((p) => p.code === 'others-capped')).toMatchObject({ count: 140, limit: 10 });
    expect(f?.entries[0]).toMatchObject({ id: 'sense-event-5', count: 150 });
    expect(f?.entries[0]?.values).toHaveLength(5);
    expect(f?.problems.map((p) => p.code)).toContain('values-capped');
    expect(r.timeline).toHaveLength(20);
    expect(r.timelineTotal).toBe(150);
    expect(r.timeline.at(-1)?.time).toBe('2024-01-01T00:04:59.000000Z');
    expect(r.totals).toMatchObject({ matched: 150, others: 150 });
  });

  it('a large log: memory stays bounded (no record kept), progress is reported', async () => {
    const chunkOnly = bytes;
    const copies = 40;
    const big = new Uint8Array(4096 + copies * (chunkOnly.length - 4096));
    big.set(chunkOnly.subarray(0, 4096));
    for (let i = 0; i < copies; i++) big.set(chunkOnly.subarray(4096), 4096 + i * (chunkOnly.length - 4096));
    const seen: number[] = [];
    const r = await read(input('big.evtx', big), 'en', { onProgress: (p) => seen.push(p.bytesRead) });
    expect(r.files[0]?.records).toBe(300 * copies);
    expect(seen.at(-1)).toBe(big.length);
  });

  it('cancel: the reading stops, the results so far are kept', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await read([input('sense.evtx'), input('export.csv')], 'en', { signal: controller.signal });
    expect(r.files.length).toBeLessThanOrEqual(1);
    const mid = new AbortController();
    const r2 = await read(input('export.csv'), 'en', {
      signal: mid.signal,
      onProgress: () => mid.abort(),
    });
    expect(r2.files[0]?.problems.map((p) => p.code)).toContain('aborted');
  });
});

describe('the real EVTX samples (tests/fixtures/evtx-samples), with the reference parser’s counts', () => {
  const cases: [string, number, number][] = [
    ['security.evtx', 2261, 0],
    ['application-no-crc32.evtx', 17, 0],
    ['security-invalid-header-flags.evtx', 126, 0],
    ['system-chunk-past-zeroes.evtx', 1160, 0],
    ['bad-chunk-magic.evtx', 270, 2],
    ['bad-checksums.evtx', 1910, 4],
    ['incomplete-template.evtx', 17, 0],
    // The reference iterates 336 and fails the record of size 0: 335 parsed, 1 failed.
    ['zero-data-size-record.evtx', 335, 1],
    ['capi2-operational.evtx', 340, 0],
  ];
  for (const [name, records_, failures] of cases) {
    it(`${name}: ${records_} records, ${failures} failures`, async () => {
      const file = path.join(SAMPLES, name);
      if (!existsSync(file)) throw new Error(`missing sample ${file}`);
      const r = await read(input(name, new Uint8Array(readFileSync(file))));
      expect(r.files[0]).toMatchObject({ format: 'evtx', records: records_, failures });
      // None is a Defender for Endpoint log.
      expect(r.entries).toEqual([]);
      expect(r.files[0]?.others.reduce((a, o) => a + o.count, 0)).toBe(records_);
      expect(r.damaged).toBe(failures > 0 || r.files[0]?.problems.some((p) => p.severity === 'damage'));
    });
  }

  it('security.evtx: record 1 (4608, Microsoft-Windows-Security-Auditing) is the first 4608 in the report', async () => {
    const r = await read(input('security.evtx', new Uint8Array(readFileSync(path.join(SAMPLES, 'security.evtx')))));
    expect(r.files[0]?.others.find((o) => o.eventId === 4608)).toMatchObject({ provider: 'Microsoft-Windows-Security-Auditing', channel: 'Security', first: '2016-07-08T18:12:51.681640Z' });
  });

  it('damaged samples say what is wrong', async () => {
    const magic = await read(input('bad-chunk-magic.evtx', new Uint8Array(readFileSync(path.join(SAMPLES, 'bad-chunk-magic.evtx')))));
    expect(magic.files[0]?.problems.map((p) => p.code)).toContain('evtx-chunk-failed');
    const zero = await read(input('zero-data-size-record.evtx', new Uint8Array(readFileSync(path.join(SAMPLES, 'zero-data-size-record.evtx')))));
    expect(zero.files[0]?.problems.find((p) => p.code === 'evtx-record-failed')?.detail).toMatch(/found 0/);
  });
});

describe('problem texts', () => {
  const all: ProblemCode[] = [
    'unreadable', 'empty', 'unknown-format', 'not-evtx', 'renamed', 'aborted', 'evtx-header-truncated', 'evtx-truncated', 'evtx-missing-chunks',
    'evtx-checksum', 'evtx-header-odd', 'evtx-chunk-failed', 'evtx-record-failed', 'evtx-other', 'xml-malformed', 'xml-truncated', 'csv-bad-rows',
    'text-bad-blocks', 'record-too-large', 'zip-damaged', 'zip-member-damaged', 'zip-total-cap', 'zip-ratio-cap', 'zip-entry-cap', 'zip-too-deep',
    'zip-encrypted', 'zip-method', 'zip-no-logs', 'others-capped', 'values-capped',
  ];
  it('every code has a sentence in both languages', () => {
    for (const code of all) {
      const p: LogProblem = { code, severity: 'info', count: 2, name: 'a.evtx', limit: 1048576, format: 'xml' };
      const fr = problemText(p, 'fr');
      const en = problemText(p, 'en');
      expect(fr, code).toBeTruthy();
      expect(en, code).toBeTruthy();
      expect(fr, code).not.toBe(en);
    }
    expect(problemText({ code: 'zip-total-cap', severity: 'damage', name: 'x.evtx', limit: 2 ** 31 }, 'en')).toBe('x.evtx: reading stopped after 2,048 MB uncompressed (zip bomb guard)');
    expect(problemLine({ code: 'unreadable', severity: 'error', detail: 'ENOENT' }, 'fr')).toBe('impossible de lire le fichier (détail technique : ENOENT)');
  });

  it('times say whether they are UTC or local', () => {
    expect(timeText('2024-05-06T07:08:09.123456Z', 'en')).toBe('2024-05-06 07:08:09.123 UTC');
    expect(timeText('2024-05-06T07:08:09', 'fr')).toBe('2024-05-06 07:08:09 (heure locale)');
    expect(timeText(undefined, 'en')).toBe('—');
  });
});

describe('the ticket text', () => {
  it('English: files, entries with counts, times and values, timeline, others, problems', async () => {
    const r = await read([input('sense.evtx'), input('sense-truncated.evtx')], 'en');
    const md = reportMarkdown(r, records('en'), { lang: 'en' });
    expect(md).toContain('## Event logs read (2 files)');
    expect(md).toContain('- `sense.evtx`: EVTX log, 5 records read, 0 failed');
    expect(md).toContain('### Recognised entries');
    expect(md).toMatch(/- \*\*SENSE event 5[^*]*\*\* \(sense-event-5\) — \/en\/sense-event-5/);
    expect(md).toContain('  - 4 times, first 2024-05-06 07:08:09.123 UTC, last 2024-05-07 09:10:11.000 UTC');
    expect(md).toContain('  - URL: `https://winatp-gw-weu.microsoft.com/` (3 times)');
    expect(md).toContain('### Timeline');
    expect(md).toContain('| Microsoft-Windows-SENSE | 58 | Information | 1 |');
    expect(md).toContain('### Problems');
    expect(md).toContain('- `sense-truncated.evtx`: the file ends inside a chunk (truncated file)');
    expect(md).not.toMatch(/<[a-z]/i);
  });

  it('French: the same report in French, and "known entries only" leaves the others out', async () => {
    const r = await read([input('sense.evtx')], 'fr');
    const md = reportMarkdown(r, records('fr'), { lang: 'fr' });
    expect(md).toContain('## Journaux d’événements lus (1 fichier)');
    expect(md).toContain('- `sense.evtx` : journal EVTX, 5 enregistrements lus, 0 en échec');
    expect(md).toContain('### Entrées reconnues');
    expect(md).toContain('/fr/sense-event-5');
    expect(md).toContain('  - 3 fois, première fois 2024-05-06 07:08:09.123 UTC');
    expect(md).toContain('  - Type de démarrage réel : `Disabled` (1 fois)');
    expect(md).toContain('### Autres événements (aucune entrée)');
    const known = reportMarkdown(r, records('fr'), { lang: 'fr', knownOnly: true });
    expect(known).not.toContain('Autres événements');
    expect(known).toContain('### Chronologie');
  });

  it('a hostile value cannot break the layout', async () => {
    const evil: WriterEvent[] = [{ provider: 'Evil | Provider\n## x', eventId: 1, level: 2, channel: 'X', computer: 'PC', time: '2024-01-01T00:00:00Z', data: [] }];
    const sense: WriterEvent[] = [{ provider: 'Microsoft-Windows-SENSE', eventId: 5, level: 2, channel: 'Microsoft-Windows-SENSE/Operational', computer: 'PC', time: '2024-01-01T00:00:00Z', data: ['a`b\n## c <script>'] }];
    const r = await read([input('evil.evtx', writeEvtx(evil).bytes), input('sense.evtx', writeEvtx(sense).bytes)]);
    const md = reportMarkdown(r, records('en'), { lang: 'en' });
    expect(md).toContain('| Evil \\| Provider \\#\\# x |');
    expect(md).toContain("`a'b ## c <script>`");
    expect(md.split('\n').some((l) => l.startsWith('## c'))).toBe(false);
  });

  it('markup and HTML in a provider name are escaped, control characters made visible', async () => {
    const evil: WriterEvent[] = [
      { provider: '<script>alert(1)</script>[x](javascript:alert(1)) **b**\u001b]0;owned\u0007', eventId: 1, level: 2, channel: 'X', computer: 'PC', time: '2024-01-01T00:00:00Z', data: [] },
    ];
    const r = await read([input('evil.evtx', writeEvtx(evil).bytes)]);
    const md = reportMarkdown(r, records('en'), { lang: 'en' });
    const row = md.split('\n').find((l) => l.includes('alert(1)')) ?? '';
    expect(row).toContain('\\<script\\>alert(1)\\</script\\>\\[x\\](javascript:alert(1)) \\*\\*b\\*\\*␛\\]0;owned␇');
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('cards: one lookup result per entry, with the values read', async () => {
    const r = await read(input('sense.evtx'), 'en');
    const results = reportResults(r, records('en'), 'en');
    expect(results.map((x) => [x.id, x.match, x.matchedOn])).toEqual([
      ['sense-event-5', 'code', 'SENSE event 5 × 3'],
      ['sense-event-63', 'code', 'SENSE event 63 × 1'],
    ]);
    expect(results[0]?.values).toEqual([
      { name: 'URL', value: 'https://winatp-gw-weu.microsoft.com/' },
      { name: 'URL', value: 'https://us-v20.events.data.microsoft.com/' },
    ]);
  });
});
