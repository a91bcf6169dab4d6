/**
 * Value encodings (MS-EVEN6 value types) and template instantiation rules,
 * tested on hand-made bytes; plus a check that the library stays
 * browser-safe (no Node modules, no Buffer).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvtxFormatError, filetimeText, systemtimeText, utf16 } from '../../../lib/evtx/bytes';
import { arrayTexts, ChunkContext, instantiate, Slots, T_ELEMENT, T_SUB, T_TEXT, valueText, type TElement } from '../../../lib/evtx/binxml';
import { crc32 } from '../../../lib/evtx/crc32';
import { compilePlan } from '../../../lib/evtx/extract';
import { treeToXml } from '../../../lib/evtx/xml';

function dv(bytes: number[]): DataView {
  return new DataView(new Uint8Array(bytes).buffer);
}

function le(v: bigint, n: number): number[] {
  return Array.from({ length: n }, (_, i) => Number((v >> BigInt(8 * i)) & 0xffn));
}

function utf16le(s: string, nul = false): number[] {
  const out: number[] = [];
  for (const c of s) for (let i = 0; i < c.length; i++) out.push(c.charCodeAt(i) & 0xff, c.charCodeAt(i) >> 8);
  if (nul) out.push(0, 0);
  return out;
}

describe('evtx values', () => {
  it('CRC32 is the IEEE one', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const b = new TextEncoder().encode('The quick brown fox jumps over the lazy dog');
    expect(crc32(b)).toBe(0x414fa339);
    expect(crc32(b, 10, b.length, crc32(b, 0, 10))).toBe(0x414fa339);
  });

  it('FILETIME: microseconds truncated, out-of-range fails', () => {
    expect(filetimeText(dv(le(0n, 8)), 0)).toBe('1601-01-01T00:00:00.000000Z');
    const t = (BigInt(Date.UTC(2016, 6, 8, 18, 12, 51)) / 1000n + 11644473600n) * 10000000n + 6816409n;
    expect(filetimeText(dv(le(t, 8)), 0)).toBe('2016-07-08T18:12:51.681640Z');
    expect(filetimeText(dv(le((253402207200n + 11644473600n) * 10000000n, 8)), 0)).toBe('9999-12-30T22:00:00.000000Z');
    expect(() => filetimeText(dv(le(0xffffffffffffffffn, 8)), 0)).toThrow(EvtxFormatError);
    expect(() => filetimeText(dv(le((253402207201n + 11644473600n) * 10000000n, 8)), 0)).toThrow(/out of range/);
  });

  it('SYSTEMTIME: valid dates render, impossible ones fail, all-zero is 1601', () => {
    const st = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number) =>
      dv([...le(BigInt(y), 2), ...le(BigInt(mo), 2), 0, 0, ...le(BigInt(d), 2), ...le(BigInt(h), 2), ...le(BigInt(mi), 2), ...le(BigInt(s), 2), ...le(BigInt(ms), 2)]);
    expect(systemtimeText(st(2024, 2, 29, 23, 59, 58, 999), 0)).toBe('2024-02-29T23:59:58.999000Z');
    expect(systemtimeText(st(0, 0, 0, 0, 0, 0, 0), 0)).toBe('1601-01-01T00:00:00.000000Z');
    expect(() => systemtimeText(st(2023, 2, 29, 0, 0, 0, 0), 0)).toThrow(/invalid SYSTEMTIME/);
    expect(() => systemtimeText(st(2023, 13, 1, 0, 0, 0, 0), 0)).toThrow(/invalid SYSTEMTIME/);
    expect(() => systemtimeText(st(2023, 1, 1, 24, 0, 0, 0), 0)).toThrow(/invalid SYSTEMTIME/);
  });

  it('UTF-16: stops at NUL, keeps surrogate pairs, replaces lone surrogates', () => {
    expect(utf16(dv(utf16le('abc')), 0, 3)).toBe('abc');
    expect(utf16(dv([...utf16le('ab'), 0, 0, ...utf16le('cd')]), 0, 5)).toBe('ab');
    expect(utf16(dv(utf16le('é😀€')), 0, 4)).toBe('é😀€');
    expect(utf16(dv([0x3d, 0xd8, 0x41, 0x00]), 0, 2)).toBe('\ufffdA');
    const long = 'x'.repeat(5000) + 'é';
    expect(utf16(dv(utf16le(long)), 0, long.length)).toBe(long);
  });

  it('renders each scalar type as the reference does', () => {
    const cases: [number, number[], string][] = [
      [0x00, [], ''],
      [0x01, utf16le('hi'), 'hi'],
      [0x02, [0x41, 0x00, 0x80, 0xe9], 'A€é'],
      [0x03, [0xff], '-1'],
      [0x04, [0xff], '255'],
      [0x05, [0xfe, 0xff], '-2'],
      [0x06, [0xfe, 0xff], '65534'],
      [0x07, le(0xfffffffen, 4), '-2'],
      [0x08, le(0xfffffffen, 4), '4294967294'],
      [0x09, le(0xfffffffffffffffen, 8), '-2'],
      [0x0a, le(0xfffffffffffffffen, 8), '18446744073709551614'],
      [0x0a, le(12345678901234n, 8), '12345678901234'],
      [0x0b, [0x00, 0x00, 0xc0, 0x3f], '1.5'],
      [0x0c, [0, 0, 0, 0, 0, 0, 0xf8, 0x3f], '1.5'],
      [0x0d, [1, 0, 0, 0], 'true'],
      [0x0d, [0, 0, 0, 0], 'false'],
      [0x0e, [0xde, 0xad, 0x01], 'DEAD01'],
      [0x0f, [0x25, 0x96, 0x84, 0x54, 0x78, 0x54, 0x94, 0x49, 0xa5, 0xba, 0x3e, 0x3b, 0x03, 0x28, 0xc3, 0x0d], '54849625-5478-4994-A5BA-3E3B0328C30D'],
      [0x10, le(0x1fn, 8), '0x1f'],
      [0x10, le(0x1fn, 4), '0x1f'],
      [0x13, [1, 5, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0, 0x12, 0, 0, 0, 0xf4, 1, 0, 0, 0xe8, 3, 0, 0, 0xe9, 3, 0, 0], 'S-1-5-21-18-500-1000-1001'],
      [0x14, le(0x3e7n, 4), '0x3e7'],
      [0x15, le(0x8020000000000000n, 8), '0x8020000000000000'],
    ];
    for (const [t, bytes, text] of cases) expect([t, valueText(dv(bytes), t, 0, bytes.length)]).toEqual([t, text]);
  });

  it('splits arrays into items', () => {
    const strings = [...utf16le('a', true), 0, 0, ...utf16le('bc', true)];
    expect(arrayTexts(dv(strings), 0x81, 0, strings.length)).toEqual(['a', '', 'bc']);
    expect(arrayTexts(dv([1, 0, 2, 0, 0xff, 0xff]), 0x86, 0, 6)).toEqual(['1', '2', '65535']);
    expect(valueText(dv([1, 0, 2, 0]), 0x86, 0, 4)).toBe('1,2');
    expect(arrayTexts(dv([...le(1n, 4), ...le(0n, 4)]), 0x8d, 0, 8)).toEqual(['true', 'false']);
  });
});

describe('evtx template instantiation', () => {
  // <EventData><Data Name="N">%0</Data><Data>%1?</Data><Data>%2</Data></EventData>
  const sub = (index: number, optional: boolean) => ({ k: T_SUB, index, optional, declared: 0x01 }) as const;
  const el = (name: string, attrs: TElement['attrs'], children: TElement['children']): TElement => ({
    k: T_ELEMENT,
    name,
    attrs,
    children,
    hasElementChild: children.some((c) => c.k === T_ELEMENT),
    nameText: attrs.find((a) => a.name === 'Name')?.value.map((n) => (n.k === T_TEXT ? n.s : '')).join(''),
  });
  const template = el('EventData', [], [
    el('Data', [{ name: 'Name', value: [{ k: T_TEXT, s: 'N' }] }], [sub(0, false)]),
    el('Data', [], [sub(1, true)]),
    el('Data', [], [sub(2, false)]),
  ]);

  function slotsFor(values: [number, number[]][]): { ctx: ChunkContext<unknown>; slots: Slots } {
    const bytes: number[] = [];
    const slots = new Slots();
    slots.reset(values.length);
    values.forEach(([t, b], i) => {
      slots.type[i] = t;
      slots.off[i] = bytes.length;
      slots.len[i] = b.length;
      bytes.push(...b);
    });
    return { ctx: new ChunkContext(dv(bytes.length ? bytes : [0]), compilePlan), slots };
  }

  it('repeats the element for an array of more than one item (MS-EVEN6 §3.1.4.7.5)', () => {
    const arr = [...utf16le('x', true), ...utf16le('y', true), 0, 0];
    const { ctx, slots } = slotsFor([
      [0x81, arr],
      [0x01, utf16le('opt')],
      [0x01, utf16le('z')],
    ]);
    const [root] = instantiate(ctx, template, slots);
    expect(root && treeToXml(root)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<EventData>',
        '  <Data Name="N">x</Data>',
        '  <Data Name="N">y</Data>',
        '  <Data Name="N">',
        '  </Data>',
        '  <Data>opt</Data>',
        '  <Data>z</Data>',
        '</EventData>',
        '',
      ].join('\n'),
    );
  });

  it('drops an optional empty value but keeps a normal one (one-line empty element)', () => {
    const { ctx, slots } = slotsFor([
      [0x00, []],
      [0x01, []],
      [0x01, [0, 0]],
    ]);
    const [root] = instantiate(ctx, template, slots);
    expect(root && treeToXml(root)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<EventData>',
        '  <Data Name="N"></Data>',
        '  <Data>',
        '  </Data>',
        '  <Data></Data>',
        '</EventData>',
        '',
      ].join('\n'),
    );
  });
});

describe('evtx library is browser-safe', () => {
  it('imports no Node module and uses no Buffer or process', () => {
    const dir = path.join(process.cwd(), 'lib', 'evtx');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const src = readFileSync(path.join(dir, f), 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const i of imports) expect([f, i?.startsWith('./')]).toEqual([f, true]);
      expect([f, /\bBuffer\b|\bprocess\.|\brequire\(/.test(src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))]).toEqual([f, false]);
    }
  });
});
