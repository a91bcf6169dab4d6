/**
 * `npm run bench`: accuracy and latency of the lookup engine beside a plain
 * Fuse.js baseline (default options, keys title/messages/keywords/symptoms)
 * over the same records, from one run on the same machine.
 *
 * Accuracy: top-1 over tests/eval/queries.json, per category (the engine is
 * judged as the eval test judges it; the baseline, which has no notion of an
 * exact match, is right on an unknown query only when it returns nothing).
 * Latency: warm (the accuracy pass runs first), per query, median and p99
 * over every timed call; then a
 * 100-line log paste and a 1 MB paste with a couple of real events in it.
 * Targets: median < 0.5 ms and p99 < 5 ms per ordinary query, 1 MB < 500 ms.
 */
import { loadavg } from 'node:os';
import Fuse from 'fuse.js';
import { getLookupRecords } from '../lib/lookup/corpus';
import { createLookupEngine } from '../lib/lookup/engine';
import type { LookupRecord } from '../lib/lookup/types';
import { CATEGORIES, judge, judgeRanking, loadQueries, summarize, type CategoryScore } from '../tests/eval/evaluate';

const ENGINE_ITERATIONS = 40;
/** Fuse on a pasted block cuts it into 32-character patterns and scans every field with each: seconds per call. */
const BASELINE_ITERATIONS = 1;
/** The baseline on a huge paste is not run when its projected time exceeds this. */
const BASELINE_BUDGET_MS = 60_000;

type Timing = { median: number; p99: number; max: number; count: number };

function timings(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? Number.NaN, count: sorted.length };
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function repeat(fn: () => unknown, n: number): number[] {
  return Array.from({ length: n }, () => time(fn));
}

const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(3)) : 'n/a');
const pct = (s: CategoryScore | undefined) => (s ? `${(s.accuracy * 100).toFixed(1)} % (${s.correct}/${s.total})` : 'n/a');

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/* ---------------------------------------------------------------- pastes */

const ROUTINE = [
  'Information      Sense service started successfully.',
  'Information      Connectivity check completed.',
  'Verbose          Cyber data upload completed.',
  'Information      Configuration refreshed from policy.',
  'Warning          Telemetry upload delayed, will retry.',
];

function row(i: number, id: number, rest: string): string {
  const minute = String(i % 60).padStart(2, '0');
  return `11/21/2026 10:${minute}:${String((i * 7) % 60).padStart(2, '0')} AM ${String(id).padStart(12)} ${rest}`;
}

const HEADER = 'PS C:\\> Get-WinEvent -LogName Microsoft-Windows-SENSE/Operational -MaxEvents 5000\n\n   ProviderName: Microsoft-Windows-SENSE\n\nTimeCreated                      Id LevelDisplayName Message\n-----------                      -- ---------------- -------\n';
const REAL = [
  row(0, 5, 'Error            Microsoft Defender for Endpoint service failed to connect to the server at https://winatp-gw-weu.microsoft.com/'),
  row(0, 7, 'Error            Microsoft Defender for Endpoint service failed to read the onboarding parameters. Failure code: 0x80070005'),
  row(0, 63, 'Warning          Updating the start type of external service. Name: DiagTrack, actual start type: Disabled, expected start type: Automatic, exit code: 0'),
];

function logPaste(lines: number, realEvery: number): string {
  const out: string[] = [];
  for (let i = 0; out.length < lines; i++) {
    const real = REAL[Math.floor(i / realEvery) % REAL.length];
    out.push(i > 0 && i % realEvery === 0 && real ? real : row(i, 1000 + (i % 37), ROUTINE[i % ROUTINE.length] ?? ''));
  }
  return HEADER + out.join('\n');
}

/** About 1 MB of routine rows with two real events, one near the middle and one at the end. */
function megabytePaste(): string {
  const target = 1024 * 1024;
  const parts = [HEADER];
  let size = HEADER.length;
  let i = 0;
  const add = (line: string) => {
    parts.push(line, '\n');
    size += line.length + 1;
  };
  while (size < target / 2) add(row(i++, 1000 + (i % 37), ROUTINE[i % ROUTINE.length] ?? ''));
  add(REAL[0] ?? '');
  while (size < target - 400) add(row(i++, 1000 + (i % 37), ROUTINE[i % ROUTINE.length] ?? ''));
  add(REAL[1] ?? '');
  return parts.join('');
}

/* ------------------------------------------------------------------- run */

function main() {
  const records: LookupRecord[] = getLookupRecords('fr');
  const queries = loadQueries();

  const createMs = time(() => createLookupEngine(records));
  const engine = createLookupEngine(records);
  // Plain Fuse.js: default options, the four obvious keys.
  const baseline = new Fuse(records, { keys: ['title', 'messages.fr', 'messages.en', 'keywords', 'symptoms'] });
  const baselineIds = (q: string) => baseline.search(q).map((r) => r.item.id);

  // Accuracy.
  const engineRows = queries.map((q) => ({ q, correct: judge(q, engine.lookup(q.query)).correct }));
  const baselineRows = queries.map((q) => ({ q, correct: judgeRanking(q, baselineIds(q.query)) }));
  const engineScores = summarize(engineRows);
  const baselineScores = summarize(baselineRows);

  // Latency over the eval set (warm: one untimed pass first).
  for (const q of queries) engine.lookup(q.query);
  const engineSamples: number[] = [];
  for (let i = 0; i < ENGINE_ITERATIONS; i++) for (const q of queries) engineSamples.push(time(() => engine.lookup(q.query)));
  const baselineSamples: number[] = [];
  for (let i = 0; i < BASELINE_ITERATIONS; i++) for (const q of queries) baselineSamples.push(time(() => baselineIds(q.query)));
  const engineQ = timings(engineSamples);
  const baselineQ = timings(baselineSamples);

  // A 100-line log paste.
  const paste100 = logPaste(100, 30);
  engine.lookup(paste100);
  const engine100 = timings(repeat(() => engine.lookup(paste100), 50));
  const baseline100 = timings(repeat(() => baselineIds(paste100), 1));
  const found100 = engine.lookup(paste100).results.map((r) => r.id);

  // A 1 MB paste.
  const mb = megabytePaste();
  engine.lookup(mb);
  const engineMb = timings(repeat(() => engine.lookup(mb), 10));
  const foundMb = engine.lookup(mb).results.map((r) => r.id);
  const projected = (baseline100.median * mb.length) / paste100.length;
  const baselineMb = projected <= BASELINE_BUDGET_MS ? timings(repeat(() => baselineIds(mb), 1)) : undefined;

  const out: string[] = [];
  out.push(`Lookup bench — ${records.length} entries, ${queries.length} labelled queries, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  out.push(`Engine built in ${ms(createMs)} ms (message expressions, word index, Fuse vocabulary indexes, branch keywords).`);
  out.push('');
  out.push('Top-1 accuracy');
  out.push(
    table(
      ['category', 'engine', 'Fuse.js defaults'],
      [...CATEGORIES, 'overall' as const].map((c) => [c, pct(engineScores.find((s) => s.category === c)), pct(baselineScores.find((s) => s.category === c))]),
    ),
  );
  out.push('');
  out.push('Latency (ms, warm)');
  out.push(
    table(
      ['input', 'engine median', 'engine p99', 'Fuse median', 'Fuse p99', 'target'],
      [
        [`eval queries (${engineQ.count} / ${baselineQ.count} calls)`, ms(engineQ.median), ms(engineQ.p99), ms(baselineQ.median), ms(baselineQ.p99), 'median < 0.5, p99 < 5'],
        [`100-line log paste (${paste100.length} chars)`, ms(engine100.median), ms(engine100.p99), ms(baseline100.median), ms(baseline100.p99), '—'],
        [
          `1 MB paste (${mb.length} chars)`,
          ms(engineMb.median),
          ms(engineMb.max),
          baselineMb ? ms(baselineMb.median) : `≈ ${ms(projected)} (projected, not run)`,
          baselineMb ? ms(baselineMb.max) : '—',
          '< 500',
        ],
      ],
    ),
  );
  out.push('');
  out.push(`100-line paste, engine results: ${found100.join(', ') || 'none'}`);
  out.push(`1 MB paste, engine results: ${foundMb.join(', ') || 'none'}`);
  const verdicts = [
    ['median < 0.5 ms', engineQ.median < 0.5],
    ['p99 < 5 ms', engineQ.p99 < 5],
    ['1 MB < 500 ms', engineMb.median < 500],
  ] as const;
  out.push(`Targets: ${verdicts.map(([name, ok]) => `${name} ${ok ? 'met' : 'MISSED'}`).join(', ')}.`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
