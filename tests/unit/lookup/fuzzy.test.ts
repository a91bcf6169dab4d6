import { describe, expect, it } from 'vitest';
import { createFuzzyIndex, FUSE_OPTIONS, MAX_FUZZY_TERMS } from '../../../lib/lookup/fuzzy';
import { normalize } from '../../../lib/lookup/normalize';
import { analyze, compileVocabulary, detectLang } from '../../../lib/lookup/analysis';
import { FIXTURES, record, unrelated } from './fixtures';

const index = createFuzzyIndex(FIXTURES);
const search = (q: string) => index.search(normalize(q));

describe('text analysis', () => {
  const vocabulary = compileVocabulary({
    synonyms: [
      { term: 'configmgrtool', variants: ['configuration manager', 'sccm', 'mecm'] },
      { term: 'diagtracksvc', variants: ['diagtrack', 'connected user experiences and telemetry'] },
    ],
    filler: { en: ['i have an issue with', 'please help'], fr: ["j'ai un probleme avec"] },
  });
  const stems = (text: string, lang: 'fr' | 'en', query = false) => analyze(normalize(text), lang, vocabulary, { query }).map((t) => t.stem);

  it("drops each language's stop words and stems with that language's Snowball stemmer", () => {
    expect(stems('the devices are not reporting to the service', 'en')).toEqual(['devic', 'report', 'servic']);
    expect(stems("Le service SENSE ne démarre pas sur l'appareil", 'fr')).toEqual(['servic', 'sens', 'demarr', 'appareil']);
    // A typed word without accents meets the accented one on the same stem.
    expect(stems('désactivé', 'fr')).toEqual(stems('desactive', 'fr'));
  });

  it('keeps identifiers whole: versions, codes, names with underscores', () => {
    expect(stems('START_PENDING on 4.18.2007.8 error 1058', 'en')).toEqual(['start_pending', '4.18.2007.8', 'error', '1058']);
  });

  it('folds the field vocabulary into one term, and keeps the words the user wrote', () => {
    expect(stems('deployed with MECM', 'en')).toEqual(['deploy', 'configmgrtool']);
    expect(stems('Connected User Experiences and Telemetry disabled', 'en')).toEqual(['diagtracksvc', 'disabl']);
    const tokens = analyze(normalize('onboarding with SCCM'), 'en', vocabulary);
    expect(tokens.find((t) => t.stem === 'configmgrtool')?.word).toBe('sccm');
    // Whole words only: "atp"-like variants never fire inside another word.
    expect(stems('sccmx configuration managerial', 'en')).not.toContain('configmgrtool');
  });

  it('folds a name before dropping filler words that are part of it, and never cuts into a host name', () => {
    const v = compileVocabulary({
      synonyms: [{ term: 'mdeproduct', variants: ['microsoft defender advanced threat protection', 'defender atp'] }],
      filler: { en: ['microsoft', 'please'], fr: [] },
    });
    const q = (text: string) => analyze(normalize(text), 'en', v, { query: true }).map((t) => t.stem);
    expect(q('Microsoft Defender Advanced Threat Protection needs it')).toEqual(['mdeproduct', 'need']);
    expect(q('please unblock settings-win.data.microsoft.com')).toEqual(['unblock', 'settings-win.data.microsoft.com']);
    // A full stop ending the sentence still ends the word.
    expect(q('it is blocked by microsoft.')).toEqual(['block']);
  });

  it('counts a host name as the vocabulary term for service addresses too, but never a file name or a version', () => {
    const v = compileVocabulary({
      synonyms: [{ term: 'serviceurls', variants: ['service urls'] }],
      filler: { en: [], fr: [] },
      hostNameTerm: 'serviceurls',
    });
    const q = (text: string) => analyze(normalize(text), 'en', v, { query: true }).map((t) => t.stem);
    expect(q('settings-win.data.microsoft.com is blocked')).toEqual(['settings-win.data.microsoft.com', 'serviceurls', 'block']);
    expect(q('winatp-gw-weu.microsoft.com')).toEqual(['winatp-gw-weu.microsoft.com', 'serviceurls']);
    expect(q('MsSense.exe crashed on 4.18.2007.8')).toEqual(['mssense.exe', 'crash', '4.18.2007.8']);
    // Without the setting, a host name is only itself.
    expect(analyze(normalize('events.data.microsoft.com'), 'en', vocabulary).map((t) => t.stem)).toEqual(['events.data.microsoft.com']);
  });

  it("drops the filler of a help request from queries only, so what the problem is weighs most", () => {
    expect(stems('I have an issue with DiagTrack, please help', 'en', true)).toEqual(['diagtracksvc']);
    expect(stems("j'ai un problème avec diagtrack", 'fr', true)).toEqual(['diagtracksvc']);
    expect(stems('please help', 'en', false)).toEqual(['pleas', 'help']);
  });

  it('detects the language from its stop words, else takes the page language', () => {
    expect(detectLang(normalize("le service ne démarre pas depuis la mise à jour"), 'en')).toBe('fr');
    expect(detectLang(normalize('the service does not start after the update'), 'fr')).toBe('en');
    expect(detectLang(normalize('0x87D1FDE8 SyncML(425)'), 'fr')).toBe('fr');
    expect(detectLang(normalize('0x87D1FDE8 SyncML(425)'), 'en')).toBe('en');
  });

  it('keeps at most a few words, the ones the entries use first', () => {
    const terms = index.terms(normalize('service defender antivirus mode passif windows server forcedefenderpassivemode registre clé valeur'));
    expect(terms.length).toBe(MAX_FUZZY_TERMS);
    expect(terms.map((t) => t.word)).toContain('forcedefenderpassivemode');
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
    const words = index.terms(normalize(`${'lorem ipsum '.repeat(100)} mode passif`)).map((t) => t.word);
    expect(words.length).toBeGreaterThan(0);
    expect(words.join(' ')).not.toMatch(/passif/);
  });

  it('ranks the entry about two of the words above one that lists all three once among its keywords (BM25F, not best field wins)', () => {
    const about = record({
      id: 'b-about',
      kind: 'guide',
      title: 'Diagnostic data service',
      summary: 'The diagnostic data service must send diagnostic data at the level the agent needs; a lower level stops the agent.',
      symptoms: ['diagnostic data service stopped', 'telemetry level too low'],
      bodyText: 'Check the diagnostic data level. A level below the required one stops the agent.',
    });
    const listing = record({
      id: 'a-listing',
      kind: 'guide',
      title: 'Set the antivirus to passive mode',
      summary: 'Passive mode on servers.',
      keywords: ['passive mode', 'registry', 'diagnostic', 'level', 'requirements', 'server', 'PowerShell'],
    });
    const hits = createFuzzyIndex([listing, about]).search(normalize('diagnostic level requirements'));
    // The listing matches every word, once each; Fuse's best-field formula ranked it first.
    expect(hits.find((h) => h.id === 'a-listing')?.terms.sort()).toEqual(['diagnostic', 'level', 'requirements']);
    expect(hits.map((h) => h.id)).toEqual(['b-about', 'a-listing']);
  });

  it('tells apart two records that both reach the score cap by their uncapped evidence, not by their ids', () => {
    const filler = unrelated();
    const some = record({
      id: 'a-some',
      kind: 'guide',
      title: 'Telemetry service',
      summary: 'The telemetry service must run.',
      symptoms: ['telemetry service disabled', 'telemetry off'],
      keywords: ['telemetry'],
    });
    const more = record({
      id: 'b-more',
      kind: 'guide',
      title: 'Telemetry service',
      summary: 'The telemetry service must run.',
      symptoms: ['telemetry service disabled', 'telemetry off', 'telemetry stopped'],
      keywords: ['telemetry'],
      bodyText: 'Telemetry. Telemetry service. Telemetry again.',
    });
    const hits = createFuzzyIndex([some, more, ...filler]).search(normalize('telemetry'));
    expect(hits[0]?.score).toBe(hits[1]?.score);
    expect(hits.map((h) => h.id).slice(0, 2)).toEqual(['b-more', 'a-some']);
  });

  it('weighs a bare number (a Windows version) for half: the entry that lists versions does not win a question about something else', () => {
    const filler = unrelated();
    const versions = record({
      id: 'a-versions',
      kind: 'guide',
      title: 'Antivirus in passive mode on Windows Server 2019',
      symptoms: ['antivirus passive mode on server 2019', 'server 2019 registry key', 'antivirus on server 2019'],
      keywords: ['2019', 'server', 'uninstalled'],
    });
    const about = record({
      id: 'b-about',
      kind: 'guide',
      title: 'Antivirus uninstalled',
      symptoms: ['antivirus uninstalled from the server'],
    });
    const hits = createFuzzyIndex([versions, about, ...filler]).search(normalize('antivirus uninstalled from our 2019 servers'));
    expect(hits[0]?.id).toBe('b-about');
  });

  it('counts a name found once as fully there: a setting in a keyword list beats two common words said often', () => {
    // "registry" and "value" are everywhere, as in the real corpus; the setting's name is in one entry.
    const filler = unrelated({ keywords: ['registry value'] });
    // A name is made of words the corpus also uses on their own ("disable", "antivirus"); a long word is not a name.
    const named = record({ id: 'a-named', kind: 'guide', lang: 'en', title: 'Policies that disable the antivirus', keywords: ['DisableAntiVirus'] });
    const common = record({
      id: 'b-common',
      kind: 'guide',
      title: 'Registry value',
      symptoms: ['registry value missing', 'wrong registry value', 'registry value of the script'],
      keywords: ['registry', 'value'],
    });
    const hits = createFuzzyIndex([named, common, ...filler], { lang: 'en' }).search(normalize('DisableAntiVirus value is 1 in the registry'));
    expect(hits[0]?.id).toBe('a-named');
  });

  it("reads a setting's name the corpus lacks by the corpus words it is made of, and keeps a known one whole", () => {
    const proxy = record({ id: 'a-proxy', kind: 'guide', lang: 'en', title: 'Proxy configuration', symptoms: ['proxy settings', 'disable the proxy'] });
    const passive = record({ id: 'b-passive', kind: 'guide', lang: 'en', title: 'Passive mode', keywords: ['ForceDefenderPassiveMode'] });
    const idx = createFuzzyIndex([proxy, passive]);
    expect(idx.terms(normalize('DisableEnterpriseAuthProxy=0 breaks it')).map((t) => t.stem)).toEqual(['disabl', 'proxi', 'break']);
    expect(idx.search(normalize('DisableEnterpriseAuthProxy=0'))[0]?.id).toBe('a-proxy');
    expect(idx.terms(normalize('ForceDefenderPassiveMode')).map((t) => t.stem)).toEqual(['forcedefenderpassivemod']);
    // A misspelt known name is a typo to correct, not a compound to cut.
    expect(idx.terms(normalize('ForceDefenderPasiveMode')).map((t) => t.word)).toEqual(['forcedefenderpasivemode']);
    // Pieces are corpus words, not any string whose stem happens to be known.
    expect(idx.terms(normalize('xyzzyplughfrobnicate')).map((t) => t.word)).toEqual(['xyzzyplughfrobnicate']);
  });

  it("reads a cut name's words as a phrase, so the vocabulary term they spell is found", () => {
    const vocabulary = compileVocabulary({ synonyms: [{ term: 'passivemode', variants: ['passive mode', 'passive'] }], filler: { en: [], fr: [] } });
    const passive = record({ id: 'a-passive', kind: 'guide', lang: 'en', title: 'Set passive mode manually', symptoms: ['force the registry value'] });
    const other = record({ id: 'b-force', kind: 'guide', lang: 'en', title: 'Force active scanning', symptoms: ['force a full scan mode'] });
    const idx = createFuzzyIndex([passive, other, ...unrelated({ lang: 'en' })], { lang: 'en', vocabulary });
    // "passive" is only ever a variant of the term in the corpus, never a word of its own.
    expect(idx.terms(normalize('ForcePassiveMode is ignored')).map((t) => t.stem)).toEqual(['forc', 'passivemode', 'ignor']);
    expect(idx.search(normalize('ForcePassiveMode'))[0]?.id).toBe('a-passive');
  });

  it('searches a bare word for the terms the vocabulary says it may also mean', () => {
    const v = { synonyms: [{ term: 'avdefender', variants: ['microsoft defender antivirus'] }], filler: { en: [], fr: [] } };
    const filler = unrelated();
    const av = record({ id: 'a-av', kind: 'guide', title: 'Microsoft Defender Antivirus removed from the server', lang: 'en' });
    const other = record({ id: 'b-other', kind: 'guide', title: 'Server removed from the workspace', lang: 'en' });
    const plain = createFuzzyIndex([av, other, ...filler], { lang: 'en', vocabulary: compileVocabulary(v) }).search(normalize('Defender removed from server'));
    expect(plain.find((h) => h.id === 'a-av')?.terms ?? []).not.toContain('defender');
    const withAlso = createFuzzyIndex([av, other, ...filler], {
      lang: 'en',
      vocabulary: compileVocabulary({ ...v, alsoMeans: [{ word: 'Defender', terms: ['avdefender'] }] }),
    }).search(normalize('Defender removed from server'));
    expect(withAlso[0]?.id).toBe('a-av');
    expect(withAlso[0]?.terms).toContain('defender');
  });

  it('does not dilute a long symptom list the way it dilutes long prose: three matching symptoms among eleven beat one among one', () => {
    const filler = unrelated({ lang: 'en' }).map((r, i) => ({ ...r, symptoms: [`unrelated ${i}`] }));
    const many = record({
      id: 'a-many',
      kind: 'guide',
      lang: 'en',
      title: 'Sample collection',
      symptoms: [
        'sample sharing turned off',
        'sample sharing off',
        'sharing of samples turned off',
        'files never uploaded',
        'no samples collected',
        'upload blocked by policy',
        'deep analysis unavailable',
        'sample submission fails',
        'cloud protection off',
        'automatic sample submission',
        'collection never starts',
      ],
    });
    const one = record({ id: 'b-one', kind: 'guide', lang: 'en', title: 'Onboarding package', symptoms: ['sample sharing turned off'] });
    const hits = createFuzzyIndex([many, one, ...filler], { lang: 'en' }).search(normalize('sample sharing turned off'));
    expect(hits.map((h) => h.id).slice(0, 2)).toEqual(['a-many', 'b-one']);
  });
});

