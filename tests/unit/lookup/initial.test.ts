/**
 * What a page rendered with `?q=` hands to its search panel: the engine's
 * answer and only the records of its cards, as cards show them.
 */
import { describe, expect, it } from 'vitest';
import { getLookupRecords, initialLookup } from '@/lib/lookup/corpus';
import { cardRecord } from '@/lib/lookup/records';

describe('initialLookup', () => {
  it('answers the query and carries the records of its cards only', () => {
    const initial = initialLookup('fr', '0x87D1FDE8');
    expect(initial.response.status).toBe('found');
    expect(initial.records.map((r) => r.id)).toEqual(initial.response.results.map((r) => r.id));
    expect(initial.records.map((r) => r.id)).toContain('intune-error-0x87d1fde8');
  });

  it('keeps what a card shows and drops the text that is only matched', () => {
    const full = getLookupRecords('en').find((r) => r.id === 'sense-event-5')!;
    const card = cardRecord(full);
    for (const key of ['id', 'lang', 'kind', 'title', 'url', 'summary', 'eventId', 'provider', 'log', 'codes', 'cause', 'question', 'firstSteps', 'stepCount'] as const) {
      expect(card[key]).toEqual(full[key]);
    }
    expect(card.causes).toEqual(full.causes.map((c) => ({ ...c, keywords: [] })));
    expect([card.bodyText, card.symptoms, card.keywords, card.alt, card.messages]).toEqual(['', [], [], [], { fr: [], en: [] }]);
    expect(full.bodyText.length).toBeGreaterThan(0);
    expect(JSON.stringify(card).length).toBeLessThan(JSON.stringify(full).length / 2);
  });

  it('has nothing to carry for an empty query', () => {
    expect(initialLookup('en', '  ')).toEqual({ query: '  ', response: { query: '  ', status: 'empty', results: [] }, records: [] });
  });
});
