/**
 * Zip bundles: the Client Analyzer's MDEClientAnalyzerResult.zip (member
 * names with backslashes, logs in nested folders, any case), zips inside
 * zips, a cut download, and the zip-bomb caps.
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeEvtx } from '../evtx/writer';
import { codes, entryCounts, fixture, input, read } from './helpers';
import { SENSE_EVENTS } from './make-fixtures';

const MiB = 1024 * 1024;

describe('zip bundles', () => {
  it('finds the event logs and the analyzer results of a Client Analyzer zip', async () => {
    const r = await read(input('MDEClientAnalyzerResult.zip'));
    const zip = r.files[0];
    expect(zip).toMatchObject({ file: 'MDEClientAnalyzerResult.zip', format: 'zip', records: 0, problems: [] });
    expect(zip?.members).toEqual([
      'MDEClientAnalyzerResult/EventLogs/sense.evtx',
      'MDEClientAnalyzerResult/EventLogs/senseIR.evtx',
      'MDEClientAnalyzerResult/EventLogs/Application.EVTX',
      'MDEClientAnalyzerResult/SystemInfoLogs/MDEClientAnalyzer.xml',
    ]);
    const sense = 'MDEClientAnalyzerResult.zip/MDEClientAnalyzerResult/EventLogs/sense.evtx';
    expect(r.files.find((f) => f.file === sense)).toMatchObject({ container: 'MDEClientAnalyzerResult.zip', format: 'evtx', records: 5, failures: 0, bytes: 69632 });
    expect(entryCounts(r, sense)).toEqual(['sense-event-5×3', 'sense-event-63×1']);
    // SENSEIR's event 5 is not SENSE event 5.
    const ir = r.files.find((f) => f.file.endsWith('senseIR.evtx'));
    expect(ir?.entries).toEqual([]);
    expect(ir?.others.map((o) => `${o.provider}/${o.eventId}`)).toEqual(['Microsoft-Windows-SENSEIR/5']);
    const analyzer = r.files.find((f) => f.format === 'analyzer');
    expect(analyzer?.findings?.map((f) => [f.id, f.severity, f.check])).toEqual([
      ['122001', 'Error', 'DiagTrack'],
      ['121001', 'Warning', 'Proxy'],
    ]);
    expect(analyzer?.findings?.[1]?.guidance).toBe('See proxy settings (https://learn.microsoft.com/defender-endpoint/configure-proxy-internet)');
    expect(r.entries.map((e) => `${e.id}×${e.count}`)).toEqual(['sense-event-5×3', 'script-event-15×1', 'sense-event-63×1']);
    expect(r.totals).toMatchObject({ files: 4, records: 11, failures: 0, matched: 5, entries: 3 });
    expect(r).toMatchObject({ unreadable: false, damaged: false });
  });

  it('opens a zip inside a zip', async () => {
    const r = await read(input('nested.zip'));
    expect(r.files.map((f) => [f.file, f.format])).toEqual([
      ['nested.zip', 'zip'],
      ['nested.zip/inner/logs.zip', 'zip'],
      ['nested.zip/inner/logs.zip/EventLogs/mdm.evtx', 'evtx'],
    ]);
    expect(r.entries.map((e) => e.id)).toEqual(['mdm-event-1819']);
  });

  it('does not open a zip three levels deep', async () => {
    const deep = zipSync({ 'a.zip': fixture('nested.zip') });
    const r = await read(input('deep.zip', deep));
    expect(codes(r)).toContain('zip-too-deep');
    expect(r.entries).toEqual([]);
  });

  it('a cut download (no central directory): the members before the cut, and a problem', async () => {
    const r = await read(input('truncated.zip'));
    expect(codes(r, 'truncated.zip')).toEqual(['zip-damaged']);
    expect(r.files[0]?.problems[0]?.severity).toBe('damage');
    expect(r.entries.map((e) => e.id)).toContain('sense-event-5');
    expect(r.damaged).toBe(true);
  });

  it('a zip without logs says so', async () => {
    const r = await read(input('empty.zip'));
    expect(codes(r)).toEqual(['zip-no-logs']);
    expect(r.unreadable).toBe(true);
  });

  it('a corrupt member is reported, the others read', async () => {
    const bytes = zipSync({ 'a/sense.evtx': writeEvtx(SENSE_EVENTS).bytes, 'b/other.evtx': writeEvtx(SENSE_EVENTS).bytes }, { level: 6 });
    // Damage the deflate stream of the first member (it starts after its 30-byte header and name).
    const start = 30 + 'a/sense.evtx'.length;
    for (let i = start + 20; i < start + 60; i++) bytes[i] = 0xff;
    const r = await read(input('corrupt.zip', bytes));
    expect(codes(r, 'corrupt.zip/a/sense.evtx')).toContain('zip-member-damaged');
    expect(entryCounts(r, 'corrupt.zip/b/other.evtx')).toEqual(['sense-event-5×3', 'sense-event-63×1']);
  });

  it('zip bomb: a member inflating far more than its size is stopped at the ratio cap', async () => {
    const r = await read(input('bomb.zip'));
    const member = r.files.find((f) => f.file === 'bomb.zip/EventLogs/sense.evtx');
    expect(member?.problems.map((p) => p.code)).toEqual(['zip-ratio-cap']);
    expect(member?.bytes).toBeLessThan(40 * MiB);
    expect(r.damaged).toBe(true);
  });

  it('zip bomb: the total of uncompressed bytes is capped for the whole bundle, nested zips included', async () => {
    const r = await read(input('MDEClientAnalyzerResult.zip'), 'en', { limits: { zipTotalBytes: 100_000 } });
    const all = r.files.flatMap((f) => f.problems.map((p) => p.code));
    expect(all.filter((c) => c === 'zip-total-cap')).toHaveLength(1);
    const read1 = r.files.filter((f) => f.container).reduce((a, f) => a + f.bytes, 0);
    expect(read1).toBeLessThanOrEqual(100_000 + 70_000);
    // The member cut by the cap does not also claim to be a truncated file.
    expect(all).not.toContain('evtx-truncated');
    const nested = await read(input('nested.zip'), 'en', { limits: { zipTotalBytes: 1000 } });
    expect(nested.files.flatMap((f) => f.problems.map((p) => p.code))).toContain('zip-total-cap');
  });

  it('encrypted members and unknown compression methods are reported, not read', async () => {
    const bytes = zipSync({ 'EventLogs/sense.evtx': writeEvtx(SENSE_EVENTS).bytes }, { level: 0 });
    const dv = new DataView(bytes.buffer);
    const enc = bytes.slice();
    const ev = new DataView(enc.buffer);
    // Set the encryption flag in the local and central headers.
    ev.setUint16(6, 1, true);
    const cd = enc.length - 22 - (46 + 'EventLogs/sense.evtx'.length);
    ev.setUint16(cd + 8, 1, true);
    expect(codes(await read(input('enc.zip', enc)))).toContain('zip-encrypted');
    const m = bytes.slice();
    const mv = new DataView(m.buffer);
    mv.setUint16(cd + 10, 14, true);
    expect(codes(await read(input('lzma.zip', m)))).toContain('zip-method');
    expect(dv.getUint32(0, true)).toBe(0x04034b50);
  });
});
