/**
 * Test-only EVTX writer: builds small, valid .evtx files (file header,
 * chunks, records with BinXML templates) so tests can make the events they
 * need, e.g. a Microsoft-Windows-SENSE event 5 with the URL it failed to
 * reach, and check that the parser reads back what was written.
 *
 * Layout follows MS-EVEN6 and libyal's EVTX notes, the way Windows writes
 * it: each record is a fragment header and one template instance; the
 * template definition is written inline in the first record that uses it
 * (in each chunk), later records point at it by offset; element and
 * attribute names are written inline at first use and referenced by offset
 * after, and linked into the chunk's 64-bucket string table. CRC32s of the
 * file header, the chunk headers and the event data are filled in.
 *
 * The template:
 *   <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
 *     <System>
 *       <Provider Name="%0" Guid="%1?"/>
 *       <EventID Qualifiers="%2?">%3</EventID>
 *       <Level>%4</Level>
 *       <TimeCreated SystemTime="%5"/>
 *       <EventRecordID>%6</EventRecordID>
 *       <Channel>%7</Channel>
 *       <Computer>%8</Computer>
 *     </System>
 *     <EventData><Data [Name="…"]>%9</Data>…</EventData>
 *   </Event>
 * (one template per distinct list of Data names.)
 */
import { crc32 } from '../../../lib/evtx/crc32';

export interface WriterEvent {
  provider: string;
  /** `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, braces optional. */
  providerGuid?: string;
  eventId: number;
  qualifiers?: number;
  level: number;
  channel: string;
  computer: string;
  /** ISO 8601 (UTC). */
  time: string;
  /** EventData values in order; a string is a `<Data>` without a Name. */
  data?: (string | { name: string; value: string })[];
}

export interface WrittenEvtx {
  bytes: Uint8Array;
  /** Each record's file offset and size, in order. */
  records: { offset: number; size: number; recordId: number }[];
  chunkCount: number;
}

export interface WriterOptions {
  /** Id of the first record (default 1). */
  firstRecordId?: number;
  /** Most records per chunk (default: as many as fit). */
  recordsPerChunk?: number;
}

const CHUNK_SIZE = 65536;
const HEADER_SIZE = 4096;
const EVENT_NS = 'http://schemas.microsoft.com/win/2004/08/events/event';

// Value types
const T_STRING = 0x01;
const T_UINT8 = 0x04;
const T_UINT16 = 0x06;
const T_UINT64 = 0x0a;
const T_GUID = 0x0f;
const T_FILETIME = 0x11;

class Bytes {
  buf = new Uint8Array(1024);
  len = 0;
  private grow(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  u8(v: number): this {
    this.grow(1);
    this.buf[this.len++] = v & 0xff;
    return this;
  }
  u16(v: number): this {
    return this.u8(v).u8(v >>> 8);
  }
  u32(v: number): this {
    return this.u16(v & 0xffff).u16(v >>> 16);
  }
  u64(v: bigint): this {
    return this.u32(Number(v & 0xffffffffn)).u32(Number(v >> 32n));
  }
  bytes(b: Uint8Array): this {
    this.grow(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }
  utf16(s: string): this {
    for (let i = 0; i < s.length; i++) this.u16(s.charCodeAt(i));
    return this;
  }
  setU32(at: number, v: number): void {
    this.buf[at] = v & 0xff;
    this.buf[at + 1] = (v >>> 8) & 0xff;
    this.buf[at + 2] = (v >>> 16) & 0xff;
    this.buf[at + 3] = (v >>> 24) & 0xff;
  }
  view(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}

function utf16Bytes(s: string): Uint8Array {
  const b = new Bytes();
  b.utf16(s);
  return b.view().slice();
}

export function guidBytes(guid: string): Uint8Array {
  const h = guid.replace(/[{}-]/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(h)) throw new Error(`bad GUID ${guid}`);
  const b = (i: number) => parseInt(h.slice(2 * i, 2 * i + 2), 16);
  // data1 (4 bytes), data2, data3 little-endian; data4 as is.
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  return Uint8Array.from(order, (i) => b(i));
}

export function filetime(iso: string): bigint {
  const m = /^(.*?)(?:\.(\d{1,7}))?Z$/.exec(iso);
  if (!m) throw new Error(`time must be UTC ISO 8601: ${iso}`);
  const secs = BigInt(Math.floor(Date.parse(`${m[1]}Z`) / 1000));
  const frac = BigInt((m[2] ?? '').padEnd(7, '0'));
  return (secs + 11644473600n) * 10000000n + frac;
}

function nameHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 65599) + s.charCodeAt(i)) >>> 0;
  return h & 0xffff;
}

/** One chunk being written: its bytes (offsets are chunk-relative), names and templates. */
class ChunkWriter {
  readonly out = new Bytes();
  private readonly names = new Map<string, number>();
  private readonly buckets = new Uint32Array(64);
  private readonly templateBuckets = new Uint32Array(32);
  readonly templates = new Map<string, number>();
  firstRecordId = -1;
  lastRecordId = -1;
  lastRecordOffset = 0;
  count = 0;

  constructor() {
    this.out.bytes(new Uint8Array(512));
  }

  /** A name reference at the current position: inline the first time. */
  name(into: Bytes, base: number, s: string): void {
    const known = this.names.get(s);
    if (known !== undefined) {
      into.u32(known);
      return;
    }
    const at = base + into.len + 4;
    into.u32(at);
    const hash = nameHash(s);
    const bucket = hash % 64;
    into.u32(this.buckets[bucket] ?? 0).u16(hash).u16(s.length).utf16(s).u16(0);
    this.buckets[bucket] = at;
    this.names.set(s, at);
  }

  /** What record() changes besides the bytes, to undo a record that did not fit. */
  snapshot(): () => void {
    const names = new Map(this.names);
    const buckets = this.buckets.slice();
    const templates = new Map(this.templates);
    const templateBuckets = this.templateBuckets.slice();
    return () => {
      this.names.clear();
      for (const [k, v] of names) this.names.set(k, v);
      this.buckets.set(buckets);
      this.templates.clear();
      for (const [k, v] of templates) this.templates.set(k, v);
      this.templateBuckets.set(templateBuckets);
    };
  }

  addTemplate(key: string, offset: number, id: number): void {
    this.templates.set(key, offset);
    this.templateBuckets[id % 32] = offset;
  }

  finish(): Uint8Array {
    const chunk = new Uint8Array(CHUNK_SIZE);
    const free = this.out.len;
    chunk.set(this.out.view());
    const dv = new DataView(chunk.buffer);
    chunk.set([0x45, 0x6c, 0x66, 0x43, 0x68, 0x6e, 0x6b, 0x00], 0);
    dv.setBigUint64(8, BigInt(this.firstRecordId), true);
    dv.setBigUint64(16, BigInt(this.lastRecordId), true);
    dv.setBigUint64(24, BigInt(this.firstRecordId), true);
    dv.setBigUint64(32, BigInt(this.lastRecordId), true);
    dv.setUint32(40, 128, true);
    dv.setUint32(44, this.lastRecordOffset, true);
    dv.setUint32(48, free, true);
    for (let i = 0; i < 64; i++) dv.setUint32(128 + 4 * i, this.buckets[i] ?? 0, true);
    for (let i = 0; i < 32; i++) dv.setUint32(384 + 4 * i, this.templateBuckets[i] ?? 0, true);
    dv.setUint32(52, crc32(chunk, 512, free), true);
    dv.setUint32(120, 0, true);
    dv.setUint32(124, crc32(chunk, 128, 512, crc32(chunk, 0, 120)), true);
    return chunk;
  }
}

type Sub = { index: number; type: number; optional?: boolean };

/** The template definition body (fragment header … EOF) for a list of Data names. */
function templateBody(w: ChunkWriter, base: number, dataNames: (string | undefined)[]): Bytes {
  const b = new Bytes();
  const sub = (s: Sub) => b.u8(s.optional ? 0x0e : 0x0d).u16(s.index).u8(s.type);
  const open = (name: string, attrs: [string, () => void][], content?: () => void) => {
    b.u8(attrs.length > 0 ? 0x41 : 0x01).u16(0xffff);
    b.u32(0); // element data size (not used by readers)
    w.name(b, base, name);
    if (attrs.length > 0) b.u32(0); // attribute list size (not used by readers)
    attrs.forEach(([attr, value], i) => {
      b.u8(i < attrs.length - 1 ? 0x46 : 0x06);
      w.name(b, base, attr);
      value();
    });
    if (content) {
      b.u8(0x02);
      content();
      b.u8(0x04);
    } else b.u8(0x03);
  };
  const literal = (s: string) => () => {
    b.u8(0x05).u8(T_STRING).u16(s.length).utf16(s);
  };
  b.u8(0x0f).u8(1).u8(1).u8(0);
  open('Event', [['xmlns', literal(EVENT_NS)]], () => {
    open('System', [], () => {
      open('Provider', [
        ['Name', () => sub({ index: 0, type: T_STRING })],
        ['Guid', () => sub({ index: 1, type: T_GUID, optional: true })],
      ]);
      open('EventID', [['Qualifiers', () => sub({ index: 2, type: T_UINT16, optional: true })]], () => sub({ index: 3, type: T_UINT16 }));
      open('Level', [], () => sub({ index: 4, type: T_UINT8 }));
      open('TimeCreated', [['SystemTime', () => sub({ index: 5, type: T_FILETIME })]]);
      open('EventRecordID', [], () => sub({ index: 6, type: T_UINT64 }));
      open('Channel', [], () => sub({ index: 7, type: T_STRING }));
      open('Computer', [], () => sub({ index: 8, type: T_STRING }));
    });
    open('EventData', [], () => {
      dataNames.forEach((name, i) => {
        const content = () => sub({ index: 9 + i, type: T_STRING, optional: true });
        open('Data', name === undefined ? [] : [['Name', literal(name)]], content);
      });
    });
  });
  b.u8(0x00);
  return b;
}

/** Substitution values of one event: [type, bytes]. */
function values(e: WriterEvent, recordId: number): [number, Uint8Array][] {
  const u = (n: number, size: number) => {
    const b = new Uint8Array(size);
    const dv = new DataView(b.buffer);
    if (size === 1) dv.setUint8(0, n);
    else if (size === 2) dv.setUint16(0, n, true);
    else dv.setBigUint64(0, BigInt(n), true);
    return b;
  };
  const ft = new Uint8Array(8);
  new DataView(ft.buffer).setBigUint64(0, filetime(e.time), true);
  const out: [number, Uint8Array][] = [
    [T_STRING, utf16Bytes(e.provider)],
    e.providerGuid ? [T_GUID, guidBytes(e.providerGuid)] : [0x00, new Uint8Array(0)],
    e.qualifiers !== undefined ? [T_UINT16, u(e.qualifiers, 2)] : [0x00, new Uint8Array(0)],
    [T_UINT16, u(e.eventId, 2)],
    [T_UINT8, u(e.level, 1)],
    [T_FILETIME, ft],
    [T_UINT64, u(recordId, 8)],
    [T_STRING, utf16Bytes(e.channel)],
    [T_STRING, utf16Bytes(e.computer)],
  ];
  for (const d of e.data ?? []) out.push([T_STRING, utf16Bytes(typeof d === 'string' ? d : d.value)]);
  return out;
}

/** The BinXML and full bytes of one record written at chunk offset `at`. */
function record(w: ChunkWriter, at: number, e: WriterEvent, recordId: number): Uint8Array {
  const dataNames = (e.data ?? []).map((d) => (typeof d === 'string' ? undefined : d.name));
  const key = JSON.stringify(dataNames);
  const r = new Bytes();
  r.u32(0x00002a2a).u32(0).u64(BigInt(recordId)).u64(filetime(e.time));
  r.u8(0x0f).u8(1).u8(1).u8(0);
  r.u8(0x0c).u8(0x01);
  const known = w.templates.get(key);
  const templateId = w.templates.size + 1;
  if (known !== undefined) {
    r.u32(templateId).u32(known);
  } else {
    const defAt = at + r.len + 8;
    r.u32(templateId).u32(defAt);
    // Names inside the definition are chunk offsets: the body starts after the 24-byte definition header.
    const body = templateBody(w, defAt + 24, dataNames);
    r.u32(0);
    const guid = new Uint8Array(16);
    new DataView(guid.buffer).setUint32(0, 0x7e57_0000 + templateId, true);
    r.bytes(guid).u32(body.len).bytes(body.view());
    w.addTemplate(key, defAt, templateId);
  }
  const vals = values(e, recordId);
  r.u32(vals.length);
  for (const [type, b] of vals) r.u16(b.length).u8(type).u8(0);
  for (const [, b] of vals) r.bytes(b);
  r.u32(0); // size copy, set below
  const bytes = r.view().slice();
  const dv = new DataView(bytes.buffer);
  dv.setUint32(4, bytes.length, true);
  dv.setUint32(bytes.length - 4, bytes.length, true);
  return bytes;
}

/** Writes `events` as an .evtx file. */
export function writeEvtx(events: WriterEvent[], options: WriterOptions = {}): WrittenEvtx {
  const chunks: Uint8Array[] = [];
  const placed: WrittenEvtx['records'] = [];
  let recordId = options.firstRecordId ?? 1;
  let w = new ChunkWriter();
  const flush = () => {
    if (w.count > 0) chunks.push(w.finish());
    w = new ChunkWriter();
  };
  for (const e of events) {
    if (options.recordsPerChunk !== undefined && w.count >= options.recordsPerChunk) flush();
    let at = w.out.len;
    const undo = w.snapshot();
    let rec = record(w, at, e, recordId);
    if (at + rec.length > CHUNK_SIZE) {
      undo();
      flush();
      at = w.out.len;
      rec = record(w, at, e, recordId);
    }
    if (at + rec.length > CHUNK_SIZE) throw new Error('event too large for one chunk');
    w.out.bytes(rec);
    if (w.firstRecordId < 0) w.firstRecordId = recordId;
    w.lastRecordId = recordId;
    w.lastRecordOffset = at;
    w.count++;
    placed.push({ offset: HEADER_SIZE + chunks.length * CHUNK_SIZE + at, size: rec.length, recordId });
    recordId++;
  }
  flush();

  const file = new Uint8Array(HEADER_SIZE + chunks.length * CHUNK_SIZE);
  const dv = new DataView(file.buffer);
  file.set([0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00], 0);
  dv.setBigUint64(8, 0n, true);
  dv.setBigUint64(16, BigInt(Math.max(0, chunks.length - 1)), true);
  dv.setBigUint64(24, BigInt(recordId), true);
  dv.setUint32(32, 128, true);
  dv.setUint16(36, 1, true);
  dv.setUint16(38, 3, true);
  dv.setUint16(40, HEADER_SIZE, true);
  dv.setUint16(42, chunks.length, true);
  dv.setUint32(120, 0, true);
  dv.setUint32(124, crc32(file, 0, 120), true);
  chunks.forEach((c, i) => file.set(c, HEADER_SIZE + i * CHUNK_SIZE));
  return { bytes: file, records: placed, chunkCount: chunks.length };
}

/** Recomputes a chunk's two CRC32s after a test has edited its records. */
export function fixChunkChecksums(file: Uint8Array, chunkIndex: number): void {
  const chunk = file.subarray(HEADER_SIZE + chunkIndex * CHUNK_SIZE, HEADER_SIZE + (chunkIndex + 1) * CHUNK_SIZE);
  const dv = new DataView(chunk.buffer, chunk.byteOffset, CHUNK_SIZE);
  const free = dv.getUint32(48, true);
  dv.setUint32(52, crc32(chunk, 512, free), true);
  dv.setUint32(124, crc32(chunk, 128, 512, crc32(chunk, 0, 120)), true);
}

/**
 * A hostile file: a template `<Data>%0%0…</Data>` holding `copies` references
 * to its one value, that value being nested BinXML (an instance of the same
 * template) `levels` deep. A reader that caches a nested value and shares it
 * between references sees copies^levels elements in one record of a few
 * hundred bytes. Built to prove that a reader bounds what it expands, not
 * only how deep it recurses.
 */
export function writeExpansionBomb(copies: number, levels: number, records = 1): Uint8Array {
  const w = new ChunkWriter();
  let eventDef = -1;
  let dataDef = -1;
  const T_BINXML = 0x21;
  // A template definition body at chunk offset `base`: <Event><EventData>%0</EventData></Event> or <Data>%0 × copies</Data>.
  const templateBodyAt = (kind: 'event' | 'data', base: number): Bytes => {
    const b = new Bytes();
    const open = (name: string) => {
      b.u8(0x01).u16(0xffff).u32(0);
      w.name(b, base, name);
      b.u8(0x02);
    };
    b.u8(0x0f).u8(1).u8(1).u8(0);
    if (kind === 'event') {
      open('Event');
      open('EventData');
      b.u8(0x0d).u16(0).u8(T_BINXML);
      b.u8(0x04).u8(0x04);
    } else {
      open('Data');
      for (let i = 0; i < copies; i++) b.u8(0x0d).u16(0).u8(T_BINXML);
      b.u8(0x04);
    }
    b.u8(0x00);
    return b;
  };
  // An instance of a template at chunk offset `at`, with one value (nested BinXML built by `value`).
  const instance = (into: Bytes, at: number, kind: 'event' | 'data', value: (at: number) => [number, Bytes]): void => {
    into.u8(0x0c).u8(0x01).u32(kind === 'event' ? 1 : 2);
    const known = kind === 'event' ? eventDef : dataDef;
    if (known >= 0) into.u32(known);
    else {
      const def = at + into.len + 4;
      into.u32(def);
      if (kind === 'event') eventDef = def;
      else dataDef = def;
      const body = templateBodyAt(kind, def + 24);
      into.u32(0).bytes(new Uint8Array(16)).u32(body.len).bytes(body.view());
    }
    into.u32(1);
    const descriptorAt = into.len;
    into.u16(0).u8(T_BINXML).u8(0);
    const [type, v] = value(at + into.len);
    into.buf[descriptorAt + 2] = type;
    into.buf[descriptorAt] = v.len & 0xff;
    into.buf[descriptorAt + 1] = (v.len >>> 8) & 0xff;
    into.bytes(v.view());
  };
  // The value at `level`: nested BinXML down to `levels`, then the text the leaves hold.
  const nested = (level: number) => (at: number): [number, Bytes] => {
    const b = new Bytes();
    if (level > levels) return [T_STRING, b.utf16('leaf')];
    b.u8(0x0f).u8(1).u8(1).u8(0);
    instance(b, at, 'data', nested(level + 1));
    b.u8(0x00);
    return [T_BINXML, b];
  };
  for (let id = 1; id <= records; id++) {
    const at = w.out.len;
    const r = new Bytes();
    r.u32(0x00002a2a).u32(0).u64(BigInt(id)).u64(filetime('2026-01-01T00:00:00Z'));
    r.u8(0x0f).u8(1).u8(1).u8(0);
    instance(r, at, 'event', nested(1));
    r.u8(0x00);
    r.u32(0);
    const bytes = r.view().slice();
    const dv = new DataView(bytes.buffer);
    dv.setUint32(4, bytes.length, true);
    dv.setUint32(bytes.length - 4, bytes.length, true);
    if (at + bytes.length > CHUNK_SIZE) break;
    w.out.bytes(bytes);
    if (w.firstRecordId < 0) w.firstRecordId = id;
    w.lastRecordId = id;
    w.lastRecordOffset = at;
    w.count++;
  }
  const chunk = w.finish();
  const file = new Uint8Array(HEADER_SIZE + CHUNK_SIZE);
  const dv = new DataView(file.buffer);
  file.set([0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00], 0);
  dv.setBigUint64(24, BigInt(w.lastRecordId + 1), true);
  dv.setUint32(32, 128, true);
  dv.setUint16(36, 1, true);
  dv.setUint16(38, 3, true);
  dv.setUint16(40, HEADER_SIZE, true);
  dv.setUint16(42, 1, true);
  dv.setUint32(124, crc32(file, 0, 120), true);
  file.set(chunk, HEADER_SIZE);
  return file;
}
