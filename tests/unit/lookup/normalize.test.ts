import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, normalize, normalizeWithMap, sourceSlice } from '../../../lib/lookup/normalize';

describe('normalize', () => {
  it('lower-cases and strips diacritics', () => {
    expect(normalize('Événement SENSE À Évaluer')).toBe('evenement sense a evaluer');
    expect(normalize('Échec de l’intégration')).toBe("echec de l'integration");
  });

  it('applies NFKC before folding (fullwidth, ligatures, decomposed accents)', () => {
    expect(normalize('０ｘ８７Ｄ１ＦＤＥ８')).toBe('0x87d1fde8');
    expect(normalize('ﬁchier')).toBe('fichier');
    expect(normalize('e\u0301ve\u0300nement')).toBe('evenement');
    expect(normalize('İstanbul')).toBe('istanbul');
  });

  it('unifies apostrophes and quotes', () => {
    for (const q of ['’', '‘', 'ʼ', '´', '`']) expect(normalize(`l${q}URL`)).toBe("l'url");
    expect(normalize('« Pending_Stopped »')).toBe('" pending_stopped "');
    expect(normalize('“quoted”')).toBe('"quoted"');
  });

  it('unifies dashes, so a Unicode minus still reads as a sign', () => {
    expect(normalize('−2016281112')).toBe('-2016281112');
    expect(normalize('Microsoft–Windows—SENSE')).toBe('microsoft-windows-sense');
  });

  it('collapses horizontal whitespace, keeps one line break, drops blank lines', () => {
    expect(normalize('  a \t\u00a0 b  ')).toBe('a b');
    expect(normalize('a  \r\n\r\n  b\rc\n')).toBe('a\nb\nc');
    expect(normalize('Source\u202f:\u00a0SENSE')).toBe('source : sense');
  });

  it('removes invisible characters that split words', () => {
    expect(normalize('0x87D1\u200bFDE8')).toBe('0x87d1fde8');
    expect(normalize('\ufeffSENSE\u00ad')).toBe('sense');
  });

  it('turns control characters and lone surrogates into spaces without throwing', () => {
    expect(normalize('a\u0000b\u0007c\u001b[31m')).toBe('a b c [31m');
    expect(normalize('a\ud800b\udc00c')).toBe('a b c');
    expect(normalize('🔥 ok')).toBe('🔥 ok');
  });

  it('maps every output character back to the input', () => {
    const input = '  Name:\u00a0DiagTrack,  Exit  Code: 0';
    const n = normalizeWithMap(input);
    expect(n.text).toBe('name: diagtrack, exit code: 0');
    const at = n.text.indexOf('diagtrack');
    expect(sourceSlice(n, at, at + 'diagtrack'.length)).toBe('DiagTrack');
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(input.length);
  });

  it('maps expanded and accented characters to their source', () => {
    const n = normalizeWithMap('Résultat : (ﬁ)');
    const at = n.text.indexOf('fi');
    expect(sourceSlice(n, at, at + 2)).toBe('ﬁ');
    expect(sourceSlice(n, 0, 'resultat'.length)).toBe('Résultat');
  });

  it('caps the examined input and says so', () => {
    const big = 'x '.repeat(MAX_INPUT_CHARS);
    const n = normalizeWithMap(big);
    expect(n.truncated).toBe(true);
    expect(n.source.length).toBe(MAX_INPUT_CHARS);
    expect(normalizeWithMap('short').truncated).toBe(false);
  });

  it('caps output that compatibility forms expand', () => {
    const n = normalizeWithMap('ﷺ'.repeat(1000), 5000);
    expect(n.truncated).toBe(true);
    expect(n.text.length).toBeLessThanOrEqual(5000 + 40);
  });

  it('returns an empty form for blank input', () => {
    expect(normalizeWithMap('').text).toBe('');
    expect(normalizeWithMap(' \n\t \r\n').text).toBe('');
  });
});
