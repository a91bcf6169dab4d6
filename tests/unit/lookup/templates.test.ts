import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from '../../../lib/lookup/normalize';
import { compileTemplate, createTemplateMatcher, PRODUCT_NAMES, valueName } from '../../../lib/lookup/templates';
import { FIXTURES } from './fixtures';

const matcher = createTemplateMatcher(FIXTURES);
const match = (s: string) => matcher.match(normalizeWithMap(s));
const top = (s: string) => {
  const found = match(s);
  return found[0] ? { id: found[0].recordId, full: found[0].full, values: Object.fromEntries(found[0].values.map((v) => [v.name, v.value])) } : undefined;
};

describe('valueName', () => {
  it('names a value after the label before it', () => {
    expect(valueName('Microsoft Defender for Endpoint service failed to read the onboarding parameters. Failure code: ')).toBe('Failure code');
    expect(valueName('… n’a pas pu lire les paramètres d’intégration. Code d’échec : ')).toBe('Code d’échec');
    expect(valueName('Updating the start type of external service. Name: %1, actual start type: ')).toBe('Actual start type');
    expect(valueName('Failed to Set Node’s Value. NodeId: (')).toBe('NodeId');
    expect(valueName('Microsoft Defender for Endpoint can’t start command channel with URL: ')).toBe('URL');
    expect(valueName('… failed to connect to the server at ')).toBe('URL');
    expect(valueName('… se connecter au serveur à l’adresse ')).toBe('URL');
  });
});

describe('compileTemplate', () => {
  it('compiles placeholders of every kind, or nothing for a template without words', () => {
    expect(compileTemplate('x', 'en', 'message', 'Failure code: variable')?.valueGroups.map((v) => v.name)).toEqual(['Failure code']);
    expect(compileTemplate('x', 'en', 'message', 'A: %1, B: %2')?.valueGroups.map((v) => v.name)).toEqual(['A', 'B']);
    expect(compileTemplate('x', 'en', 'message', '%1')).toBeUndefined();
  });
});

describe('template matching', () => {
  it('matches a message with its variable filled in and reads the value as pasted', () => {
    expect(top('Microsoft Defender for Endpoint service failed to connect to the server at https://winatp-gw-weu.microsoft.com/')).toEqual({
      id: 'sense-event-5',
      full: true,
      values: { URL: 'https://winatp-gw-weu.microsoft.com/' },
    });
  });

  it('matches every historical product name', () => {
    for (const name of PRODUCT_NAMES) {
      expect(top(`${name} service failed to connect to the server at https://x`)?.id, name).toBe('sense-event-5');
    }
  });

  it('matches the French message whatever the accents, apostrophes and case', () => {
    const variants = [
      'Microsoft Defender pour point de terminaison service n’a pas pu se connecter au serveur à l’adresse https://x',
      "microsoft defender pour point de terminaison service n'a pas pu se connecter au serveur a l'adresse https://x",
      'MICROSOFT DEFENDER POUR POINT DE TERMINAISON SERVICE N’A PAS PU SE CONNECTER AU SERVEUR À L’ADRESSE https://x',
    ];
    for (const v of variants) expect(top(v)?.id, v).toBe('sense-event-5');
  });

  it('accepts the French word order of Windows ("Le service Microsoft Defender…") as well as the source’s', () => {
    expect(top('Le service Microsoft Defender pour point de terminaison n’a pas pu se connecter au serveur à l’adresse https://x')?.id).toBe('sense-event-5');
    expect(top('The Microsoft Defender for Endpoint service failed to read the onboarding parameters. Failure code: 0x5')?.values).toEqual({ 'Failure code': '0x5' });
  });

  it('reads every value of a multi-value message', () => {
    expect(top('Updating the start type of external service. Name: DiagTrack, actual start type: Disabled, expected start type: Automatic, exit code: 0')?.values).toEqual({
      Name: 'DiagTrack',
      'Actual start type': 'Disabled',
      'Expected start type': 'Automatic',
      'Exit code': '0',
    });
    expect(top('Mise à jour du type de démarrage du service externe. Nom : DiagTrack, type de démarrage réel : Désactivé, type de démarrage attendu : Automatique, code de sortie : 5')?.values).toMatchObject({
      Nom: 'DiagTrack',
      'Type de démarrage réel': 'Désactivé',
      'Code de sortie': '5',
    });
  });

  it('reads values in parentheses (MDM 1819)', () => {
    const found = top("Microsoft Defender for Endpoint CSP: Failed to Set Node's Value. NodeId: (SampleSharing), TokenName: (./Device/Vendor/MSFT/WindowsAdvancedThreatProtection/Configuration/SampleSharing), Result: (Access is denied).");
    expect(found?.id).toBe('mdm-event-1819');
    expect(found?.values).toEqual({
      NodeId: 'SampleSharing',
      TokenName: './Device/Vendor/MSFT/WindowsAdvancedThreatProtection/Configuration/SampleSharing',
      Result: 'Access is denied',
    });
  });

  it('lets $(build.sense.productDisplayName) stand for any product name or the raw placeholder', () => {
    expect(top('Failed to disable Microsoft Defender ATP mode in Microsoft Defender for Endpoint. Failure code: 0x80004005')?.id).toBe('sense-event-30');
    expect(top('Failed to disable $(build.sense.productDisplayName) mode in Microsoft Defender for Endpoint. Failure code: 1')?.id).toBe('sense-event-30');
  });

  it('matches a message cut short at the end', () => {
    const found = match('Microsoft Defender for Endpoint service failed to connect to the serv');
    expect(found.map((m) => [m.recordId, m.full])).toEqual([['sense-event-5', false]]);
    expect(found[0]?.coverage).toBeGreaterThan(0.5);
  });

  it('matches a message with text around it', () => {
    expect(top('[2026-11-21 10:02] ERROR Microsoft Defender for Endpoint can’t start command channel with URL: https://us-v20.events.data.microsoft.com (retry 3/5)')).toEqual({
      id: 'sense-event-15',
      full: true,
      values: { URL: 'https://us-v20.events.data.microsoft.com' },
    });
  });

  it('matches each message of a log, in order', () => {
    const log = 'Microsoft Defender for Endpoint service failed to connect to the server at https://a\nThe service is stopped. Service name: DiagTrack';
    expect(match(log).map((m) => m.recordId)).toEqual(['sense-event-5', 'sense-event-69']);
  });

  it('says nothing about an opening several messages share', () => {
    expect(match('Microsoft Defender for Endpoint service failed to')).toEqual([]);
  });

  it('requires short labels to be whole and bounded by word edges', () => {
    expect(top('Remediation failed')?.id).toBe('intune-error-0x87d1fde8');
    expect(match('remediation')).toEqual([]);
    expect(match('xremediation failed')).toEqual([]);
    expect(match('The service is stopped')).toEqual([]);
  });

  it('ignores prose that merely mentions the product', () => {
    expect(match('Microsoft Defender for Endpoint is great')).toEqual([]);
    expect(match('how do I bake bread')).toEqual([]);
  });

  it('finds nothing in a megabyte of a repeated opening (the bench times it)', () => {
    expect(match('Microsoft Defender for Endpoint service failed to '.repeat(20_000))).toEqual([]);
  });
});
