/**
 * Log reading speed and memory (`npm run bench:logs`, also run by `npm run bench`).
 *
 * On the 2 MB sample tests/fixtures/evtx-samples/security.evtx and on a ~100 MB
 * log made by repeating its non-empty chunks behind its header (written to a
 * temporary file), each case in its own child process so that its peak
 * memory (max RSS) is its own:
 * - ours, whole pipeline: the file opened as a Blob and read by
 *   lib/logs readLogFiles (detection, streaming EVTX parse, mapping, report),
 *   exactly what the CLI and the browser worker run;
 * - ours, parser only: lib/evtx parseEvtx streamed, no record kept;
 * - @ts-evtx/core (devDependency), `evtx(path).forEach(…)`, its low-memory
 *   streaming API, when its projected time on the file fits the budget;
 * - ours on a ~100 MB Event Viewer XML export and a ~100 MB CSV export.
 * Prints MB/s, records and peak RSS; and, on the sample, whether
 * @ts-evtx/core reads the same event IDs as ours (it is the check of its
 * correctness here).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openAsBlob, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHUNK_SIZE, FILE_HEADER_SIZE, parseEvtx } from '../lib/evtx/index';
import { blobPieces } from '../lib/logs/stream';

const SAMPLES = process.env.EVTX_SAMPLES ?? path.join(process.cwd(), 'tests', 'fixtures', 'evtx-samples');
const SAMPLE = path.join(SAMPLES, 'security.evtx');
const TARGET_MB = Number(process.env.BENCH_LOG_MB ?? 100);
/** @ts-evtx/core is not run on a file it would take longer than this to read. */
const BASELINE_BUDGET_S = Number(process.env.BENCH_BASELINE_BUDGET_S ?? 120);
const SELF = fileURLToPath(import.meta.url);

/**
 * This process's peak resident memory: VmHWM (Linux), which starts afresh at exec, unlike getrusage's maxRSS,
 * which Linux carries over from the parent that spawned us.
 */
function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

type Result = { ms: number; records: number; maxRssMb: number; ids?: Record<string, number>; note?: string };

async function runCase(kind: string, file: string): Promise<Result> {
  let records = 0;
  let ids: Record<string, number> | undefined;
  let note: string | undefined;
  let start = performance.now();
  if (kind === 'idle-modules') return { ms: 0, records: 0, maxRssMb: peakRssMb() };
  if (kind === 'idle' || kind === 'ours') {
    // The lookup records (the content, parsed) are loaded before the clock starts: the page and the CLI have them already.
    const { getLookupRecords } = await import('../lib/lookup/corpus');
    const { readLogFiles } = await import('../lib/logs/index');
    const lookupRecords = getLookupRecords('en');
    start = performance.now();
    if (kind === 'idle') return { ms: 0, records: 0, maxRssMb: peakRssMb() };
    const report = await readLogFiles([{ name: path.basename(file), blob: await openAsBlob(file) }], lookupRecords, 'en');
    records = report.totals.records;
    ids = {};
    for (const o of report.files[0]?.others ?? []) ids[String(o.eventId)] = (ids[String(o.eventId)] ?? 0) + o.count;
  } else if (kind === 'parser') {
    const r = await parseEvtx(blobPieces(await openAsBlob(file)), { keepRecords: false, onRecord: () => records++ });
    records = r.stats.records;
  } else if (kind === 'ts-evtx') {
    const { evtx } = await import('@ts-evtx/core');
    ids = {};
    const counts = ids;
    try {
      await evtx(file).forEach((e: { eventId?: number }) => {
        records++;
        const k = String(e.eventId);
        counts[k] = (counts[k] ?? 0) + 1;
      });
    } catch (e) {
      note = `failed: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  const ms = performance.now() - start;
  return { ms, records, maxRssMb: peakRssMb(), ...(ids ? { ids } : {}), ...(note ? { note } : {}) };
}

function child(kind: string, file: string): Result {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--case', kind, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 30 * 60_000 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Result;
  } catch {
    return { ms: 0, records: 0, maxRssMb: 0, note: `child failed (${r.status}): ${(r.stderr || r.stdout).slice(-300)}` };
  }
}

/** Peak RSS of a process that loaded the modules only (parser cases), and the lookup records too (pipeline cases). */
let idleModules = 0;

function line(name: string, bytes: number, r: Result, idleRecords: number): void {
  const idle = /ours, whole/.test(name) ? idleRecords : idleModules;
  const mb = bytes / 1048576;
  const speed = r.ms && !r.note ? (mb / (r.ms / 1000)).toFixed(1) : '—';
  console.log(
    `${name.padEnd(46)} ${mb.toFixed(1).padStart(6)} MB ${String(r.records).padStart(9)} rec ${(r.ms / 1000).toFixed(2).padStart(7)} s ${speed.padStart(7)} MB/s  peak RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB (+${Math.max(0, r.maxRssMb - idle).toFixed(0)} over idle)${r.note ? `  ${r.note}` : ''}`,
  );
}

function makeBig(dir: string): string {
  const sample = new Uint8Array(readFileSync(SAMPLE));
  const used: Uint8Array[] = [];
  for (let p = FILE_HEADER_SIZE; p + CHUNK_SIZE <= sample.length; p += CHUNK_SIZE) {
    const c = sample.subarray(p, p + CHUNK_SIZE);
    if (c.some((b) => b !== 0)) used.push(c);
  }
  const copies = Math.max(1, Math.ceil((TARGET_MB * 1048576) / (used.length * CHUNK_SIZE)));
  const big = new Uint8Array(FILE_HEADER_SIZE + copies * used.length * CHUNK_SIZE);
  big.set(sample.subarray(0, FILE_HEADER_SIZE));
  let at = FILE_HEADER_SIZE;
  for (let i = 0; i < copies; i++) {
    for (const c of used) {
      big.set(c, at);
      at += CHUNK_SIZE;
    }
  }
  const file = path.join(dir, 'big.evtx');
  writeFileSync(file, big);
  return file;
}

function makeText(dir: string, name: string, head: string, item: (i: number) => string, tail: string): string {
  const parts: string[] = [head];
  let size = head.length;
  for (let i = 0; size < TARGET_MB * 1048576; i++) {
    const s = item(i);
    parts.push(s);
    size += s.length;
  }
  parts.push(tail);
  const file = path.join(dir, name);
  writeFileSync(file, parts.join(''));
  return file;
}

async function main(): Promise<void> {
  if (!existsSync(SAMPLE)) throw new Error(`missing ${SAMPLE} (set EVTX_SAMPLES)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'mde-logs-bench-'));
  try {
    console.log(`log reading, one process per case, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (figures are noisy on a busy machine)`);
    idleModules = child('idle-modules', SAMPLE).maxRssMb;
    const idle = child('idle', SAMPLE).maxRssMb;
    console.log(`idle process: peak RSS ${idleModules.toFixed(0)} MB with the modules loaded, ${idle.toFixed(0)} MB with the lookup records too`);
    const sampleSize = statSync(SAMPLE).size;
    const ours = child('ours', SAMPLE);
    line('security.evtx — ours, whole pipeline', sampleSize, ours, idle);
    line('security.evtx — ours, parser only', sampleSize, child('parser', SAMPLE), idle);
    const base = child('ts-evtx', SAMPLE);
    line('security.evtx — @ts-evtx/core', sampleSize, base, idle);
    if (ours.ids && base.ids) {
      const same = Object.keys(ours.ids).filter((k) => ours.ids?.[k] === base.ids?.[k]).length;
      const zero = base.ids['0'] ?? 0;
      console.log(
        `  event IDs: ours ${Object.keys(ours.ids).length} distinct, @ts-evtx/core ${Object.keys(base.ids).length}; same count for ${same}; @ts-evtx/core gives ID 0 to ${zero} of ${base.records} records`,
      );
    }

    const big = makeBig(dir);
    const bigSize = statSync(big).size;
    line(`~${TARGET_MB} MB .evtx — ours, whole pipeline`, bigSize, child('ours', big), idle);
    line(`~${TARGET_MB} MB .evtx — ours, parser only`, bigSize, child('parser', big), idle);
    const projected = base.ms ? (base.ms / 1000) * (bigSize / sampleSize) : Infinity;
    if (projected <= BASELINE_BUDGET_S) line(`~${TARGET_MB} MB .evtx — @ts-evtx/core`, bigSize, child('ts-evtx', big), idle);
    else console.log(`~${TARGET_MB} MB .evtx — @ts-evtx/core: not run, projected ${projected.toFixed(0)} s from the sample (budget ${BASELINE_BUDGET_S} s)`);
    rmSync(big);

    const xml = makeText(
      dir,
      'big.xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n<Events>',
      (i) =>
        `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-SENSE'/><EventID>${i % 10 ? 7036 : 5}</EventID><Level>2</Level><TimeCreated SystemTime='2024-05-06T07:08:09.1234567Z'/><EventRecordID>${i}</EventRecordID><Channel>Microsoft-Windows-SENSE/Operational</Channel><Computer>PC-0042</Computer></System><EventData><Data>https://winatp-gw-weu.microsoft.com/</Data></EventData></Event>\n`,
      '</Events>\n',
    );
    line(`~${TARGET_MB} MB XML export — ours, whole pipeline`, statSync(xml).size, child('ours', xml), idle);
    rmSync(xml);
    const csv = makeText(
      dir,
      'big.csv',
      'Level,Date and Time,Source,Event ID,Task Category\r\n',
      (i) => `Error,5/6/2024 7:08:09 AM,Microsoft-Windows-SENSE,${i % 10 ? 99 : 5},None,"Microsoft Defender for Endpoint service failed to connect to the server at https://winatp-gw-weu.microsoft.com/"\r\n`,
      '',
    );
    line(`~${TARGET_MB} MB CSV export — ours, whole pipeline`, statSync(csv).size, child('ours', csv), idle);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--case');
if (at > 0) {
  const kind = process.argv[at + 1] ?? '';
  const file = process.argv[at + 2] ?? '';
  console.log(JSON.stringify(await runCase(kind, file)));
} else {
  await main();
}
