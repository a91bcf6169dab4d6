/**
 * Throughput of the EVTX parser (not a test: run it by hand).
 *
 *   npx tsx tests/unit/evtx/bench.ts [security.evtx] [MB]
 *
 * Parses the sample, then a file of about MB megabytes (default 100) made in
 * memory by repeating the sample's non-empty chunks behind its header: whole (records
 * kept), streamed in 1 MiB pieces with records handed to onRecord and not
 * kept (memory bounded by a chunk), and without CRC32 checks. Prints MB/s,
 * best of a few runs, one core.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHUNK_SIZE, FILE_HEADER_SIZE, parseEvtx, parseEvtxSync } from '../../../lib/evtx/index';

const SAMPLES = process.env.EVTX_SAMPLES ?? path.join(process.cwd(), 'tests', 'fixtures', 'evtx-samples');
const file = process.argv[2] ?? path.join(SAMPLES, 'security.evtx');
const targetMb = Number(process.argv[3] ?? 100);

const sample = new Uint8Array(readFileSync(file));
// Only chunks with records (security.evtx ends with 7 all-zero chunks, which would flatter the figure).
const used: Uint8Array[] = [];
for (let p = FILE_HEADER_SIZE; p + CHUNK_SIZE <= sample.length; p += CHUNK_SIZE) {
  const c = sample.subarray(p, p + CHUNK_SIZE);
  if (c.some((b) => b !== 0)) used.push(c);
}
const chunks = new Uint8Array(used.length * CHUNK_SIZE);
used.forEach((c, i) => chunks.set(c, i * CHUNK_SIZE));
const copies = Math.max(1, Math.ceil((targetMb * 1048576) / chunks.length));
const big = new Uint8Array(FILE_HEADER_SIZE + copies * chunks.length);
big.set(sample.subarray(0, FILE_HEADER_SIZE));
for (let i = 0; i < copies; i++) big.set(chunks, FILE_HEADER_SIZE + i * chunks.length);

function report(name: string, bytes: number, records: number, ms: number): void {
  const mb = bytes / 1048576;
  console.log(`${name.padEnd(44)} ${mb.toFixed(1).padStart(6)} MB ${String(records).padStart(8)} records ${ms.toFixed(0).padStart(6)} ms ${(mb / (ms / 1000)).toFixed(0).padStart(5)} MB/s`);
}

async function best(runs: number, fn: () => Promise<number> | number): Promise<[number, number]> {
  let min = Infinity;
  let records = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    records = await fn();
    min = Math.min(min, performance.now() - t);
  }
  return [min, records];
}

async function* pieces(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let p = 0; p < bytes.length; p += size) yield bytes.subarray(p, p + size);
}

const name = path.basename(file);
let [ms, n] = await best(10, () => parseEvtxSync(sample).records.length);
report(`${name}`, sample.length, n, ms);
[ms, n] = await best(3, () => parseEvtxSync(big).records.length);
report(`${name} ×${copies}, records kept`, big.length, n, ms);
[ms, n] = await best(3, async () => {
  let count = 0;
  await parseEvtx(pieces(big, 1 << 20), { keepRecords: false, onRecord: () => count++ });
  return count;
});
report(`${name} ×${copies}, streamed, none kept`, big.length, n, ms);
[ms, n] = await best(3, () => parseEvtxSync(big, { keepRecords: false, checksums: false }).stats.records);
report(`${name} ×${copies}, none kept, no CRC32`, big.length, n, ms);
[ms, n] = await best(3, () => parseEvtxSync(sample, { tree: true }).records.length);
report(`${name}, with trees (tree: true)`, sample.length, n, ms);
