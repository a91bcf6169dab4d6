/**
 * The parser reads back what the test writer wrote: the events the portal
 * maps to troubleshooting entries can be made to order.
 */
import { describe, expect, it } from 'vitest';
import { parseEvtx, parseEvtxSync, readEvtxHeader, recordToXml } from '../../../lib/evtx/index';
import type { EvtxRecord } from '../../../lib/evtx/index';
import { writeEvtx, type WriterEvent } from './writer';

const SENSE_5: WriterEvent = {
  provider: 'Microsoft-Windows-SENSE',
  providerGuid: '{CC0E6C4E-5A2C-4D3B-8E1A-2F9B7C6D5E4F}',
  eventId: 5,
  level: 2,
  channel: 'Microsoft-Windows-SENSE/Operational',
  computer: 'PC-0042.contoso.com',
  time: '2024-05-06T07:08:09.1234567Z',
  data: ['https://winatp-gw-weu.microsoft.com/'],
};

describe('evtx writer → parser', () => {
  it('reads a Microsoft-Windows-SENSE event 5 with its URL', () => {
    const { bytes } = writeEvtx([SENSE_5]);
    const r = parseEvtxSync(bytes);
    expect(r).toMatchObject({ ok: true, failures: [], problems: [] });
    expect(r.records).toHaveLength(1);
    const rec = r.records[0] as EvtxRecord;
    expect(rec).toEqual({
      recordId: 1,
      timestamp: '2024-05-06T07:08:09.123456Z',
      chunkIndex: 0,
      offset: 512,
      providerName: 'Microsoft-Windows-SENSE',
      providerGuid: 'CC0E6C4E-5A2C-4D3B-8E1A-2F9B7C6D5E4F',
      eventId: 5,
      qualifiers: undefined,
      version: undefined,
      level: 2,
      task: undefined,
      opcode: undefined,
      keywords: undefined,
      timeCreated: '2024-05-06T07:08:09.123456Z',
      eventRecordId: 1,
      activityId: undefined,
      processId: undefined,
      threadId: undefined,
      channel: 'Microsoft-Windows-SENSE/Operational',
      computer: 'PC-0042.contoso.com',
      userId: undefined,
      dataKind: 'EventData',
      data: [{ name: undefined, value: 'https://winatp-gw-weu.microsoft.com/' }],
      tree: undefined,
    });
  });

  it('writes a valid header and chunk (CRC32s check out)', () => {
    const { bytes, chunkCount } = writeEvtx([SENSE_5, SENSE_5]);
    const h = readEvtxHeader(bytes);
    expect(h.ok && h.header).toMatchObject({ majorVersion: 3, minorVersion: 1, chunkCount: 1, nextRecordId: 3, checksumValid: true, dirty: false });
    expect(h.ok && h.problems).toEqual([]);
    expect(chunkCount).toBe(1);
    expect(bytes.length).toBe(4096 + 65536);
  });

  it('renders the XML of a written event', () => {
    const { bytes } = writeEvtx([{ ...SENSE_5, data: [{ name: 'Url', value: 'https://a/?x=1&y=<2>' }] }]);
    const rec = parseEvtxSync(bytes, { tree: true }).records[0] as EvtxRecord;
    expect(recordToXml(rec)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
        '  <System>',
        '    <Provider Name="Microsoft-Windows-SENSE" Guid="CC0E6C4E-5A2C-4D3B-8E1A-2F9B7C6D5E4F">',
        '    </Provider>',
        '    <EventID>5</EventID>',
        '    <Level>2</Level>',
        '    <TimeCreated SystemTime="2024-05-06T07:08:09.123456Z">',
        '    </TimeCreated>',
        '    <EventRecordID>1</EventRecordID>',
        '    <Channel>Microsoft-Windows-SENSE/Operational</Channel>',
        '    <Computer>PC-0042.contoso.com</Computer>',
        '  </System>',
        '  <EventData>',
        '    <Data Name="Url">https://a/?x=1&amp;y=&lt;2&gt;</Data>',
        '  </EventData>',
        '</Event>',
        '',
      ].join('\n'),
    );
  });

  it('reads Qualifiers and named Data (Service Control Manager 7036)', () => {
    const { bytes } = writeEvtx([
      {
        provider: 'Service Control Manager',
        eventId: 7036,
        qualifiers: 16384,
        level: 4,
        channel: 'System',
        computer: 'PC-01',
        time: '2024-01-01T00:00:00Z',
        data: [
          { name: 'param1', value: 'Windows Defender Advanced Threat Protection Service' },
          { name: 'param2', value: 'stopped' },
        ],
      },
    ]);
    const rec = parseEvtxSync(bytes).records[0] as EvtxRecord;
    expect(rec).toMatchObject({ eventId: 7036, qualifiers: 16384, level: 4, channel: 'System' });
    expect(rec.data).toEqual([
      { name: 'param1', value: 'Windows Defender Advanced Threat Protection Service' },
      { name: 'param2', value: 'stopped' },
    ]);
  });

  it('round-trips many events over several chunks, templates reused within a chunk', async () => {
    const evs: WriterEvent[] = Array.from({ length: 1500 }, (_, i) => ({
      provider: i % 3 ? 'Microsoft-Windows-SENSE' : 'Microsoft-Windows-Windows Defender',
      eventId: [5, 6, 7, 1116][i % 4] ?? 5,
      level: 1 + (i % 4),
      channel: i % 3 ? 'Microsoft-Windows-SENSE/Operational' : 'Microsoft-Windows-Windows Defender/Operational',
      computer: `PC-${i % 7}`,
      time: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
      data: i % 5 === 0 ? [] : i % 2 ? [`value ${i}`, `é😀 ${i}`] : [{ name: 'Url', value: `https://host${i}/` }, { name: 'Empty', value: '' }],
    }));
    const { bytes, chunkCount, records } = writeEvtx(evs, { firstRecordId: 1000 });
    expect(chunkCount).toBeGreaterThan(3);
    const r = await parseEvtx(bytes);
    expect(r.failures).toEqual([]);
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => x.recordId)).toEqual(records.map((x) => x.recordId));
    r.records.forEach((rec, i) => {
      const e = evs[i] as WriterEvent;
      expect([rec.providerName, rec.eventId, rec.level, rec.channel, rec.computer, rec.eventRecordId]).toEqual([
        e.provider,
        e.eventId,
        e.level,
        e.channel,
        e.computer,
        1000 + i,
      ]);
      expect(Date.parse(rec.timeCreated ?? '')).toBe(Date.parse(e.time));
      expect(rec.data).toEqual((e.data ?? []).map((d) => (typeof d === 'string' ? { name: undefined, value: d } : d)));
    });
  });
});
