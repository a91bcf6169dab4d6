/**
 * Each format the log reader knows, from the fixtures in tests/fixtures/logs
 * (made by make-fixtures.ts): what it reads, and what it says about damaged
 * or foreign files.
 */
import { describe, expect, it } from 'vitest';
import { codes, entryCounts, fixture, input, read } from './helpers';

describe('binary .evtx', () => {
  it('reads every record, matches SENSE events and reads the URL of event 5', async () => {
    const r = await read(input('sense.evtx'));
    const f = r.files[0];
    expect(f).toMatchObject({ file: 'sense.evtx', format: 'evtx', records: 5, failures: 0, problems: [] });
    expect(entryCounts(r)).toEqual(['sense-event-5×3', 'sense-event-63×1']);
    const e5 = f?.entries[0];
    expect(e5).toMatchObject({ first: '2024-05-06T07:08:09.123456Z', last: '2024-05-07T09:10:11.000000Z' });
    expect(e5?.values).toEqual([
      { name: 'URL', value: 'https://winatp-gw-weu.microsoft.com/', count: 2 },
      { name: 'URL', value: 'https://us-v20.events.data.microsoft.com/', count: 1 },
    ]);
    expect(f?.others).toEqual([
      expect.objectContaining({ provider: 'Microsoft-Windows-SENSE', eventId: 58, count: 1, channel: 'Microsoft-Windows-SENSE/Operational' }),
    ]);
    expect(r).toMatchObject({ unreadable: false, damaged: false });
  });

  it('a truncated file: the complete records, a clear problem, partial results', async () => {
    const r = await read(input('sense-truncated.evtx'));
    expect(r.files[0]).toMatchObject({ records: 1, failures: 1 });
    expect(entryCounts(r)).toEqual(['sense-event-5×1']);
    expect(codes(r)).toContain('evtx-truncated');
    expect(r.damaged).toBe(true);
    expect(r.unreadable).toBe(false);
  });

  it('a file shorter than the EVTX header says so', async () => {
    const r = await read(input('short.evtx', fixture('sense.evtx').slice(0, 1000)));
    expect(codes(r)).toEqual(['evtx-header-truncated']);
    expect(r.files[0]?.records).toBe(0);
  });

  it('a text file named .evtx: not an EVTX file, nothing read', async () => {
    const r = await read(input('not-evtx.evtx'));
    expect(r.files[0]).toMatchObject({ format: 'unknown', records: 0 });
    expect(codes(r)).toEqual(['not-evtx']);
    expect(r.unreadable).toBe(true);
  });

  it('an XML export named .evtx: read by its content, with a note', async () => {
    const r = await read(input('renamed-xml.evtx'));
    expect(r.files[0]).toMatchObject({ format: 'xml', records: 3 });
    expect(r.files[0]?.problems).toEqual([{ code: 'renamed', severity: 'info', name: '.evtx', format: 'xml' }]);
    expect(r.unreadable).toBe(false);
  });

  it('an empty file and a binary file are unreadable', async () => {
    const empty = await read(input('empty.evtx', new Uint8Array(0)));
    expect(codes(empty)).toEqual(['empty']);
    const png = await read(input('picture.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])));
    expect(codes(png)).toEqual(['unknown-format']);
    expect(png.unreadable).toBe(true);
  });

  it('reads the WDATPOnboarding events of the Application log and the MDM event 1819', async () => {
    const app = await read(input('application.evtx'));
    expect(entryCounts(app)).toEqual(['script-event-15×1']);
    expect(app.files[0]?.others.map((o) => `${o.provider}/${o.eventId}`)).toEqual(['Application Error/1000', 'WDATPOnboarding/99']);
    const mdm = await read(input('mdm.evtx'));
    expect(entryCounts(mdm)).toEqual(['mdm-event-1819×1']);
    expect(mdm.files[0]?.entries[0]?.values.map((v) => `${v.name}=${v.value}`)).toEqual(['NodeId=1', 'TokenName=SampleSharing', 'Result=The parameter is incorrect (0x87D1FDE8)']);
    expect(mdm.files[0]?.others.map((o) => o.eventId)).toEqual([404]);
  });
});

describe('Event Viewer XML export', () => {
  it('reads <Events><Event>…: insertion strings by Data Name, RenderingInfo ignored for System fields', async () => {
    const r = await read(input('export.xml'));
    expect(r.files[0]).toMatchObject({ format: 'xml', records: 3, failures: 0, problems: [] });
    expect(entryCounts(r)).toEqual(['sense-event-5×1', 'sense-event-68×1']);
    const e68 = r.files[0]?.entries.find((e) => e.id === 'sense-event-68');
    expect(e68?.values.map((v) => `${v.name}=${v.value}`)).toEqual(['Service name=DiagTrack', 'Actual start type=Disabled', 'Expected start type=Automatic']);
    expect(r.files[0]?.others[0]).toMatchObject({ provider: 'Service Control Manager', eventId: 7036, level: 4, channel: 'System' });
  });

  it('reads UTF-16 (with its byte-order mark) as well as UTF-8', async () => {
    const r = await read(input('export-utf16.xml'));
    expect(r.files[0]).toMatchObject({ format: 'xml', records: 3 });
    expect(entryCounts(r)).toEqual(['sense-event-5×1', 'sense-event-68×1']);
  });

  it('a truncated export: the events before the cut, and a problem', async () => {
    const r = await read(input('export-truncated.xml'));
    expect(r.files[0]?.records).toBe(1);
    expect(codes(r)).toEqual(['xml-truncated']);
    expect(r.damaged).toBe(true);
  });

  it('a malformed event is skipped and counted, the others read', async () => {
    const text = new TextDecoder().decode(fixture('export.xml')).replace('<EventID>68</EventID>', '<EventID>68</EventIX>');
    const r = await read(input('bad.xml', new TextEncoder().encode(text)));
    expect(r.files[0]).toMatchObject({ records: 2, failures: 1 });
    expect(codes(r)).toEqual(['xml-malformed']);
  });

  it('an event larger than the cap is skipped, not kept', async () => {
    const r = await read(input('export.xml'), 'en', { limits: { textRecordChars: 600 } });
    expect(codes(r)).toContain('record-too-large');
    expect(r.files[0]?.records).toBeLessThan(3);
  });
});

describe('Event Viewer CSV export', () => {
  it('reads the English columns, the unnamed description, and values from the message', async () => {
    const r = await read(input('export.csv'));
    expect(r.files[0]).toMatchObject({ format: 'csv', records: 4, failures: 0 });
    expect(entryCounts(r)).toEqual(['script-event-15×1', 'sense-event-5×1', 'sense-event-63×1']);
    const f = r.files[0];
    expect(f?.entries.find((e) => e.id === 'sense-event-5')).toMatchObject({ first: '2024-05-06T07:08:09', values: [{ name: 'URL', value: 'https://winatp-gw-weu.microsoft.com/', count: 1 }] });
    expect(f?.entries.find((e) => e.id === 'sense-event-63')?.values.map((v) => `${v.name}=${v.value}`)).toEqual([
      'Name=DiagTrack',
      'Actual start type=Disabled',
      'Expected start type=Automatic',
      'Exit code=0x0',
    ]);
    // "1:15:00 PM", a description over two lines.
    expect(f?.entries.find((e) => e.id === 'script-event-15')?.first).toBe('2024-05-06T13:15:00');
  });

  it('reads French headers, levels and day-first dates; values named in the reader’s language', async () => {
    const en = await read(input('export-fr.csv'), 'en');
    expect(en.files[0]).toMatchObject({ format: 'csv', records: 3, failures: 0 });
    expect(entryCounts(en)).toEqual(['sense-event-5×1', 'sense-event-69×1']);
    expect(en.files[0]?.entries.find((e) => e.id === 'sense-event-69')).toMatchObject({ first: '2024-05-06T13:20:00', values: [{ name: 'Service name', value: 'DiagTrack', count: 1 }] });
    expect(en.files[0]?.others[0]).toMatchObject({ provider: 'Service Control Manager', level: 4, first: '2024-05-13T08:00:00' });
    const fr = await read(input('export-fr.csv'), 'fr');
    expect(fr.files[0]?.entries.find((e) => e.id === 'sense-event-69')?.values[0]?.name).toBe('Nom du service');
  });

  it('rows that are no event are counted as failures, the others read', async () => {
    const r = await read(input('export-damaged.csv'));
    expect(r.files[0]).toMatchObject({ records: 2, failures: 2 });
    expect(entryCounts(r)).toEqual(['sense-event-5×1', 'sense-event-7×1']);
    expect(r.files[0]?.entries[1]?.values).toEqual([{ name: 'Failure code', value: '0x80070005', count: 1 }]);
    expect(codes(r)).toEqual(['csv-bad-rows']);
  });

  it('reads Get-WinEvent | Export-Csv columns', async () => {
    const csv = [
      '#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord',
      '"Message","Id","Level","ProviderName","LogName","MachineName","TimeCreated"',
      '"Microsoft Defender for Endpoint service failed to connect to the server at https://x.example/","5","2","Microsoft-Windows-SENSE","Microsoft-Windows-SENSE/Operational","PC","5/6/2024 7:08:09 AM"',
      '',
    ].join('\r\n');
    const r = await read(input('ps.csv', new TextEncoder().encode(csv)));
    expect(r.files[0]).toMatchObject({ format: 'csv', records: 1 });
    expect(r.files[0]?.entries[0]).toMatchObject({ id: 'sense-event-5', values: [{ name: 'URL', value: 'https://x.example/' }] });
  });

  it('reads Windows-1252 (ANSI) exports', async () => {
    const text = 'Niveau,Date et heure,Source,ID de l\u2019\u00e9v\u00e9nement,Cat\u00e9gorie de la t\u00e2che\r\nErreur,06/05/2024 07:08:09,Microsoft-Windows-SENSE,15,Aucun,"x"\r\n';
    const bytes = Uint8Array.from(text, (c) => (c === '\u2019' ? 0x92 : c.charCodeAt(0)));
    const r = await read(input('ansi.csv', bytes));
    expect(entryCounts(r)).toEqual(['sense-event-15×1']);
  });
});

describe('Event Viewer text exports', () => {
  it('reads a tab-separated export (UTF-16), with descriptions over several lines', async () => {
    const r = await read(input('export.txt'));
    expect(r.files[0]).toMatchObject({ format: 'text', records: 3, failures: 0 });
    expect(entryCounts(r)).toEqual(['sense-event-15×1', 'sense-event-5×1']);
    expect(r.files[0]?.entries.find((e) => e.id === 'sense-event-15')?.values).toEqual([{ name: 'URL', value: 'https://winatp-gw-neu.microsoft.com/', count: 1 }]);
  });

  it('reads "Copy details as text" blocks, the event XML giving the insertion strings', async () => {
    const r = await read(input('details.txt'));
    expect(r.files[0]).toMatchObject({ format: 'text', records: 2 });
    expect(entryCounts(r)).toEqual(['mdm-event-1819×1', 'sense-event-5×1']);
    const e5 = r.files[0]?.entries.find((e) => e.id === 'sense-event-5');
    // From the XML: UTC time and the insertion string (the description says the message cannot be found).
    expect(e5).toMatchObject({ first: '2024-05-06T07:08:09.1234567Z', values: [{ name: 'URL', value: 'https://winatp-gw-weu.microsoft.com/' }] });
    const mdm = r.files[0]?.entries.find((e) => e.id === 'mdm-event-1819');
    expect(mdm?.values.map((v) => v.value)).toEqual(['1', 'SampleSharing', 'The parameter is incorrect']);
  });

  it('reads French block labels', async () => {
    const r = await read(input('details-fr.txt'), 'fr');
    expect(entryCounts(r)).toEqual(['sense-event-63×1']);
    expect(r.files[0]?.entries[0]?.values.map((v) => `${v.name}=${v.value}`)).toEqual([
      'Nom=DiagTrack',
      'Type de démarrage réel=Disabled',
      'Type de démarrage attendu=Automatic',
      'Code de sortie=0x0',
    ]);
    expect(r.files[0]?.entries[0]?.first).toBe('2024-05-06T07:09:00');
  });
});
