import { describe, expect, it } from 'vitest';
import { createFuzzyIndex, FUSE_OPTIONS, MAX_FUZZY_TERMS } from '../../../lib/lookup/fuzzy';
import { normalize } from '../../../lib/lookup/normalize';
import { significantWords, stem, STOP_WORDS } from '../../../lib/lookup/stopwords';
import { FIXTURES } from './fixtures';

const index = createFuzzyIndex(FIXTURES);
const search = (q: string) => index.search(normalize(q));

describe('significantWords and stem', () => {
  it('drops French and English stop words, elisions and short numbers', () => {
    expect(significantWords(normalize("Le service SENSE ne démarre pas sur l'appareil depuis 15 jours"), 10)).toEqual(['service', 'sense', 'demarre', 'appareil', 'jours']);
    expect(significantWords(normalize('the onboarding script fails with error 1058'), 10)).toEqual(['onboarding', 'script', 'fails', 'error', '1058']);
    expect(STOP_WORDS.has('pour') && STOP_WORDS.has('the')).toBe(true);
  });

  it('strips inflections only, and never below five letters', () => {
    expect(stem('remontent')).toBe('remont');
    expect(stem('privileges')).toBe('privileg');
    expect(stem('sense')).toBe('sense');
    expect(stem('proxy')).toBe('proxy');
    expect(stem('start_pending')).toBe('start_pending');
  });

  it('keeps at most a few words, the rarest first', () => {
    const terms = index.terms(normalize('service defender antivirus mode passif windows server forcedefenderpassivemode registre clé valeur'));
    expect(terms.length).toBe(MAX_FUZZY_TERMS);
    expect(terms).toContain('forcedefenderpassivemode');
  });
});

describe('fuzzy search', () => {
  it('is configured as the corpus needs', () => {
    expect(FUSE_OPTIONS).toMatchObject({ ignoreLocation: true, ignoreDiacritics: true, includeScore: true, useExtendedSearch: false });
  });

  it('finds a symptom in other words, with or without accents', () => {
    expect(search('comment passer defender en mode passif sur un serveur')[0]?.id).toBe('guide-passive-mode');
    expect(search('le service diagtrack est désactivé')[0]?.id).toBe('guide-diagnostic-data-service');
    expect(search('le service diagtrack est desactive')[0]?.id).toBe('guide-diagnostic-data-service');
  });

  it('tolerates a typo in a longer word', () => {
    expect(search('ForceDefenderPasiveMode')[0]?.id).toBe('guide-passive-mode');
    expect(search('canal de comande')[0]?.id).toBe('sense-event-15');
  });

  it('scores in 0..1, best first', () => {
    const hits = search('proxy WinHTTP serveur');
    expect(hits[0]?.id).toBe('sense-event-5');
    for (const h of hits) expect(h.score).toBeGreaterThan(0);
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
    expect([...hits].sort((a, b) => b.score - a.score)).toEqual(hits);
  });

  it('returns nothing for unrelated prose, stop words only, or symbols', () => {
    expect(search('how do I bake bread')).toEqual([]);
    expect(search('le la les de du pour')).toEqual([]);
    expect(search('!!! ^^^ === |||')).toEqual([]);
  });

  it('reads pasted operators as plain text, never as extended-search syntax', () => {
    expect(() => search("!diagtrack ^service 'passif =mode | proxy$")).not.toThrow();
    expect(search("'diagtrack")[0]?.id).toBe('guide-diagnostic-data-service');
  });

  it('only reads the start of a huge input', () => {
    expect(search(`mode passif ${'lorem ipsum '.repeat(100_000)}`)[0]?.id).toBe('guide-passive-mode');
    expect(index.terms(normalize(`${'lorem ipsum '.repeat(100)} mode passif`))).not.toContain('passif');
  });
});
