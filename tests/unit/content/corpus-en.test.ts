/**
 * The English edition: the same public ids, and every literal fact of the
 * English sources (codes, commands, registry and file paths, KB numbers,
 * versions, service names, OMA-URIs, event messages, error descriptions,
 * non-compliance symptoms) present exactly, character for character.
 *
 * literal-facts.en.json is extracted from /work/shared/sources/en/*.md, not
 * from the content. The sources are plain ASCII: straight apostrophes
 * (`isn't`, `Node's`), no curly quotes.
 */
import { describe, expect, it } from 'vitest';
import { readEntries, type Entry } from '@/lib/content/loader';
import { toLookupRecords } from '@/lib/lookup/records';
import facts from './literal-facts.en.json';
import { ALL_IDS, PUBLIC_IDS, SEED_IDS, stringsOf } from './corpus-shared';

// Loaded inside a try so that a missing or invalid content/en fails the tests
// below one by one (each listing what is missing) instead of the whole file.
let entries: Entry[] = [];
let loadError: unknown;
try {
  entries = readEntries('en');
} catch (error) {
  loadError = error;
}

const allText = entries.flatMap(stringsOf).join('\n');

describe('English content corpus', () => {
  it('loads content/en without problems', () => {
    expect(loadError === undefined ? undefined : String(loadError instanceof Error ? loadError.message : loadError)).toBeUndefined();
  });

  it('has exactly the public ids: the 44 of the seed articles, the SENSE catalogue and the installer codes', () => {
    expect(entries.map((e) => e.id).sort()).toEqual([...ALL_IDS].sort());
    expect(entries.every((e) => e.lang === 'en')).toBe(true);
  });

  for (const [group, list] of Object.entries(facts)) {
    it(`carries every literal fact of the English sources: ${group}`, () => {
      const missing = (list as string[]).filter((fact) => !allText.includes(fact));
      expect(missing).toEqual([]);
    });
  }

  it('gives each SENSE event and the MDM event its English message exactly as the source prints it', () => {
    // The seed article's events: their first message is the seed's (the catalogue's wordings follow, see catalogue.test.ts).
    const events = entries.filter((x) => (x.kind === 'sense-event' || x.kind === 'mdm-event') && SEED_IDS.has(x.id));
    expect(events.map((e) => e.id).sort()).toEqual(PUBLIC_IDS.filter((id) => id.startsWith('sense-event-') || id.startsWith('mdm-event-')).sort());
    for (const e of events) {
      expect(e.messages?.length, e.id).toBeGreaterThan(0);
      expect(facts.messagesEn, `${e.id}: ${e.messages?.[0]}`).toContain(e.messages?.[0]);
    }
    // …and no source message is left only in prose: each is some event's `messages`.
    const carried = new Set(events.flatMap((e) => e.messages ?? []));
    expect(facts.messagesEn.filter((m) => !carried.has(m))).toEqual([]);
  });

  it('labels each script event and Intune error with the error description of the source table', () => {
    const labelled = entries.filter((x) => x.kind === 'script-event' || x.kind === 'intune-error');
    expect(labelled.map((e) => e.id).sort()).toEqual(PUBLIC_IDS.filter((id) => id.startsWith('script-event-') || id.startsWith('intune-error-')).sort());
    for (const e of labelled) expect(e.errorType, `${e.id}: errorType`).toBeDefined();
    for (const e of entries.filter((x) => x.errorType !== undefined)) {
      expect(facts.errorDescriptions, `${e.id}: ${e.errorType}`).toContain(e.errorType);
    }
  });

  it('lists each non-compliance case’s symptom string among its symptoms, exactly', () => {
    for (const [i, symptom] of facts.complianceSymptoms.entries()) {
      const entry = entries.find((e) => e.id === `compliance-case-${i + 1}`);
      expect(entry?.symptoms ?? [], `compliance-case-${i + 1}`).toContain(symptom);
    }
  });

  it('numbers the 28 steps of the newly-built-devices procedure step-1 … step-28', () => {
    const guide = entries.find((e) => e.id === 'guide-newly-built-devices');
    const steps = [...(guide?.steps ?? []), ...(guide?.causes.flatMap((c) => c.steps) ?? [])];
    const ids = steps.map((s) => s.id);
    for (let n = 1; n <= 28; n++) expect(ids).toContain(`step-${n}`);
    const screenshotOnly = steps.filter((s) => s.screenshotOnly).map((s) => s.id);
    expect(screenshotOnly).toEqual(expect.arrayContaining(['step-10', 'step-12']));
  });

  it('presents both causes of onboarding-script event 15 and the four of 0x87D1FDE8', () => {
    expect(entries.find((e) => e.id === 'script-event-15')?.causes).toHaveLength(2);
    expect(entries.find((e) => e.id === 'intune-error-0x87d1fde8')?.causes).toHaveLength(4);
  });

  it('turns every entry into a lookup record with its English URL', () => {
    const records = toLookupRecords(entries);
    expect(records).toHaveLength(ALL_IDS.length);
    expect(records.map((r) => r.url)).toEqual(entries.map((e) => `/en/${e.id}`));
    // Steps everywhere but where the catalogue says none are needed or Microsoft documents none.
    expect(records.filter((r) => r.stepCount === 0 && r.eventClass !== 'notification' && r.documented !== false).map((r) => r.id)).toEqual([]);
  });
});
