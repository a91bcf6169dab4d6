/**
 * Bad input: the public API never throws and says what is wrong. Crafted
 * files come from the test writer (writer.ts), then get damaged.
 */
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, FILE_HEADER_SIZE, parseEvtx, parseEvtxChunk, parseEvtxSync, readEvtxHeader } from '../../../lib/evtx/index';
import { crc32 } from '../../../lib/evtx/crc32';
import { fixChunkChecksums, writeEvtx, writeExpansionBomb, type WriterEvent } from './writer';

function event(i: number): WriterEvent {
  return {
    provider: 'Microsoft-Windows-SENSE',
    eventId: 5,
    level: 2,
    channel: 'Microsoft-Windows-SENSE/Operational',
    computer: 'PC-01',
    time: `2024-05-06T07:08:${String(i % 60).padStart(2, '0')}Z`,
    data: [`https://winatp-gw-weu.microsoft.com/${i}`, { name: 'Padding', value: 'x'.repeat(200) }],
  };
}

function events(n: number): WriterEvent[] {
  return Array.from({ length: n }, (_, i) => event(i));
}

function u32(bytes: Uint8Array, at: number, v: number): void {
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, v, true);
}

describe('evtx bad input: not an EVTX file', () => {
  it('empty input', async () => {
    for (const r of [parseEvtxSync(new Uint8Array(0)), await parseEvtx([]), await parseEvtx(new ArrayBuffer(0))]) {
      expect(r).toMatchObject({ ok: false, error: 'empty file: not an EVTX file', records: [], failures: [] });
    }
    expect(readEvtxHeader(new Uint8Array(0))).toEqual({ ok: false, error: 'empty file: not an EVTX file' });
  });

  it('10 bytes', () => {
    const zeros = parseEvtxSync(new Uint8Array(10));
    expect(zeros.ok).toBe(false);
    expect(zeros.error).toBe('not an EVTX file: it does not start with the signature "ElfFile\\0" (starts with 00 00 00 00 00 00 00 00)');
    const start = parseEvtxSync(new Uint8Array([0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00, 0x03, 0x00]));
    expect(start.error).toBe('truncated EVTX file: the file header takes 4096 bytes, the file has 10');
  });

  it('wrong magic: a ZIP file, rejected after its first piece', async () => {
    const zip = new Uint8Array(300000);
    zip.set([0x50, 0x4b, 0x03, 0x04]);
    expect(parseEvtxSync(zip).error).toMatch(/^not an EVTX file: .*\(starts with 50 4b 03 04 00 00 00 00\)$/);
    let pulled = 0;
    const r = await parseEvtx(
      (function* () {
        for (let p = 0; p < zip.length; p += 1000) {
          pulled++;
          yield zip.subarray(p, p + 1000);
        }
      })(),
    );
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/not an EVTX file/);
    expect(pulled).toBe(1);
  });

  it('a text file', () => {
    const r = parseEvtxSync(new TextEncoder().encode('Log Name: System\r\nSource: Service Control Manager\r\n'));
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^not an EVTX file/);
  });

  it('a file cut inside its header', () => {
    const { bytes } = writeEvtx(events(3));
    const r = parseEvtxSync(bytes.subarray(0, 2000));
    expect(r.error).toBe('truncated EVTX file: the file header takes 4096 bytes, the file has 2000');
  });
});

describe('evtx bad input: damaged files', () => {
  it('truncated mid-chunk: complete records read, the cut one failed, the truncation reported', () => {
    const w = writeEvtx(events(300));
    expect(w.chunkCount).toBeGreaterThanOrEqual(2);
    const cut = FILE_HEADER_SIZE + CHUNK_SIZE + 20000;
    const r = parseEvtxSync(w.bytes.subarray(0, cut));
    expect(r.ok).toBe(true);
    const complete = w.records.filter((x) => x.offset + x.size <= cut);
    const straddling = w.records.find((x) => x.offset < cut && x.offset + x.size > cut);
    expect(r.records.map((x) => x.recordId)).toEqual(complete.map((x) => x.recordId));
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatchObject({ kind: 'record', chunkIndex: 1, recordId: straddling?.recordId });
    expect(r.failures[0]?.message).toMatch(/runs past the end of the chunk/);
    expect(r.problems).toContain('chunk 1 is truncated: 20000 of 65536 bytes');
    expect(r.problems.some((p) => /file ends inside chunk 1/.test(p))).toBe(true);
  });

  it('truncated at a chunk boundary: the header lists more chunks than the file holds', () => {
    const w = writeEvtx(events(300));
    const r = parseEvtxSync(w.bytes.subarray(0, FILE_HEADER_SIZE + CHUNK_SIZE));
    expect(r.failures).toEqual([]);
    expect(r.records.length).toBe(w.records.filter((x) => x.offset + x.size <= FILE_HEADER_SIZE + CHUNK_SIZE).length);
    expect(r.problems).toContain(`the file header lists ${w.chunkCount} chunks, the file holds 1`);
  });

  it('damaged chunk signature: that chunk counted as one failure, the next chunk read', () => {
    const w = writeEvtx(events(300));
    const bytes = w.bytes.slice();
    bytes.set(new TextEncoder().encode('ElfChnX'), FILE_HEADER_SIZE);
    const r = parseEvtxSync(bytes);
    expect(r.failures).toEqual([
      {
        kind: 'chunk',
        chunkIndex: 0,
        recordId: undefined,
        offset: 0,
        message: 'chunk 0: bad signature (45 6c 66 43 68 6e 58 00), expected "ElfChnk\\0"; chunk skipped',
      },
    ]);
    const inChunk1 = w.records.filter((x) => x.offset >= FILE_HEADER_SIZE + CHUNK_SIZE);
    expect(r.records.map((x) => x.recordId)).toEqual(inChunk1.map((x) => x.recordId));
    expect(r.stats).toMatchObject({ chunksFailed: 1, chunksParsed: w.chunkCount - 1 });
  });

  it('bad checksums: reported, and the chunk parsed anyway', () => {
    const w = writeEvtx(events(10));
    const bytes = w.bytes.slice();
    // Change one character of the first URL: the event data CRC32 no longer matches.
    const rec = w.records[0];
    if (!rec) throw new Error('no record');
    const text = new Uint8Array(new TextEncoder().encode('winatp').length * 2);
    'winatp'.split('').forEach((c, i) => (text[2 * i] = c.charCodeAt(0)));
    let at = -1;
    for (let i = rec.offset; i < rec.offset + rec.size && at < 0; i++) if (text.every((b, j) => bytes[i + j] === b)) at = i;
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'W'.charCodeAt(0);
    // And a field of the chunk header and of the file header.
    bytes[FILE_HEADER_SIZE + 8] = 0x7f;
    bytes[24] = 0x7f;
    const r = parseEvtxSync(bytes);
    expect(r.ok).toBe(true);
    expect(r.records).toHaveLength(10);
    expect(r.failures).toEqual([]);
    expect(r.records[0]?.data[0]?.value).toBe('https://Winatp-gw-weu.microsoft.com/0');
    expect(r.problems).toHaveLength(3);
    expect(r.problems[0]).toMatch(/^file header CRC32 mismatch/);
    expect(r.problems[1]).toMatch(/^chunk 0: header CRC32 mismatch .*parsed anyway$/);
    expect(r.problems[2]).toMatch(/^chunk 0: event records CRC32 mismatch .*parsed anyway$/);
    expect(r.header?.checksumValid).toBe(false);
  });

  it('a record of size 0: that record failed, the rest of its chunk skipped, the next chunk read', () => {
    const w = writeEvtx(events(10), { recordsPerChunk: 5 });
    expect(w.chunkCount).toBe(2);
    const bytes = w.bytes.slice();
    const third = w.records[2];
    if (!third) throw new Error('no record');
    u32(bytes, third.offset + 4, 0);
    fixChunkChecksums(bytes, 0);
    const r = parseEvtxSync(bytes);
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => x.recordId)).toEqual([1, 2, 6, 7, 8, 9, 10]);
    expect(r.failures).toEqual([
      {
        kind: 'record',
        chunkIndex: 0,
        recordId: 3,
        offset: third.offset - FILE_HEADER_SIZE,
        message: 'invalid record data size: should be at least 28, found 0; rest of chunk skipped',
      },
    ]);
  });

  it('a string table whose chain loops does not hang', () => {
    const w = writeEvtx(events(3));
    const bytes = w.bytes.slice();
    const dv = new DataView(bytes.buffer);
    const buckets: number[] = [];
    for (let b = 0; b < 64; b++) {
      const off = dv.getUint32(FILE_HEADER_SIZE + 128 + 4 * b, true);
      if (off) buckets.push(off);
    }
    const [a, b] = buckets;
    if (a === undefined || b === undefined) throw new Error('need two names');
    dv.setUint32(FILE_HEADER_SIZE + a, b, true);
    dv.setUint32(FILE_HEADER_SIZE + b, a, true);
    const r = parseEvtxSync(bytes, { checksums: false });
    expect(r.records).toHaveLength(3);
    expect(r.records[2]?.providerName).toBe('Microsoft-Windows-SENSE');
  });

  it('parseEvtxChunk on things that are not chunks', () => {
    expect(parseEvtxChunk(new Uint8Array(CHUNK_SIZE), 0)).toMatchObject({ status: 'empty', records: [], failures: [] });
    const junk = new Uint8Array(CHUNK_SIZE).fill(0x41);
    const j = parseEvtxChunk(junk, 4);
    expect(j.status).toBe('failed');
    expect(j.failures[0]?.message).toMatch(/^chunk 4: bad signature \(41 41/);
    const short = parseEvtxChunk(new Uint8Array(100).fill(1), 0);
    expect(short.failures[0]?.message).toMatch(/header truncated/);
    expect(short.problems[0]).toMatch(/truncated: 100 of 65536/);
  });
});

describe('evtx bad input: random damage never throws', () => {
  function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 4294967296;
    };
  }

  it('survives random byte changes in records, templates and chunk headers', () => {
    const w = writeEvtx(
      Array.from({ length: 40 }, (_, i) => ({
        ...event(i),
        qualifiers: i % 3 ? undefined : 16384,
        providerGuid: i % 2 ? 'CC0E6C4E-5A2C-4D3B-8E1A-2F9B7C6D5E4F' : undefined,
        data: i % 4 ? [`v${i}`] : [{ name: 'A', value: 'é😀<&>' }, { name: 'B', value: '' }, `${i}`],
      })),
      { recordsPerChunk: 20 },
    );
    const rand = rng(12345);
    let parsed = 0;
    let failed = 0;
    for (let iter = 0; iter < 400; iter++) {
      const bytes = w.bytes.slice();
      const n = 1 + Math.floor(rand() * 8);
      for (let k = 0; k < n; k++) {
        // Mostly within the first chunk's used part, sometimes its header.
        const at = FILE_HEADER_SIZE + Math.floor(rand() * (rand() < 0.2 ? 512 : 12000));
        bytes[at] = Math.floor(rand() * 256);
      }
      const r = parseEvtxSync(bytes);
      expect(r.ok).toBe(true);
      parsed += r.records.length;
      failed += r.failures.length;
      for (const rec of r.records) expect(typeof rec.recordId).toBe('number');
    }
    // Damage shows up as failures, not as exceptions.
    expect(failed).toBeGreaterThan(0);
    expect(parsed).toBeGreaterThan(0);
  });

  it('survives chunks of random bytes behind a valid signature', () => {
    const rand = rng(99);
    const header = writeEvtx(events(1)).bytes.subarray(0, FILE_HEADER_SIZE);
    for (let iter = 0; iter < 50; iter++) {
      const chunk = new Uint8Array(CHUNK_SIZE);
      for (let i = 0; i < chunk.length; i++) chunk[i] = Math.floor(rand() * 256);
      chunk.set([0x45, 0x6c, 0x66, 0x43, 0x68, 0x6e, 0x6b, 0x00]);
      // Plausible offsets so the walk starts.
      u32(chunk, 48, 512 + Math.floor(rand() * 60000));
      chunk.set([0x2a, 0x2a, 0, 0], 512);
      const file = new Uint8Array(FILE_HEADER_SIZE + CHUNK_SIZE);
      file.set(header);
      file.set(chunk, FILE_HEADER_SIZE);
      const r = parseEvtxSync(file);
      expect(r.ok).toBe(true);
      expect(r.records.length + r.failures.length).toBeGreaterThanOrEqual(0);
    }
  });
});

/** A normal chunk of `n` events, then the crafted chunk: one file whose good records come first. */
function goodThenBomb(n: number, copies: number, levels: number): Uint8Array {
  const good = writeEvtx(events(n)).bytes;
  const bomb = writeExpansionBomb(copies, levels, 3000);
  const file = new Uint8Array(good.length + CHUNK_SIZE);
  file.set(good);
  file.set(bomb.subarray(FILE_HEADER_SIZE, FILE_HEADER_SIZE + CHUNK_SIZE), good.length);
  const chunks = (good.length - FILE_HEADER_SIZE) / CHUNK_SIZE + 1;
  const dv = new DataView(file.buffer);
  dv.setBigUint64(16, BigInt(chunks - 1), true);
  dv.setUint16(42, chunks, true);
  dv.setUint32(124, crc32(file, 0, 120), true);
  return file;
}

describe('evtx bad input: records that expand without bound (shared BinXML values)', () => {
  // Each case would walk copies^levels nodes per record if the reader followed every path: 10⁷ and 2⁴⁰.
  // Vitest's 5 s test timeout is the time bound: an unbounded walk takes minutes and fails the test.
  // 10 × 7 records are small, so the chunk holds thousands and the file budget ends the reading; 2 × 40
  // records are ~1 KB, the chunk holds ~50, and each fails on its own record budget.
  for (const [copies, levels, stops] of [
    [10, 7, true],
    [2, 40, false],
  ] as const) {
    it(`${copies} copies × ${levels} levels: the good records kept, the crafted ones failed, the file given up with a message`, async () => {
      const file = goodThenBomb(40, copies, levels);
      const heapBefore = process.memoryUsage().heapUsed;
      let heapPeak = heapBefore;
      const r = await parseEvtx(
        (async function* () {
          for (let p = 0; p < file.length; p += 4096) {
            heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
            yield file.subarray(p, p + 4096);
          }
        })(),
      );
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      expect(r.records.length).toBe(40);
      expect(r.records[0]?.eventId).toBe(5);
      expect(r.failures.length).toBeGreaterThan(0);
      expect(r.failures[0]?.message).toMatch(/expands to more than \d+ XML nodes/);
      expect(r.problems.some((p) => /reading stopped: the records expand/.test(p))).toBe(stops);
      // The crafted chunk holds thousands of records: the file budget stops well before them all.
      expect(r.failures.length).toBeLessThan(200);
      expect(heapPeak - heapBefore).toBeLessThan(200 * 1024 * 1024);
    });
  }

  it('the same file in memory (parseEvtxSync) and one crafted chunk alone end the same way', () => {
    const sync = parseEvtxSync(goodThenBomb(5, 10, 7));
    expect(sync.records.length).toBe(5);
    expect(sync.problems.some((p) => /reading stopped/.test(p))).toBe(true);
    const chunk = parseEvtxChunk(writeExpansionBomb(10, 7, 3000).subarray(FILE_HEADER_SIZE), 0);
    expect(chunk.records.length).toBe(0);
    expect(chunk.failures.length).toBeGreaterThan(0);
    expect(chunk.problems.some((p) => /reading stopped/.test(p))).toBe(true);
  });

  it('a small expansion under the budget is read in full (the budget refuses bombs, not sharing)', () => {
    const r = parseEvtxSync(writeExpansionBomb(3, 4, 5));
    expect(r.failures).toEqual([]);
    expect(r.records.length).toBe(5);
    // 3³ innermost Data elements, each holding the leaf text three times.
    expect(r.records[0]?.data.length).toBe(27);
    expect(r.records[0]?.data.every((d) => d.value === 'leafleafleaf')).toBe(true);
  });
});

describe('evtx bad input: a zeroed file header', () => {
  it('intact chunks after it are read, and the damage is reported', async () => {
    const file = writeEvtx(events(30)).bytes.slice();
    file.fill(0, 0, FILE_HEADER_SIZE);
    for (const r of [parseEvtxSync(file), await parseEvtx([file.subarray(0, 100), file.subarray(100, 5000), file.subarray(5000)])]) {
      expect(r.ok).toBe(true);
      expect(r.records.length).toBe(30);
      expect(r.problems.some((p) => /file header damaged \(zeroed\)/.test(p))).toBe(true);
    }
  });

  it('with nothing readable after it, the file is still "not an EVTX file"', () => {
    const r = parseEvtxSync(new Uint8Array(FILE_HEADER_SIZE + CHUNK_SIZE));
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^not an EVTX file/);
    expect(r.records).toEqual([]);
  });
});
