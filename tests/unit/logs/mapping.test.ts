/**
 * Which events are entries (registry.ts: source and channel → kind; the
 * entry must exist in the lookup records) and the values read from their
 * insertion strings (named after the entry's message template).
 */
import { describe, expect, it } from 'vitest';
import { kindOfSource, SOURCE_RULES } from '../../../lib/logs/registry';
import { ReportBuilder } from '../../../lib/logs/report';
import { DEFAULT_LIMITS } from '../../../lib/logs/limits';
import type { LogEvent } from '../../../lib/logs/types';
import { createValueReader, templateSlots } from '../../../lib/logs/values';
import { writeEvtx, type WriterEvent } from '../evtx/writer';
import { input, read, records } from './helpers';

const event = (e: Partial<LogEvent>): LogEvent => ({
  provider: undefined,
  channel: undefined,
  eventId: undefined,
  qualifiers: undefined,
  level: undefined,
  time: undefined,
  computer: undefined,
  recordId: undefined,
  data: [],
  message: undefined,
  ...e,
});

describe('the source registry', () => {
  it('is one table naming each kind', () => {
    expect(SOURCE_RULES.map((r) => r.kind)).toEqual(['sense-event', 'script-event', 'mdm-event']);
  });

  it('maps provider and channel to a kind, case-insensitively; an unknown channel passes on the provider', () => {
    expect(kindOfSource('Microsoft-Windows-SENSE', 'Microsoft-Windows-SENSE/Operational')).toBe('sense-event');
    expect(kindOfSource('microsoft-windows-sense', undefined)).toBe('sense-event');
    expect(kindOfSource('SENSE', undefined)).toBe('sense-event');
    expect(kindOfSource('WDATPOnboarding', 'Application')).toBe('script-event');
    expect(kindOfSource('Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider', 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin')).toBe('mdm-event');
  });

  it('look-alikes are not ours', () => {
    expect(kindOfSource('Microsoft-Windows-SENSEIR', 'Microsoft-Windows-SENSEIR/Operational')).toBeUndefined();
    expect(kindOfSource('Microsoft-Windows-SENSE', 'Microsoft-Windows-SENSE/Diagnostic')).toBeUndefined();
    expect(kindOfSource('WDATPOnboarding', 'System')).toBeUndefined();
    expect(kindOfSource('Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider', 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Operational')).toBeUndefined();
    expect(kindOfSource(undefined, 'Application')).toBeUndefined();
  });
});

describe('matching events to entries', () => {
  const builder = new ReportBuilder(records('en'), 'en', DEFAULT_LIMITS);

  it('an entry exists for SENSE 5, the script’s 15 and MDM 1819', () => {
    expect(builder.match(event({ provider: 'Microsoft-Windows-SENSE', channel: 'Microsoft-Windows-SENSE/Operational', eventId: 5 }))?.id).toBe('sense-event-5');
    // Event 1 of a SENSE log is the service start, never the SENSE table's System-log event 1.
    expect(builder.match(event({ provider: 'Microsoft-Windows-SENSE', channel: 'Microsoft-Windows-SENSE/Operational', eventId: 1 }))?.id).toBe('sense-event-1');
    expect(builder.match(event({ provider: 'Microsoft-Windows-Kernel-General', channel: 'System', eventId: 1 }))).toBeUndefined();
    expect(builder.match(event({ provider: 'WDATPOnboarding', channel: 'Application', eventId: 15 }))?.id).toBe('script-event-15');
    expect(builder.match(event({ provider: 'DeviceManagement-Enterprise-Diagnostics-Provider', eventId: 1819 }))?.id).toBe('mdm-event-1819');
  });

  it('no entry for an ID the article does not list, nor for other MDM events', () => {
    expect(builder.match(event({ provider: 'Microsoft-Windows-SENSE', eventId: 58 }))).toBeUndefined();
    expect(builder.match(event({ provider: 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider', eventId: 404 }))).toBeUndefined();
    expect(builder.match(event({ provider: 'Microsoft-Windows-SENSE', eventId: undefined }))).toBeUndefined();
  });

  it('every kind in the registry has entries among the records', () => {
    for (const rule of SOURCE_RULES) expect(records('en').some((r) => r.kind === rule.kind && r.eventId !== undefined), rule.kind).toBe(true);
  });
});

describe('values from insertion strings', () => {
  it('names %n placeholders after the words before them, and _variable_ in order', () => {
    expect(templateSlots('Updating the start type of external service. Name: %1, actual start type: %2, expected start type: %3, exit code: %4')).toEqual([
      { index: 0, name: 'Name' },
      { index: 1, name: 'Actual start type' },
      { index: 2, name: 'Expected start type' },
      { index: 3, name: 'Exit code' },
    ]);
    expect(templateSlots('Microsoft Defender for Endpoint service failed to connect to the server at _variable_')).toEqual([{ index: 0, name: 'URL' }]);
    expect(templateSlots('Failed to disable $(build.sense.productDisplayName) mode in Microsoft Defender for Endpoint. Failure code: %1')).toEqual([{ index: 0, name: 'Failure code' }]);
    expect(templateSlots('%1 alone')).toEqual([{ index: 0, name: undefined }]);
  });

  it('SENSE 63: service name, start types and exit code, in both languages', () => {
    const data = ['DiagTrack', 'Disabled', 'Automatic', '0x0'].map((value) => ({ name: undefined, value }));
    const e = event({ provider: 'Microsoft-Windows-SENSE', eventId: 63, data });
    const en = records('en').find((r) => r.id === 'sense-event-63');
    const fr = records('fr').find((r) => r.id === 'sense-event-63');
    if (!en || !fr) throw new Error('sense-event-63 missing');
    expect(createValueReader(records('en'), 'en').read(e, en)).toEqual([
      { name: 'Name', value: 'DiagTrack' },
      { name: 'Actual start type', value: 'Disabled' },
      { name: 'Expected start type', value: 'Automatic' },
      { name: 'Exit code', value: '0x0' },
    ]);
    expect(createValueReader(records('fr'), 'fr').read(e, fr).map((v) => v.name)).toEqual(['Nom', 'Type de démarrage réel', 'Type de démarrage attendu', 'Code de sortie']);
  });

  it('insertion strings beyond the template keep their Data name, or are numbered', () => {
    const rec = records('en').find((r) => r.id === 'sense-event-5');
    if (!rec) throw new Error('sense-event-5 missing');
    const e = event({ data: [{ name: undefined, value: 'https://a/' }, { name: 'Extra', value: 'x' }, { name: undefined, value: 'y' }, { name: undefined, value: '  ' }] });
    expect(createValueReader(records('en'), 'en').read(e, rec)).toEqual([
      { name: 'URL', value: 'https://a/' },
      { name: 'Extra', value: 'x' },
      { name: 'Insertion string 3', value: 'y' },
    ]);
    const fr = records('fr').find((r) => r.id === 'sense-event-5');
    if (!fr) throw new Error('sense-event-5 missing');
    expect(createValueReader(records('fr'), 'fr').read(event({ data: [{ name: undefined, value: 'a' }, { name: undefined, value: 'b' }] }), fr)[1]?.name).toBe('Chaîne d’insertion 2');
  });

  it('a long insertion string is cut', () => {
    const rec = records('en').find((r) => r.id === 'sense-event-5');
    if (!rec) throw new Error('sense-event-5 missing');
    const [v] = createValueReader(records('en'), 'en').read(event({ data: [{ name: undefined, value: 'x'.repeat(5000) }] }), rec);
    expect(v?.value.length).toBe(500);
  });

  it('an EVTX fixture with SENSE event 5 gives the sense-event-5 entry and its URL', async () => {
    const events: WriterEvent[] = [
      { provider: 'Microsoft-Windows-SENSE', eventId: 5, level: 2, channel: 'Microsoft-Windows-SENSE/Operational', computer: 'PC', time: '2024-01-02T03:04:05Z', data: ['https://winatp-gw-cus.microsoft.com/'] },
    ];
    const r = await read(input('one.evtx', writeEvtx(events).bytes));
    expect(r.entries).toEqual([
      {
        id: 'sense-event-5',
        kind: 'sense-event',
        eventId: 5,
        count: 1,
        first: '2024-01-02T03:04:05.000000Z',
        last: '2024-01-02T03:04:05.000000Z',
        values: [{ name: 'URL', value: 'https://winatp-gw-cus.microsoft.com/', count: 1 }],
        files: ['one.evtx'],
      },
    ]);
    expect(r.timeline).toEqual([
      { time: '2024-01-02T03:04:05.000000Z', id: 'sense-event-5', eventId: 5, level: 2, file: 'one.evtx', values: [{ name: 'URL', value: 'https://winatp-gw-cus.microsoft.com/' }] },
    ]);
  });
});
