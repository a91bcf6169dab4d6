import { describe, expect, it } from 'vitest';
import { exitCode, formatCard, formatList, formatResponse, inlineToText, listJson, responseJson, wrap } from '../../../lib/cli/format';
import { createLookupEngine } from '../../../lib/lookup/engine';
import type { LookupResponse } from '../../../lib/lookup/types';
import { FIXTURES } from '../lookup/fixtures';

const engine = createLookupEngine(FIXTURES);
const byId = new Map(FIXTURES.map((r) => [r.id, r]));
const plain = { color: false, width: 100, lang: 'fr' as const };
const ESC = '\x1b[';

describe('text helpers', () => {
  it('turns inline Markdown into terminal text, keeping link targets', () => {
    expect(inlineToText('Voir **[le guide](/fr/guide-x)** et `sc query sense`, *vite*.')).toBe('Voir le guide (/fr/guide-x) et sc query sense, vite.');
  });

  it('wraps words to the width with an indent', () => {
    expect(wrap('aaa bbb ccc ddd', 7, '  ')).toBe('aaa bbb\n  ccc ddd');
    expect(wrap('averyveryverylongword x', 5, '')).toBe('averyveryverylongword\nx');
  });
});

describe('cards', () => {
  it('shows title, match, url, values, cause and first steps with commands', () => {
    const r = engine.lookup('Microsoft Defender for Endpoint service failed to connect to the server at https://winatp-gw-weu.microsoft.com/');
    const text = formatResponse(r, byId, plain);
    expect(text).toContain('1. Événement SENSE 5 : impossible de joindre le serveur');
    expect(text).toContain('message reconnu');
    expect(text).toContain('/fr/sense-event-5');
    expect(text).toMatch(/URL\s+https:\/\/winatp-gw-weu\.microsoft\.com\//);
    expect(text).toContain('Première étape.');
    expect(text).not.toContain(ESC);
  });

  it('shows the branch, its cause and its commands when the input points at one', () => {
    const r = engine.lookup('sc query sense affiche START_PENDING, événement 15 WDATPOnboarding');
    const card = formatCard(r.results[0]!, byId.get('script-event-15'), 1, plain);
    expect(card).toContain('/fr/script-event-15#cause-start-pending');
    expect(card).toContain('Le service reste en attente.');
    expect(card).toMatch(/sc query sense\s+\(invite de commandes administrateur\)/);
  });

  it('lists the branches when the input does not choose', () => {
    const card = formatCard(engine.lookup('0x87D1FDE8').results[0]!, byId.get('intune-error-0x87d1fde8'), 1, plain);
    expect(card).toContain('Quel OMA-URI est en échec ?');
    expect(card).toContain('/fr/intune-error-0x87d1fde8#cause-policy-key');
  });

  it('prints the notice and the ambiguity question', () => {
    expect(formatResponse(engine.lookup('how do I bake bread'), byId, plain)).toContain('Aucune entrée connue ne correspond à votre saisie.');
    const ambiguous = formatResponse(engine.lookup('event 15'), byId, plain);
    expect(ambiguous).toContain('source à préciser');
    expect(ambiguous).toMatch(/L’événement 15 existe dans plusieurs journaux/);
  });

  it('colours only when asked', () => {
    const r = engine.lookup('0x87D1FDE8');
    expect(formatResponse(r, byId, { color: true, width: 100, lang: 'fr' as const })).toContain(ESC);
    expect(formatResponse(r, byId, plain)).not.toContain(ESC);
  });
});

describe('list and JSON', () => {
  it('lists every entry with its code', () => {
    const text = formatList(FIXTURES, plain);
    for (const r of FIXTURES) expect(text).toContain(r.id);
    expect(text).toContain('SENSE 15');
    expect(text).toContain('0x87D1FDE8');
  });

  it('gives id, kind, title, url and codes in --list --json', () => {
    const { entries } = listJson(FIXTURES, 'fr');
    expect(entries).toHaveLength(FIXTURES.length);
    expect(entries.find((e) => e.id === 'sense-event-5')).toEqual({
      id: 'sense-event-5',
      kind: 'sense-event',
      title: 'Événement SENSE 5 : impossible de joindre le serveur',
      url: '/fr/sense-event-5',
      code: 'SENSE 5',
      eventId: 5,
      provider: 'SENSE',
      log: expect.stringContaining('SENSE'),
    });
    expect(entries.find((e) => e.id === 'intune-error-0x87d101a9')?.codes).toEqual({ hex: '0x87D101A9', decimal: -2016345687, syncml: 425 });
  });

  it('keeps the response contract in JSON', () => {
    const json = responseJson(engine.lookup('event 15'));
    expect(Object.keys(json)).toEqual(['query', 'status', 'results', 'ambiguity']);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('exitCode', () => {
  const response = (status: LookupResponse['status']): LookupResponse => ({ query: '', status, results: [] });
  it('is 0 when something was recognised, 1 otherwise', () => {
    expect(exitCode([response('found')])).toBe(0);
    expect(exitCode([response('ambiguous')])).toBe(0);
    expect(exitCode([response('none')])).toBe(1);
    expect(exitCode([response('empty')])).toBe(1);
    expect(exitCode([response('none'), response('found')])).toBe(0);
    expect(exitCode([])).toBe(1);
  });

  it('is 3 when the engine failed and nothing else was recognised', () => {
    expect(exitCode([response('error')])).toBe(3);
    expect(exitCode([response('error'), response('none')])).toBe(3);
    expect(exitCode([response('error'), response('found')])).toBe(0);
  });
});
