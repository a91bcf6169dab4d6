/**
 * The real content: the 44 public ids, and every literal fact of the French
 * sources (codes, commands, registry and file paths, KB numbers, versions,
 * service names, event messages) present exactly, character for character.
 */
import { describe, expect, it } from 'vitest';
import { readEntries } from '@/lib/content/loader';
import { toLookupRecords } from '@/lib/lookup/records';
import facts from './literal-facts.json';

const entries = readEntries('fr');

const PUBLIC_IDS = [
  ...[5, 10, 15, 30, 35, 40, 65].map((n) => `script-event-${n}`),
  ...[5, 6, 7, 9, 10, 15, 17, 25, 27, 29, 30, 32, 55, 63, 64, 68, 69].map((n) => `sense-event-${n}`),
  'intune-error-0x87d1fde8',
  'intune-error-0x87d101a9',
  'mdm-event-1819',
  'compliance-case-1',
  'compliance-case-2',
  'compliance-case-3',
  'guide-group-policy-deployment',
  'guide-configuration-manager-deployment',
  'guide-script-deployment',
  'guide-intune-deployment',
  'guide-sense-event-log',
  'guide-diagnostic-data-service',
  'guide-internet-connectivity',
  'guide-antivirus-policy',
  'guide-server-onboarding',
  'guide-newly-built-devices',
  'guide-antivirus-uninstalled-server',
  'guide-passive-mode',
  'guide-stuck-passive-mode',
  'guide-reenable-antivirus-server-2016',
];

/** Every string an entry carries (frontmatter values and body), as parsed. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

const allText = entries.flatMap(stringsOf).join('\n');

describe('content corpus', () => {
  it('has exactly the 44 public ids', () => {
    expect(entries.map((e) => e.id).sort()).toEqual([...PUBLIC_IDS].sort());
  });

  for (const [group, list] of Object.entries(facts)) {
    it(`carries every literal fact of the French sources: ${group}`, () => {
      const missing = (list as string[]).filter((fact) => !allText.includes(fact));
      expect(missing).toEqual([]);
    });
  }

  it('gives each SENSE event its French message exactly as the source prints it', () => {
    for (const e of entries.filter((x) => x.kind === 'sense-event')) {
      expect(e.messages?.length, e.id).toBeGreaterThan(0);
      for (const m of e.messages ?? []) expect(facts.messagesFr, `${e.id}: ${m}`).toContain(m);
    }
  });

  it('numbers the 28 steps of the newly-built-devices procedure step-1 … step-28', () => {
    const guide = entries.find((e) => e.id === 'guide-newly-built-devices');
    const ids = [...(guide?.steps ?? []), ...(guide?.causes.flatMap((c) => c.steps) ?? [])].map((s) => s.id);
    for (let n = 1; n <= 28; n++) expect(ids).toContain(`step-${n}`);
    const screenshotOnly = [...(guide?.steps ?? []), ...(guide?.causes.flatMap((c) => c.steps) ?? [])].filter((s) => s.screenshotOnly).map((s) => s.id);
    expect(screenshotOnly).toEqual(expect.arrayContaining(['step-10', 'step-12']));
  });

  it('presents both causes of onboarding-script event 15 and the four of 0x87D1FDE8', () => {
    expect(entries.find((e) => e.id === 'script-event-15')?.causes).toHaveLength(2);
    expect(entries.find((e) => e.id === 'intune-error-0x87d1fde8')?.causes).toHaveLength(4);
  });

  it('keeps the translation errors of the source out of our prose (quoted messages excepted)', () => {
    const prose = entries.flatMap(({ messages: _m, errorType: _t, symptoms: _s, ...rest }) => stringsOf(rest)).join('\n');
    for (const bad of ['Réexél', 'Réexécri', 'désintégrage']) expect(prose).not.toContain(bad);
  });

  it('turns every entry into a lookup record with its URL', () => {
    const records = toLookupRecords(entries);
    expect(records.map((r) => r.url)).toEqual(entries.map((e) => `/fr/${e.id}`));
    expect(records.every((r) => r.stepCount > 0)).toBe(true);
  });
});
