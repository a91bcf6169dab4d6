import { describe, expect, it } from 'vitest';
import { parseVocabulary, readVocabulary } from '@/lib/content/loader';
import { analyze, compileVocabulary } from '@/lib/lookup/analysis';
import { normalize } from '@/lib/lookup/normalize';

describe('the field vocabulary file', () => {
  it('reads the real one: synonym groups and filler for every language', () => {
    const v = readVocabulary();
    expect(v.synonyms.length).toBeGreaterThan(10);
    const configMgr = v.synonyms.find((g) => g.variants.includes('sccm'));
    expect(configMgr?.variants).toEqual(expect.arrayContaining(['mecm', 'configmgr', 'configuration manager']));
    expect(v.filler.en.length).toBeGreaterThan(0);
    expect(v.filler.fr.length).toBeGreaterThan(0);
  });

  it('tells the servers apart: a proxy server is the proxy, a bare server the server OS; another AV is a third-party one', () => {
    const v = compileVocabulary(readVocabulary());
    const stems = (text: string, lang: 'en' | 'fr') => analyze(normalize(text), lang, v, { query: true }).map((t) => t.stem);
    expect(stems('set the proxy server', 'en')).toEqual(['set', 'proxyword']);
    expect(stems('le serveur proxy refuse', 'fr')).toContain('proxyword');
    expect(stems('le serveur proxy refuse', 'fr')).not.toContain('serveros');
    expect(stems('Windows Server 2019 not reporting', 'en')).toContain('serveros');
    // Only Windows Server had R2 releases.
    const fuzzyTerms = (text: string) => analyze(normalize(text), 'en', v, { query: true }).map((t) => v.alsoMeans.get(t.word) ?? []).flat();
    expect(fuzzyTerms('installed on Windows 2008R2')).toContain('serveros');
    expect(fuzzyTerms('2012 R2 box')).toContain('serveros');
    expect(stems('a different AV solution was installed', 'en')).toContain('thirdpartyav');
    expect(stems('une autre solution antivirus est installée', 'fr')).toContain('thirdpartyav');
  });

  it('names the file and field of every problem: bad term, a variant in two groups, a missing language', () => {
    const bad = parseVocabulary(
      ['synonyms:', '  - term: Config Mgr', '    variants: [sccm]', '  - term: other', '    variants: [SCCM, mecm]', 'filler:', '  en: []'].join('\n'),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^vocabulary\/vocabulary\.yaml: synonyms\[0\]\.term: must be one lower-case word/),
        expect.stringMatching(/^vocabulary\/vocabulary\.yaml: filler\.fr: /),
      ]),
    );
    const dup = parseVocabulary(['synonyms:', '  - term: a', '    variants: [sccm]', '  - term: b', '    variants: [SCCM]', 'filler:', '  en: []', '  fr: []'].join('\n'));
    expect(dup).toEqual({ ok: false, problems: ['vocabulary/vocabulary.yaml: synonyms[1].variants[0]: "SCCM" is already a variant of "a"'] });
  });

  it('refuses a host-name term or an "also means" term that no synonym group defines', () => {
    const base = ['synonyms:', '  - term: serviceurls', '    variants: [service urls]', 'filler:', '  en: []', '  fr: []'];
    expect(parseVocabulary([...base, 'hostNameTerm: serviceurls', 'alsoMeans:', '  - word: urls', '    terms: [serviceurls]'].join('\n')).ok).toBe(true);
    expect(parseVocabulary([...base, 'hostNameTerm: hosts'].join('\n'))).toEqual({
      ok: false,
      problems: ['vocabulary/vocabulary.yaml: hostNameTerm: "hosts" is not the term of a synonym group'],
    });
    expect(parseVocabulary([...base, 'alsoMeans:', '  - word: defender', '    terms: [serviceurls, avdefender]'].join('\n'))).toEqual({
      ok: false,
      problems: ['vocabulary/vocabulary.yaml: alsoMeans[0].terms[1]: "avdefender" is not the term of a synonym group'],
    });
  });

  it('rejects invalid YAML with a clear line', () => {
    const r = parseVocabulary('synonyms: [');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^vocabulary\/vocabulary\.yaml: invalid YAML/);
  });
});
