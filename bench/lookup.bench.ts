/**
 * `npm run bench`: accuracy and latency of the lookup engine beside a plain
 * Fuse.js baseline (default options, keys title/messages/keywords/symptoms)
 * over the same records, from one run on the same machine.
 *
 * Accuracy, top-1 and top-3, reported apart for the three sets (see
 * tests/eval/evaluate.ts): dev (tuned on), test (frozen) and field (real
 * texts from public threads, labelled blind; our own translations reported
 * apart). The engine is judged as the eval test judges it; the baseline, which
 * has no notion of an exact match, is right on an unknown text only when it
 * returns nothing.
 * Latency: warm (the accuracy pass runs first), per query, median and p99
 * over every timed call; then a
 * 100-line log paste and a 1 MB paste with a couple of real events in it.
 * Targets: median < 0.5 ms and p99 < 5 ms per ordinary query, 1 MB < 500 ms.
 */
import { loadavg } from 'node:os';
import Fuse from 'fuse.js';
import { gzipSync } from 'node:zlib';
import { getLookupIndex, getLookupRecords, getLookupVocabulary } from '../lib/lookup/corpus';
import { createLookupEngine } from '../lib/lookup/engine';
import type { LookupRecord } from '../lib/lookup/types';
import {
  CATEGORIES,
  FIELD_FORMS,
  judge,
  judgeField,
  judgeFieldRanking,
  judgeRanking,
  loadField,
  loadQueries,
  type EvalQuery,
  type FieldItem,
} from '../tests/eval/evaluate';

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
const pct = (correct: number, total: number) => (total ? `${((correct / total) * 100).toFixed(1)} % (${correct}/${total})` : '—');

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

type Scored = { top1: boolean; top3: boolean };

function scoreRows<T>(items: T[], group: (item: T) => string, groups: readonly string[], engine: (item: T) => Scored, baseline: (item: T) => Scored): string[][] {
  const rows: string[][] = [];
  const scored = items.map((item) => ({ item, e: engine(item), b: baseline(item) }));
  for (const g of [...groups, 'all']) {
    const these = g === 'all' ? scored : scored.filter((x) => group(x.item) === g);
    if (!these.length) continue;
    const n = these.length;
    const count = (f: (x: (typeof these)[number]) => boolean) => these.filter(f).length;
    rows.push([g, pct(count((x) => x.e.top1), n), pct(count((x) => x.e.top3), n), pct(count((x) => x.b.top1), n), pct(count((x) => x.b.top3), n)]);
  }
  return rows;
}

/**
 * The catalogue's own figures: the lookup index each language's pages fetch (KB, raw and gzip), and top-1 on a
 * generated set of filled-in messages, one per wording of every entry (the docs' English and French, Windows'
 * own template), each placeholder filled with a value shaped like what Windows writes there.
 */
function catalogueReport(engineEn: ReturnType<typeof createLookupEngine>, engineFr: ReturnType<typeof createLookupEngine>): string[] {
  const lines: string[] = ['Catalogue'];
  for (const lang of ['fr', 'en'] as const) {
    const json = JSON.stringify(getLookupIndex(lang));
    const raw = Buffer.byteLength(json);
    lines.push(`lookup index ${lang}: ${(raw / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzip`);
  }
  let n = 0;
  const fill = (template: string) =>
    template.replace(/%[0-9]+|_variable_|`variable`/g, () => {
      n++;
      return n % 3 === 1 ? `https://winatp-gw-weu${n}.microsoft.com/` : n % 3 === 2 ? `0x8007${String(n % 10000).padStart(4, '0')}` : `Value${n}`;
    });
  for (const [lang, engine] of [['en', engineEn], ['fr', engineFr]] as const) {
    let total = 0;
    let right = 0;
    const misses: string[] = [];
    for (const r of getLookupRecords(lang)) {
      for (const wording of new Set([...r.messages.en, ...r.messages.fr])) {
        total++;
        const pasted = fill(wording);
        const first = engine.lookup(pasted).results[0];
        if (first?.id === r.id && first.match === 'message') right++;
        else if (misses.length < 10) misses.push(`  ${r.id}: ${first ? `${first.id} (${first.match})` : 'nothing'} for ${pasted.slice(0, 90)}`);
      }
    }
    lines.push(`filled-in messages, ${lang} page: ${pct(right, total)} top-1 as a message match`);
    lines.push(...misses);
  }
  return lines;
}

function main() {
  const records: LookupRecord[] = getLookupRecords('en');
  const vocabulary = getLookupVocabulary();
  const dev = loadQueries('dev');
  const test = loadQueries('test');
  const field = loadField();
  const fieldDev = loadField('field-dev');
  const queries = [...dev, ...test];

  const createMs = time(() => createLookupEngine(records, { vocabulary }));
  const engine = createLookupEngine(records, { vocabulary });
  const engineFr = createLookupEngine(getLookupRecords('fr'), { vocabulary });
  // `--catalogue`: only the catalogue's figures (seconds, where the whole bench and its Fuse baseline take minutes).
  if (process.argv.includes('--catalogue')) {
    process.stdout.write(`${catalogueReport(engine, engineFr).join('\n')}\n`);
    return;
  }
  const pageEngine = (lang: 'fr' | 'en') => (lang === 'fr' ? engineFr : engine);
  // Plain Fuse.js: default options, the obvious keys, over the same bilingual records.
  const baseline = new Fuse(records, { keys: ['title', 'alt.title', 'messages.fr', 'messages.en', 'keywords', 'symptoms'] });
  const baselineIds = (q: string) => baseline.search(q).map((r) => r.item.id);

  // Accuracy. The eval queries' top-3: the expected entry among the first three (exact checks apply to top-1 only).
  const queryEngine = (q: EvalQuery): Scored => {
    const r = engine.lookup(q.query);
    return { top1: judge(q, r).correct, top3: q.expected === null || q.expectedAmbiguous ? judge(q, r).correct : r.results.slice(0, 3).some((x) => x.id === q.expected) };
  };
  const queryBaseline = (q: EvalQuery): Scored => {
    const ids = baselineIds(q.query);
    return { top1: judgeRanking(q, ids), top3: q.expected === null || q.expectedAmbiguous ? judgeRanking(q, ids) : ids.slice(0, 3).includes(q.expected) };
  };
  const fieldEngine = (f: FieldItem): Scored => judgeField(f, pageEngine(f.lang).lookup(f.text));
  const fieldBaseline = (f: FieldItem): Scored => judgeFieldRanking(f, baselineIds(f.text));
  const head = ['group', 'engine top-1', 'engine top-3', 'Fuse top-1', 'Fuse top-3'];
  const devRows = scoreRows(dev, (q) => q.category, CATEGORIES, queryEngine, queryBaseline);
  const testRows = scoreRows(test, (q) => q.category, CATEGORIES, queryEngine, queryBaseline);
  const real = field.filter((f) => !f.authored);
  const authored = field.filter((f) => f.authored);
  const fieldRows = scoreRows(real, (f) => f.form, FIELD_FORMS, fieldEngine, fieldBaseline);
  const authoredRows = scoreRows(authored, (f) => f.form, FIELD_FORMS, fieldEngine, fieldBaseline);
  const fieldDevReal = fieldDev.filter((f) => !f.authored);
  const fieldDevAuthored = fieldDev.filter((f) => f.authored);
  const fieldDevRows = scoreRows(fieldDevReal, (f) => f.form, FIELD_FORMS, fieldEngine, fieldBaseline);
  const fieldDevAuthoredRows = scoreRows(fieldDevAuthored, (f) => f.form, FIELD_FORMS, fieldEngine, fieldBaseline);
  const fieldMisses = field
    .map((f) => ({ f, v: judgeField(f, pageEngine(f.lang).lookup(f.text)) }))
    .filter(({ v }) => !v.top1)
    .map(({ f, v }) => `  ${f.id} [${f.form}${f.authored ? ', authored' : ''}] expected ${f.expected ?? 'none'}${f.acceptable.length ? ` (or ${f.acceptable.join(', ')})` : ''}, got ${v.got.slice(0, 3).join(', ') || 'nothing'}${v.falseExact ? ' — FALSE EXACT MATCH' : ''}`);

  // Latency over the eval set (warm: one untimed pass first).
  const texts = [...queries.map((q) => q.query), ...field.map((f) => f.text)];
  for (const q of texts) engine.lookup(q);
  const engineSamples: number[] = [];
  for (let i = 0; i < ENGINE_ITERATIONS; i++) for (const q of texts) engineSamples.push(time(() => engine.lookup(q)));
  const baselineSamples: number[] = [];
  for (let i = 0; i < BASELINE_ITERATIONS; i++) for (const q of texts) baselineSamples.push(time(() => baselineIds(q)));
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
  out.push(`Lookup bench — ${records.length} entries, ${queries.length} labelled queries + ${field.length} field texts, Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  out.push(`Engine built in ${ms(createMs)} ms (message expressions, word index, Fuse vocabulary indexes, branch keywords).`);
  out.push('');
  out.push(`Dev set (${dev.length} queries written with the engine: tuned on)`);
  out.push(table(head, devRows));
  out.push('');
  out.push(`Field-dev set (${fieldDevReal.length} real texts from other public threads, labelled blind: tuned on), per form`);
  out.push(table(head, fieldDevRows));
  out.push('');
  out.push(`Field-dev set, our French translations of its real texts (${fieldDevAuthored.length}, tuned on, reported apart)`);
  out.push(table(head, fieldDevAuthoredRows));
  out.push('');
  out.push(`Frozen test set (${test.length} queries, never tuned on)`);
  out.push(table(head, testRows));
  out.push('');
  out.push(`Field set, real texts (${real.length}, verbatim from public threads, labelled blind), per form`);
  out.push(table(head, fieldRows));
  out.push('');
  out.push(`Field set, texts we wrote or translated (${authored.length}, reported apart)`);
  out.push(table(head, authoredRows));
  out.push('');
  out.push(`Field misses at top-1 (${fieldMisses.length}):`);
  out.push(...fieldMisses);
  out.push('');
  out.push('Latency (ms, warm)');
  out.push(
    table(
      ['input', 'engine median', 'engine p99', 'Fuse median', 'Fuse p99', 'target'],
      [
        [`eval and field texts (${engineQ.count} / ${baselineQ.count} calls)`, ms(engineQ.median), ms(engineQ.p99), ms(baselineQ.median), ms(baselineQ.p99), 'median < 0.5, p99 < 5'],
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
  out.push('');
  out.push(...catalogueReport(engine, engineFr));
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
