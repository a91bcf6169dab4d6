import { describe, expect, it } from 'vitest';
import { createLookupEngine } from '../../../lib/lookup/engine';
import type { LookupResponse } from '../../../lib/lookup/types';
import { FIXTURES, record, unrelated } from './fixtures';

const engine = createLookupEngine(FIXTURES);
const ids = (r: LookupResponse) => r.results.map((x) => x.id);

describe('lookup: status', () => {
  it('is empty for blank input', () => {
    for (const q of ['', '   ', '\n\t\r\n']) expect(engine.lookup(q)).toEqual({ query: q, status: 'empty', results: [] });
  });

  it('is found for a code, with every result shaped as the contract says', () => {
    const r = engine.lookup('0x87D1FDE8');
    expect(r.status).toBe('found');
    expect(r.results[0]).toEqual({
      id: 'intune-error-0x87d1fde8',
      kind: 'intune-error',
      title: 'Erreur Intune 0x87D1FDE8 : échec de la correction',
      url: '/fr/intune-error-0x87d1fde8',
      match: 'code',
      score: 1,
      matchedOn: '0x87D1FDE8',
      values: [],
    });
    expect(r.notice).toBeUndefined();
  });

  it('is none, with a French notice, when only text matches', () => {
    const r = engine.lookup('mode passif sur le serveur');
    expect(r.status).toBe('none');
    expect(r.results[0]).toMatchObject({ id: 'guide-passive-mode', match: 'text' });
    expect(r.notice).toMatch(/Aucune entrée connue ne correspond exactement.*approchées/);
  });

  it('is none with no results for unrelated prose, and says so', () => {
    const r = engine.lookup('how do I bake bread');
    expect(r).toMatchObject({ status: 'none', results: [] });
    expect(r.notice).toBe('Aucune entrée connue ne correspond à votre saisie.');
  });
});

describe('lookup: codes', () => {
  it('reads every form of both Intune codes and SyncML(425)', () => {
    for (const q of ['0x87d1fde8', '0X87D1FDE8', '87D1FDE8', '-2016281112', '2278686184']) expect(ids(engine.lookup(q))[0], q).toBe('intune-error-0x87d1fde8');
    for (const q of ['0x87D101A9', '-2016345687', '2278621609', 'SyncML(425)', 'SyncML 425']) expect(ids(engine.lookup(q))[0], q).toBe('intune-error-0x87d101a9');
  });

  it('reads a signed code copied without its minus sign, and says so on the card', () => {
    const r = engine.lookup('Registry policies giving 2016281112 error');
    expect(r.results[0]).toMatchObject({ id: 'intune-error-0x87d1fde8', match: 'code', matchedOn: '2016281112' });
    expect(r.results[0]?.values).toEqual([{ name: 'Lu comme (signe moins rétabli)', value: '-2016281112' }]);
    expect(ids(engine.lookup('code 2016345687'))[0]).toBe('intune-error-0x87d101a9');
    // Any other ten digits stay an unknown number.
    expect(engine.lookup('2016281113').results.filter((x) => x.match === 'code')).toEqual([]);
  });

  it('never turns an unknown code into a match, and names it', () => {
    const r = engine.lookup('0x80070005');
    expect(r).toMatchObject({ status: 'none', results: [] });
    expect(r.notice).toContain('0x80070005');
    expect(engine.lookup('-2016281113').status).toBe('none');
  });

  it('reads system errors, also wrapped in an HRESULT, and picks the branch', () => {
    const r = engine.lookup('erreur système 577');
    expect(ids(r)).toEqual(['script-event-15', 'guide-antivirus-policy']);
    expect(r.results[0]).toMatchObject({ match: 'code', causeId: 'cause-elam-disabled', values: [{ name: 'Erreur système', value: '577' }] });
    expect(ids(engine.lookup('0x80070241'))[0]).toBe('script-event-15');
  });

  it('sets the branch the input points at', () => {
    expect(engine.lookup('0x87D1FDE8 SampleSharing').results[0]?.causeId).toBe('cause-policy-key');
    expect(engine.lookup('0x87D1FDE8').results[0]?.causeId).toBeUndefined();
  });

  it('finds an entry by its own id', () => {
    expect(engine.lookup('sense-event-63').results[0]).toMatchObject({ id: 'sense-event-63', match: 'code' });
  });
});

describe('lookup: events', () => {
  it('returns the entry of the named source', () => {
    expect(engine.lookup('SENSE event 15').results).toEqual([expect.objectContaining({ id: 'sense-event-15', match: 'code', matchedOn: 'événement SENSE 15' })]);
    expect(ids(engine.lookup('événement 15 du script d’intégration'))).toEqual(['script-event-15']);
    expect(ids(engine.lookup('MDM 1819'))).toEqual(['mdm-event-1819']);
  });

  it('returns every entry with the ID, flagged, with the question, when no source is named', () => {
    const r = engine.lookup('event 15');
    expect(r.status).toBe('ambiguous');
    expect(r.results.map((x) => [x.id, x.ambiguous])).toEqual([
      ['script-event-15', true],
      ['sense-event-15', true],
    ]);
    expect(r.ambiguity).toEqual([{ eventId: 15, question: expect.stringMatching(/Application.*WDATPOnboarding.*SENSE/s), ids: ['script-event-15', 'sense-event-15'] }]);
    expect(engine.lookup('15').status).toBe('ambiguous');
  });

  it('shows the only entry with an ID, but asks for its log rather than claiming it (look-alikes exist)', () => {
    // SENSE logs IDs the article does not list: "EventID 35 Communication quotas…" is no script event 35.
    const r = engine.lookup('event 63');
    expect(r).toMatchObject({ status: 'ambiguous', results: [{ id: 'sense-event-63', match: 'code', ambiguous: true }] });
    expect(r.ambiguity?.[0]).toMatchObject({ eventId: 63, ids: ['sense-event-63'] });
    expect(r.ambiguity?.[0]?.question).toContain('63');
    expect(engine.lookup('1819').results[0]?.id).toBe('mdm-event-1819');
    // With its log named, it is a plain match.
    expect(engine.lookup('SENSE event 63')).toMatchObject({ status: 'found', results: [{ id: 'sense-event-63', match: 'code' }] });
  });

  it('settles the source by a message of the same event, or by a system error of one candidate', () => {
    const row = '11/21/2026 10:02:13 AM 15 Error Microsoft Defender for Endpoint can’t start command channel with URL: https://x';
    expect(engine.lookup(row).results.map((x) => [x.id, x.ambiguous ?? false])).toEqual([['sense-event-15', false]]);
    const r = engine.lookup('event 15 erreur 577');
    expect(r.status).toBe('found');
    expect(r.results[0]).toMatchObject({ id: 'script-event-15', causeId: 'cause-elam-disabled' });
    expect(r.results.some((x) => x.ambiguous)).toBe(false);
    expect(r.ambiguity).toBeUndefined();
  });

  it('never matches an ID no entry has, or an ID of another log', () => {
    expect(engine.lookup('SENSE event 99')).toMatchObject({ status: 'none' });
    const r = engine.lookup('SENSE event 63'.replace('63', '69'));
    expect(r.results[0]).toMatchObject({ id: 'sense-event-69', match: 'code' });
    const wrongLog = engine.lookup('WDATPOnboarding event 63');
    expect(wrongLog.status).toBe('none');
    expect(wrongLog.notice).toContain('SENSE');
    expect(engine.lookup('Log Name: System\nSource: Service Control Manager\nEvent ID: 15').status).toBe('none');
  });
});

describe('lookup: messages and pastes', () => {
  it('matches a filled message and returns its values', () => {
    const r = engine.lookup('Windows Defender Advanced Threat Protection service failed to connect to the server at https://winatp-gw-weu.microsoft.com/');
    expect(r.status).toBe('found');
    expect(r.results[0]).toMatchObject({ id: 'sense-event-5', match: 'message', values: [{ name: 'URL', value: 'https://winatp-gw-weu.microsoft.com/' }] });
  });

  it('ranks an identifier with its source above a message of the same entry, keeping the values', () => {
    const block = 'Log Name: Microsoft-Windows-SENSE/Operational\nSource: SENSE\nEvent ID: 5\nDescription:\nMicrosoft Defender for Endpoint service failed to connect to the server at https://a';
    const r = engine.lookup(block);
    expect(r.results).toEqual([expect.objectContaining({ id: 'sense-event-5', match: 'code', score: 1, values: [{ name: 'URL', value: 'https://a' }] })]);
  });

  it('returns one result per distinct entry of a multi-event paste, in paste order', () => {
    const paste = [
      'Log Name: Application\nSource: WDATPOnboarding\nEvent ID: 15\n',
      'Log Name: Microsoft-Windows-SENSE/Operational\nSource: SENSE\nEvent ID: 5\n',
      'Log Name: Application\nSource: WDATPOnboarding\nEvent ID: 15\n',
      'The service is stopped. Service name: DiagTrack',
    ].join('\n');
    const r = engine.lookup(paste);
    expect(ids(r)).toEqual(['script-event-15', 'sense-event-5', 'sense-event-69']);
    expect(r.results.every((x) => x.match !== 'text')).toBe(true);
  });

  it('adds close text matches after exact ones when words remain in a short query', () => {
    const r = engine.lookup('SENSE event 5 problème de proxy WinHTTP mode passif');
    expect(r.results[0]).toMatchObject({ id: 'sense-event-5', match: 'code' });
    expect(r.results.slice(1).every((x) => x.match === 'text')).toBe(true);
  });

  it('honours the limit', () => {
    expect(engine.lookup('mode passif proxy diagtrack', { limit: 1 }).results).toHaveLength(1);
    expect(engine.lookup('0x87D1FDE8', { limit: 0 }).results).toEqual([]);
  });
});

describe('lookup: text results', () => {
  it("keep the text ranking's order on a near tie, whatever the kinds: the entry with more evidence first", () => {
    const event = record({ id: 'sense-event-99', kind: 'sense-event', eventId: 99, title: 'Télémétrie', symptoms: ['télémétrie désactivée', 'télémétrie coupée'] });
    const guide = record({
      id: 'guide-telemetry',
      kind: 'guide',
      title: 'Service de télémétrie',
      summary: 'La télémétrie doit tourner.',
      symptoms: ['télémétrie désactivée', 'télémétrie arrêtée', 'télémétrie coupée'],
      keywords: ['télémétrie'],
      bodyText: 'Télémétrie. Service de télémétrie.',
    });
    const r = createLookupEngine([event, guide, ...unrelated()]).lookup('télémétrie');
    // Both reach the score cap; the kind order (events first) is for identifiers, not for words.
    expect(r.results[0]?.score).toBe(r.results[1]?.score);
    expect(ids(r).slice(0, 2)).toEqual(['guide-telemetry', 'sense-event-99']);
  });
});

describe('lookup: hostile input', () => {
  const MB = 1024 * 1024;
  const hostile: [string, string][] = [
    ['markup', '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>'],
    ['control characters', '\u0000\u0001\u001b[31mSENSE\u0007 event 5\u007f'],
    ['emoji', '🔥🤖👍🏽 SENSE event 5 🔥'],
    ['lone surrogates', '\ud800 event \udc00 15 \ud83d'],
    ['regex syntax', '.*+?^${}()|[]\\ (a+)+$ %1 _variable_ $(build.sense.productDisplayName)'],
    ['a megabyte of junk', 'x7$ '.repeat(MB / 4)],
    ['a megabyte of one opening', 'Microsoft Defender for Endpoint service failed to '.repeat(MB / 50)],
    ['a megabyte without spaces', 'a'.repeat(MB)],
    ['more than the cap', 'ab '.repeat(MB)],
  ];
  for (const [name, input] of hostile) {
    it(`never throws on ${name}`, () => {
      const r = engine.lookup(input);
      // 'error' is not in the list: a stage that throws on hostile input fails this test.
      expect(['empty', 'found', 'ambiguous', 'none']).toContain(r.status);
      expect(r.query).toBe(input);
    });
  }

  it('reports a failure of its own as a failure, with a message, not as "no result"', () => {
    let armed = false;
    const base = FIXTURES.find((x) => x.id === 'sense-event-5');
    if (!base) throw new Error('fixture missing');
    // A record that breaks only once the engine is built: the failure happens inside lookup().
    const broken = { ...base };
    Object.defineProperty(broken, 'title', {
      get() {
        if (armed) throw new Error('title unavailable');
        return base.title;
      },
    });
    const fragile = createLookupEngine([broken, ...FIXTURES.filter((x) => x.id !== 'sense-event-5')]);
    armed = true;
    const r = fragile.lookup('SENSE event 5');
    expect(r).toMatchObject({ query: 'SENSE event 5', status: 'error', results: [], error: 'title unavailable' });
    expect(r.notice).toBeTruthy();
  });

  it('keeps the codes of a huge paste and says it was cut', () => {
    const big = `0x87D1FDE8 ${'lorem ipsum '.repeat(300_000)}`;
    const r = engine.lookup(big);
    expect(r.results[0]?.id).toBe('intune-error-0x87d1fde8');
    expect(r.notice).toMatch(/^Texte tronqué/);
  });

  it('finds events anywhere in a megabyte log', () => {
    const filler = '11/21/2026 10:00:00 AM 1000 Information Routine message\n'.repeat(18_000);
    const log = `Get-WinEvent -LogName Microsoft-Windows-SENSE/Operational\n${filler}11/21/2026 10:02:13 AM 5 Error x\n${filler}11/21/2026 10:05:00 AM 63 Warning y\n`;
    expect(ids(engine.lookup(log))).toEqual(['sense-event-5', 'sense-event-63']);
  });

  it('treats a non-string as empty', () => {
    expect(engine.lookup(undefined as unknown as string).status).toBe('empty');
  });
});

describe('engineFor', () => {
  it('builds one engine per records array and reuses it', async () => {
    const { engineFor } = await import('@/lib/lookup/engine');
    const { readEntries } = await import('@/lib/content/loader');
    const { toLookupRecords } = await import('@/lib/lookup/records');
    const records = toLookupRecords(readEntries('fr'));
    expect(engineFor(records)).toBe(engineFor(records));
    expect(engineFor([...records])).not.toBe(engineFor(records));
    expect(engineFor(records).lookup('SyncML(425)').results[0]?.id).toBe('intune-error-0x87d101a9');
  });
});
