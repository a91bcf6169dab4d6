/**
 * The real content: the 44 public ids, and every literal fact of the French
 * sources (codes, commands, registry and file paths, KB numbers, versions,
 * service names, event messages) present exactly, character for character.
 */
import { describe, expect, it } from 'vitest';
import { readEntries } from '@/lib/content/loader';
import { toLookupRecords } from '@/lib/lookup/records';
import facts from './literal-facts.json';
import { ALL_IDS, SEED_IDS, stringsOf } from './corpus-shared';

const entries = readEntries('fr');

const allText = entries.flatMap(stringsOf).join('\n');

describe('content corpus', () => {
  it('has exactly the public ids: the 44 of the seed articles, the SENSE catalogue and the installer codes', () => {
    expect(entries.map((e) => e.id).sort()).toEqual([...ALL_IDS].sort());
  });

  for (const [group, list] of Object.entries(facts)) {
    it(`carries every literal fact of the French sources: ${group}`, () => {
      const missing = (list as string[]).filter((fact) => !allText.includes(fact));
      expect(missing).toEqual([]);
    });
  }

  it('gives each SENSE event its French message exactly as the source prints it', () => {
    // The seed article's events: their first message is the seed's (the catalogue's wordings follow, see catalogue.test.ts).
    for (const e of entries.filter((x) => x.kind === 'sense-event' && SEED_IDS.has(x.id))) {
      expect(e.messages?.length, e.id).toBeGreaterThan(0);
      expect(facts.messagesFr, `${e.id}: ${e.messages?.[0]}`).toContain(e.messages?.[0]);
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
    // Steps everywhere but where the catalogue says none are needed or Microsoft documents none.
    expect(records.filter((r) => r.stepCount === 0 && r.eventClass !== 'notification' && r.documented !== false).map((r) => r.id)).toEqual([]);
  });

  describe('the corrections of the review against the sources (issue 7)', () => {
    const byId = (id: string) => {
      const e = entries.find((x) => x.id === id);
      if (!e) throw new Error(`no entry ${id}`);
      return e;
    };
    const textOf = (id: string) => stringsOf(byId(id)).join('\n');

    it('sense-event-10 covers only the onboarding case: no invented offboarding branch', () => {
      const e = byId('sense-event-10');
      expect(e.causes).toEqual([]);
      expect(textOf('sense-event-10')).not.toMatch(/retrait|offboarding/i);
    });

    it('gives no event provider the source does not give', () => {
      for (const e of entries.filter((x) => x.kind === 'sense-event' || x.kind === 'mdm-event')) expect(e.provider, e.id).toBeUndefined();
      for (const e of entries.filter((x) => x.kind === 'script-event')) expect(e.provider, e.id).toBe('WDATPOnboarding');
    });

    it('script-event-15: tells the second cause by its error text, restores the third-party condition, drops the unsourced additions', () => {
      const e = byId('script-event-15');
      expect(e.summary).toContain('Erreur système 577 ou erreur 1058');
      expect(e.summary).not.toContain('a écrit sa configuration');
      expect(textOf('script-event-15')).toContain('client anti-programme malveillant tiers');
      const scQuery = e.causes.flatMap((c) => c.steps).flatMap((s) => s.commands).find((c) => c.code === 'sc query sense');
      expect(scQuery?.elevated).toBe(false);
      expect(textOf('script-event-15')).not.toContain('STATE');
    });

    it('keeps the source words: « Début différé », « Gestionnaire des opérations », no Azure Log Analytics workspace', () => {
      expect(byId('compliance-case-2').cause).toContain('« Début différé »');
      expect(textOf('guide-server-onboarding')).toContain('Gestionnaire des opérations');
      expect(textOf('guide-server-onboarding')).not.toContain('Operations Manager');
      expect(textOf('guide-server-onboarding')).not.toMatch(/espace de travail Azure Log Analytics/);
    });

    it('guide-antivirus-policy re-runs onboarding right after clearing the policy', () => {
      const ids = byId('guide-antivirus-policy').steps.map((s) => s.id);
      expect(ids.indexOf('rerun-onboarding')).toBe(ids.indexOf('clear-policies') + 1);
    });

    it('guide-stuck-passive-mode makes no claim about the registry editor prefix; the administrator configures passive mode', () => {
      expect(textOf('guide-stuck-passive-mode')).not.toMatch(/préfixe/);
      expect(textOf('guide-antivirus-uninstalled-server')).toContain('vous configurez');
      expect(textOf('guide-antivirus-uninstalled-server')).not.toContain('l’installation configure');
    });

    it('writes French a French engineer trusts: no calque in titles, no « gardez en tête »', () => {
      expect(byId('guide-newly-built-devices').title).not.toContain('nouvellement créés');
      for (const e of entries) expect(stringsOf(e).join(' '), e.id).not.toMatch(/gardez en tête/i);
    });

    it('links the Learn pages the source links (event viewer reference, running the script again)', () => {
      for (const id of ['script-event-30', 'script-event-35', 'script-event-40']) {
        expect(textOf(id), id).toContain('https://learn.microsoft.com/fr-fr/defender-endpoint/event-error-codes');
      }
      for (const id of ['sense-event-6', 'sense-event-9', 'sense-event-10', 'sense-event-17']) {
        expect(textOf(id), id).toContain('https://learn.microsoft.com/fr-fr/defender-endpoint/configure-endpoints-script');
      }
      expect(textOf('guide-newly-built-devices')).toContain('https://learn.microsoft.com/fr-fr/mem/configmgr/protect/deploy-use/windows-defender-advanced-threat-protection');
    });
  });
});
