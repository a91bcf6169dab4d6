import { describe, expect, it } from 'vitest';
import { parseArgs, parseBatch } from '../../../lib/cli/args';

describe('parseArgs', () => {
  it('reads a query, joining bare words', () => {
    expect(parseArgs(['0x87D1FDE8'])).toEqual({ ok: true, value: { command: 'lookup', input: { from: 'args', text: '0x87D1FDE8' }, json: false } });
    expect(parseArgs(['SENSE', 'event', '15', '--json'])).toEqual({ ok: true, value: { command: 'lookup', input: { from: 'args', text: 'SENSE event 15' }, json: true } });
  });

  it('takes a negative number for a signed code, not an option', () => {
    expect(parseArgs(['-2016281112'])).toMatchObject({ ok: true, value: { input: { text: '-2016281112' } } });
  });

  it('reads "-" as stdin and "--" as the end of options', () => {
    expect(parseArgs(['-'])).toEqual({ ok: true, value: { command: 'lookup', input: { from: 'stdin' }, json: false } });
    expect(parseArgs(['--', '--json'])).toMatchObject({ ok: true, value: { input: { text: '--json' }, json: false } });
  });

  it('reads --list, --batch, --limit and --help', () => {
    expect(parseArgs(['--list'])).toEqual({ ok: true, value: { command: 'list', json: false } });
    expect(parseArgs(['--list', '--json'])).toEqual({ ok: true, value: { command: 'list', json: true } });
    expect(parseArgs(['--batch', 'q.json', '--json'])).toEqual({ ok: true, value: { command: 'batch', file: 'q.json' } });
    expect(parseArgs(['--batch=q.json', '--json', '--limit', '3'])).toEqual({ ok: true, value: { command: 'batch', file: 'q.json', limit: 3 } });
    expect(parseArgs(['x', '--limit=2'])).toMatchObject({ ok: true, value: { limit: 2 } });
    expect(parseArgs(['--help'])).toEqual({ ok: true, value: { command: 'help' } });
    expect(parseArgs(['-h', '--bogus-after-help'])).toMatchObject({ ok: false });
  });

  it('rejects bad usage with one clear message', () => {
    const cases: [string[], RegExp][] = [
      [['--foo'], /option inconnue : --foo/],
      [[], /rien à chercher/],
      [['   '], /rien à chercher/],
      [['--batch'], /--batch attend un fichier/],
      [['--batch', 'q.json'], /ajoutez --json/],
      [['--list', 'x'], /une seule action/],
      [['--list', '--batch', 'q.json', '--json'], /une seule action/],
      [['-', 'x'], /une seule action|ne donnez pas de texte/],
      [['-', '-'], /deux fois/],
      [['x', '--limit', '0'], /entier positif/],
      [['x', '--limit', 'many'], /entier positif/],
      [['x', '--limit'], /entier positif/],
      [['--list', '--limit', '2'], /ne s’applique pas/],
    ];
    for (const [argv, message] of cases) {
      const r = parseArgs(argv);
      expect(r.ok, argv.join(' ')).toBe(false);
      if (!r.ok) {
        expect(r.error, argv.join(' ')).toMatch(message);
        expect(r.error).not.toContain('\n');
      }
    }
  });
});

describe('parseBatch', () => {
  it('reads a JSON array of strings', () => {
    expect(parseBatch('["0x87D1FDE8", "event 15", ""]')).toEqual({ ok: true, queries: ['0x87D1FDE8', 'event 15', ''] });
  });

  it('rejects invalid JSON, non-arrays and non-strings', () => {
    expect(parseBatch('{')).toMatchObject({ ok: false, error: expect.stringMatching(/^JSON invalide/) });
    expect(parseBatch('{"q": 1}')).toMatchObject({ ok: false, error: expect.stringMatching(/tableau/) });
    expect(parseBatch('["a", 2]')).toMatchObject({ ok: false, error: expect.stringMatching(/élément 1/) });
  });
});
