import { describe, expect, it } from 'vitest';
import { parseArgs, parseBatch } from '../../../lib/cli/args';
import { langFromLocale } from '../../../lib/i18n/config';

describe('parseArgs', () => {
  it('reads a query, joining bare words', () => {
    expect(parseArgs(['0x87D1FDE8'], 'fr')).toEqual({ ok: true, value: { command: 'lookup', input: { from: 'args', text: '0x87D1FDE8' }, json: false }, lang: 'fr' });
    expect(parseArgs(['SENSE', 'event', '15', '--json'], 'fr')).toEqual({ ok: true, value: { command: 'lookup', input: { from: 'args', text: 'SENSE event 15' }, json: true }, lang: 'fr' });
  });

  it('takes a negative number for a signed code, not an option', () => {
    expect(parseArgs(['-2016281112'], 'fr')).toMatchObject({ ok: true, value: { input: { text: '-2016281112' } } });
  });

  it('reads "-" as stdin and "--" as the end of options', () => {
    expect(parseArgs(['-'], 'fr')).toEqual({ ok: true, value: { command: 'lookup', input: { from: 'stdin' }, json: false }, lang: 'fr' });
    expect(parseArgs(['--', '--json'], 'fr')).toMatchObject({ ok: true, value: { input: { text: '--json' }, json: false } });
  });

  it('reads --list, --batch, --limit and --help', () => {
    expect(parseArgs(['--list'], 'fr')).toEqual({ ok: true, value: { command: 'list', json: false }, lang: 'fr' });
    expect(parseArgs(['--list', '--json'], 'fr')).toEqual({ ok: true, value: { command: 'list', json: true }, lang: 'fr' });
    expect(parseArgs(['--batch', 'q.json', '--json'], 'fr')).toEqual({ ok: true, value: { command: 'batch', file: 'q.json' }, lang: 'fr' });
    expect(parseArgs(['--batch=q.json', '--json', '--limit', '3'], 'fr')).toEqual({ ok: true, value: { command: 'batch', file: 'q.json', limit: 3 }, lang: 'fr' });
    expect(parseArgs(['x', '--limit=2'], 'fr')).toMatchObject({ ok: true, value: { limit: 2 } });
    expect(parseArgs(['--help'], 'fr')).toEqual({ ok: true, value: { command: 'help' }, lang: 'fr' });
    expect(parseArgs(['-h', '--bogus-after-help'], 'fr')).toMatchObject({ ok: false });
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
      const r = parseArgs(argv, 'fr');
      expect(r.ok, argv.join(' ')).toBe(false);
      if (!r.ok) {
        expect(r.error, argv.join(' ')).toMatch(message);
        expect(r.error).not.toContain('\n');
      }
    }
  });
});

describe('parseArgs: --lang and the terminal language', () => {
  it('takes --lang in either form, and it wins over the terminal language', () => {
    expect(parseArgs(['--list', '--json', '--lang', 'en'], 'fr')).toEqual({ ok: true, value: { command: 'list', json: true }, lang: 'en' });
    expect(parseArgs(['--lang=fr', 'SENSE 5'], 'en')).toMatchObject({ ok: true, lang: 'fr', value: { input: { text: 'SENSE 5' } } });
  });

  it('prints its errors in the language asked for', () => {
    expect(parseArgs(['--foo', '--lang', 'en'], 'fr')).toEqual({ ok: false, error: 'unknown option: --foo', lang: 'en' });
    expect(parseArgs(['--foo'], 'fr')).toEqual({ ok: false, error: 'option inconnue : --foo', lang: 'fr' });
  });

  it('rejects a language it does not publish, naming the ones it does', () => {
    const r = parseArgs(['x', '--lang', 'de'], 'en');
    expect(r).toEqual({ ok: false, error: '--lang needs fr|en (got: de)', lang: 'en' });
    expect(parseArgs(['x', '--lang'], 'fr')).toMatchObject({ ok: false, error: '--lang attend fr|en (reçu : rien)' });
  });

  it('does not read --lang after "--" (it is text there)', () => {
    expect(parseArgs(['--', '--lang', 'fr'], 'en')).toMatchObject({ ok: true, lang: 'en', value: { input: { text: '--lang fr' } } });
  });
});

describe('langFromLocale', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG, and falls back to English', () => {
    expect(langFromLocale({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(langFromLocale({ LANG: 'fr_CA.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(langFromLocale({ LC_MESSAGES: 'fr_BE', LANG: 'en_GB' })).toBe('fr');
    expect(langFromLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(langFromLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(langFromLocale({})).toBe('en');
  });
});

describe('parseBatch', () => {
  it('reads a JSON array of strings', () => {
    expect(parseBatch('["0x87D1FDE8", "event 15", ""]')).toEqual({ ok: true, queries: ['0x87D1FDE8', 'event 15', ''] });
  });

  it('rejects invalid JSON, non-arrays and non-strings', () => {
    expect(parseBatch('{', 'fr')).toMatchObject({ ok: false, error: expect.stringMatching(/^JSON invalide/) });
    expect(parseBatch('{"q": 1}', 'fr')).toMatchObject({ ok: false, error: expect.stringMatching(/tableau/) });
    expect(parseBatch('["a", 2]', 'fr')).toMatchObject({ ok: false, error: expect.stringMatching(/élément 1/) });
  });
});
