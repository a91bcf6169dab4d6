/**
 * The whole SENSE catalogue and the installer's exit codes, against the
 * literals of their sources (catalogue-literals.json, extracted from the
 * sources by tools/extract-catalogue-literals.mjs and kept in the repository:
 * no test reads outside it).
 *
 * - every Operational ID of Microsoft's table and every ID the provider
 *   defines has its entry in both languages, the System-log event its own;
 * - every message appears exactly in its entry, placeholders aside
 *   (`variable`, _variable_, %1, PowerShell's $x become one token);
 * - every provider template appears exactly, and, filled with values, finds
 *   its event first as a message match with the values read out.
 */
import { describe, expect, it } from 'vitest';
import { readEntries, type Entry } from '@/lib/content/loader';
import { getLookupRecords } from '@/lib/lookup/corpus';
import { createLookupEngine } from '@/lib/lookup/engine';
import literals from './catalogue-literals.json';

type Installer = { name: string; messages: string[] };
const operational = literals.operational as Record<string, string>;
const system = literals.system as Record<string, string>;
const fr = literals.fr as Record<string, string>;
const provider = literals.provider as Record<string, string>;
const installer = literals.installer as Record<string, Installer>;

/** A message with its placeholders made one token, whatever their spelling. */
function shape(message: string): string {
  return message
    .replace(/`variable`|_variable_|%[0-9]+|\$\([^)]*\)|\$[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?:\[[^\]]*\])?|\{%[0-9]+\}/g, '¤')
    .replace(/\s+/g, ' ')
    .trim();
}

const entries: Record<'en' | 'fr', Map<string, Entry>> = {
  en: new Map(readEntries('en').map((e) => [e.id, e])),
  fr: new Map(readEntries('fr').map((e) => [e.id, e])),
};

const allIds = [...new Set([...Object.keys(operational), ...Object.keys(provider)].map(Number))].sort((a, b) => a - b);
/** The French table's ID 35 describes another, older event (a dependency removal): the French entry quotes the English. */
const FRENCH_OTHER_EVENT = new Set([35]);

describe('the SENSE catalogue', () => {
  it(`has an entry for each of the ${allIds.length} IDs of the table and of the provider, in both languages`, () => {
    for (const lang of ['en', 'fr'] as const) {
      const missing = allIds.filter((id) => entries[lang].get(`sense-event-${id}`)?.eventId !== id);
      expect(missing, lang).toEqual([]);
    }
    expect(allIds.length).toBeGreaterThanOrEqual(164);
  });

  it('quotes every English message of the table exactly, placeholders aside', () => {
    const wrong = Object.entries(operational).filter(([id, message]) => {
      const e = entries.en.get(`sense-event-${id}`);
      return !(e?.messages ?? []).some((m) => shape(m) === shape(message));
    });
    expect(wrong).toEqual([]);
  });

  it('quotes every French message of the French table exactly, placeholders aside (35 aside: another event)', () => {
    const wrong = Object.entries(fr).filter(([id, message]) => {
      if (FRENCH_OTHER_EVENT.has(Number(id))) return false;
      const e = entries.fr.get(`sense-event-${id}`);
      return !(e?.messages ?? []).some((m) => shape(m) === shape(message));
    });
    expect(wrong).toEqual([]);
    // Where the French table says nothing, the French page shows the English message as the literal it is.
    for (const id of Object.keys(operational).filter((k) => !(k in fr) || FRENCH_OTHER_EVENT.has(Number(k)))) {
      expect(entries.fr.get(`sense-event-${id}`)?.messages?.map(shape), id).toContain(shape(operational[id] ?? ''));
    }
  });

  it('gives every template of the provider exactly, the same in both editions', () => {
    const wrong = Object.entries(provider).filter(([id, template]) =>
      (['en', 'fr'] as const).some((lang) => !(entries[lang].get(`sense-event-${id}`)?.providerMessages ?? []).includes(template)),
    );
    expect(wrong).toEqual([]);
  });

  it('says of an ID only the provider defines that Microsoft documents no cause or action, and invents none', () => {
    const undocumented = allIds.filter((id) => !(String(id) in operational));
    expect(undocumented.length).toBeGreaterThan(10);
    for (const id of undocumented) {
      for (const lang of ['en', 'fr'] as const) {
        const e = entries[lang].get(`sense-event-${id}`);
        expect(e?.documented, `${lang} ${id}`).toBe(false);
        expect(e?.steps, `${lang} ${id}`).toEqual([]);
        expect(e?.cause, `${lang} ${id}`).toBeUndefined();
        expect(e?.body, `${lang} ${id}`).toMatch(lang === 'en' ? /documents no cause or action/ : /ne documente (?:ni cause ni action|aucune cause)/);
      }
    }
    for (const id of Object.keys(operational)) expect(entries.en.get(`sense-event-${id}`)?.documented, id).toBe(true);
  });

  it('classes every documented event (notification, warning, error) and places every event in a part of the sensor', () => {
    for (const e of [...entries.en.values()].filter((x) => x.kind === 'sense-event')) {
      expect(e.sensorArea, e.id).toBeDefined();
      if (e.documented) expect(e.eventClass, e.id).toBeDefined();
    }
    // The Action column's "Normal operating notification; no action required." never becomes an error.
    expect(entries.en.get('sense-event-1')?.eventClass).toBe('notification');
    expect(entries.en.get('sense-event-11')?.eventClass).toBe('notification');
    expect(entries.en.get('sense-event-5')?.eventClass).toBe('error');
  });

  it('has the System-log SenseNdrPktmon event as an entry of its own, logged in System', () => {
    const [id, message] = Object.entries(system)[0] ?? [];
    for (const lang of ['en', 'fr'] as const) {
      const e = entries[lang].get('sense-ndr-pktmon-event-1');
      expect(e?.eventId).toBe(Number(id));
      expect(e?.log).toMatch(/^(System|Système)$/);
      expect(e?.messages?.map(shape)).toContain(shape(message ?? ''));
    }
  });
});

describe('the installer\'s exit codes (Install.ps1)', () => {
  it('has an entry for every code the script raises, with its name and every message it prints', () => {
    for (const [code, { name, messages }] of Object.entries(installer)) {
      for (const lang of ['en', 'fr'] as const) {
        const e = entries[lang].get(`installer-exit-${code}`);
        expect(e?.kind, `${lang} ${code}`).toBe('installer-exit');
        expect(e?.exitCode).toBe(Number(code));
        expect(e?.exitName).toBe(name);
        const shapes = (e?.messages ?? []).map(shape);
        for (const m of messages) expect(shapes, `${lang} ${code}: ${m}`).toContain(shape(m));
      }
    }
    expect(Object.keys(installer).sort((a, b) => Number(a) - Number(b))).toEqual(['3', '4', '6', '10', '12', '13', '14', '15', '16', '18', '20', '30', '32', '33', '34', '35', '36', '37', '38', '39']);
  });
});

describe('Windows\' own wording finds its event', () => {
  const engine = createLookupEngine(getLookupRecords('en'), { lang: 'en' });
  /** Distinct values per placeholder, shaped like what Windows writes there. */
  const fill = (template: string) => {
    let n = 0;
    return template.replace(/%([0-9]+)/g, () => {
      n++;
      return n % 3 === 1 ? `https://winatp-gw-weu${n}.microsoft.com/` : n % 3 === 2 ? `0x8007${String(n).padStart(4, '0')}` : `Value${n}`;
    });
  };

  it('every provider template, filled in, is a message match on its event, first, with its values read', () => {
    const misses: string[] = [];
    for (const [id, template] of Object.entries(provider)) {
      const pasted = fill(template);
      const r = engine.lookup(pasted);
      const first = r.results[0];
      if (first?.id !== `sense-event-${id}` || first.match !== 'message') {
        misses.push(`${id}: ${first?.id ?? 'nothing'} (${first?.match ?? '-'}) for ${pasted}`);
        continue;
      }
      const placeholders = template.match(/%[0-9]+/g)?.length ?? 0;
      if (placeholders && !(first.values?.length)) misses.push(`${id}: no value read from ${pasted}`);
    }
    expect(misses).toEqual([]);
  });
});

describe('installer output finds its exit code, and only its own', () => {
  const engine = createLookupEngine(getLookupRecords('en'), { lang: 'en' });
  const codeResults = (q: string) => engine.lookup(q).results.filter((r) => r.match === 'code' || r.match === 'message').map((r) => r.id);

  it('reads "Script will exit with code N(0xN)" and the ERR_ name as the installer entry', () => {
    expect(codeResults('[SRV01:4242 24/11/26T10:02:13.441 Install.ps1:1435] Script will exit with code 38(0x26)')).toEqual(['installer-exit-38']);
    expect(codeResults('exit code 38 ERR_TAMPER_PROTECTED')).toEqual(['installer-exit-38']);
    expect(codeResults('Install.ps1 exit code 12')).toEqual(['installer-exit-12']);
    expect(engine.lookup('Script will exit with code 38(0x26)').results[0]?.matchedOn).toBe('Script will exit with code 38(0x26)');
  });

  it('finds the entry from the message the script printed before exiting', () => {
    const tail = [
      "[SRV01:4242 24/11/26T10:02:13.440 Install.ps1:1431] Tamper protection is still enabled. Please disable it (or boot in 'Safe Mode') before uninstalling the product.",
      '[SRV01:4242 24/11/26T10:02:13.441 Install.ps1:1435] Script will exit with code 38(0x26)',
    ].join('\n');
    expect(codeResults(tail)).toEqual(['installer-exit-38']);
  });

  it('leaves a code passed on from msiexec, wusa or the offboarding script to that program', () => {
    const msi = engine.lookup('install exitcode: 1603\nScript will exit with code 1603(0x643)');
    expect(msi.results.filter((r) => r.match === 'code')).toEqual([]);
    expect(msi.notice).toMatch(/installer's own/);
    expect(codeResults('Offboarding script returned 15.\nScript will exit with code 15(0xf)')).not.toContain('installer-exit-15');
    // The onboarding script's result is its event: "Onboarding script returned 15" is script event 15, not ERR_CORRUPTED_FILE.
    const onboarding = codeResults('WARNING: Onboarding script returned 15\nScript will exit with code 15(0xf)');
    expect(onboarding).toContain('script-event-15');
    expect(onboarding).not.toContain('installer-exit-15');
  });
});

describe('the System-log event is named by its message, never by SENSE event 1', () => {
  const engine = createLookupEngine(getLookupRecords('en'), { lang: 'en' });
  it('"SENSE event 1" is the service start only; the SenseNdrPktmon message finds its own entry', () => {
    expect(engine.lookup('SENSE event 1').results.map((r) => r.id)).toEqual(['sense-event-1']);
    const message = system['1'] ?? '';
    expect(engine.lookup(message).results[0]).toMatchObject({ id: 'sense-ndr-pktmon-event-1', match: 'message' });
  });
});
