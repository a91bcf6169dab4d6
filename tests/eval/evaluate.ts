/**
 * Scoring of the labelled sets, shared by the eval test (which asserts the
 * floors) and the bench (which prints them beside a plain Fuse.js baseline).
 * One definition of "correct" for both, so the two never disagree.
 *
 * Three sets, kept apart on purpose:
 * - dev.json: queries written with the engine; tune on it freely.
 * - test.json: a frozen third of the same queries; nobody tunes on it, and
 *   changing it is a commit of its own that says why.
 * - field.json: texts taken verbatim from public threads, labelled from the
 *   sources before the engine ever ran on them; the honest measure.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LookupResponse } from '../../lib/lookup/types';

export const CATEGORIES = [
  'exact-code',
  'event-with-source',
  'filled-message',
  'event-viewer-block',
  'symptom-fr',
  'symptom-en',
  'ambiguous-event-id',
  'unknown',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type EvalQuery = {
  query: string;
  /** The entry that must come first; null when no entry matches exactly. */
  expected: string | null;
  category: Category;
  /** A paste of several events: every one of these, in this order, before anything else. */
  expectedAll?: string[];
  /** An event ID without source: all of these, flagged ambiguous. */
  expectedAmbiguous?: string[];
  /** The branch the query points at. */
  expectedCause?: string;
  /** Values the top result must carry (name → value). */
  expectedValues?: Record<string, string>;
};

const HERE = dirname(fileURLToPath(import.meta.url));

export type QuerySet = 'dev' | 'test';

export function loadQueries(set: QuerySet): EvalQuery[] {
  return JSON.parse(readFileSync(join(HERE, `${set}.json`), 'utf8')) as EvalQuery[];
}

export const FIELD_FORMS = ['code', 'message', 'event-block', 'tool-output', 'symptom', 'question-title'] as const;
export type FieldForm = (typeof FIELD_FORMS)[number];

export type FieldItem = {
  id: string;
  text: string;
  lang: 'en' | 'fr';
  form: FieldForm;
  /** The best entry, or null when no entry covers the text. */
  expected: string | null;
  /** Other entries that are also a right answer. */
  acceptable: string[];
  source: string;
  /** True when we wrote or translated the text ourselves (reported apart). */
  authored: boolean;
  /** For a translation: the id of the real text it translates (same set, same label). */
  translationOf?: string;
  why: string;
};

/**
 * `field`: real texts held out, never tuned on. `field-dev`: real texts of the
 * same kind, collected later from other threads, that the engine *is* tuned on
 * (the dev set's queries were written with the engine; these were not).
 */
export type FieldSet = 'field' | 'field-dev';

export function loadField(set: FieldSet = 'field'): FieldItem[] {
  return JSON.parse(readFileSync(join(HERE, `${set}.json`), 'utf8')) as FieldItem[];
}

export type FieldVerdict = {
  top1: boolean;
  top3: boolean;
  /** A code or message match claimed for a text no entry covers: the worst error, a confident wrong answer. */
  falseExact: boolean;
  got: string[];
};

/**
 * A field text is answered right at rank k when one of its right entries is
 * among the first k results. A text no entry covers is answered right when
 * nothing claims a code or message match: close text suggestions, and an
 * event ID shown with the question of its log, are marked as such and are an
 * honest "maybe".
 */
export function judgeField(item: FieldItem, response: LookupResponse): FieldVerdict {
  const got = response.results.map((r) => r.id);
  if (item.expected === null) {
    const falseExact = response.results.some((r) => (r.match === 'code' || r.match === 'message') && !r.ambiguous);
    return { top1: !falseExact, top3: !falseExact, falseExact, got };
  }
  const right = new Set([item.expected, ...item.acceptable]);
  return { top1: right.has(got[0] ?? ''), top3: got.slice(0, 3).some((id) => right.has(id)), falseExact: false, got };
}

/** The same judgement for a bare ranked list (the Fuse.js baseline): for a null text, any answer is a claim. */
export function judgeFieldRanking(item: FieldItem, ids: string[]): { top1: boolean; top3: boolean } {
  if (item.expected === null) return { top1: ids.length === 0, top3: ids.length === 0 };
  const right = new Set([item.expected, ...item.acceptable]);
  return { top1: right.has(ids[0] ?? ''), top3: ids.slice(0, 3).some((id) => right.has(id)) };
}

export type Verdict = { correct: boolean; problems: string[] };

const isExact = (r: LookupResponse['results'][number]) => (r.match === 'code' || r.match === 'message') && !r.ambiguous;

/** Top-1 correctness of an engine response, plus the stricter checks (order of a multi-event paste, branch, values). */
export function judge(q: EvalQuery, response: LookupResponse): Verdict {
  const problems: string[] = [];
  const top = response.results[0];
  const got = top ? `${top.id} (${top.match}${top.ambiguous ? ', ambiguous' : ''})` : 'nothing';
  if (q.expectedAmbiguous) {
    const ambiguous = response.results.filter((r) => r.ambiguous).map((r) => r.id);
    if (response.status !== 'ambiguous') problems.push(`status ${response.status}, expected ambiguous`);
    for (const id of q.expectedAmbiguous) if (!ambiguous.includes(id)) problems.push(`${id} missing from the ambiguous results`);
    if (!response.ambiguity?.length) problems.push('no ambiguity question');
  } else if (q.expected === null) {
    const exact = response.results.filter((r) => r.match === 'code' || r.match === 'message');
    if (exact.length) problems.push(`exact match where none was expected: ${exact.map((r) => `${r.id} (${r.match})`).join(', ')}`);
  } else {
    if (top?.id !== q.expected) problems.push(`top result ${got}, expected ${q.expected}`);
    if (q.expectedAll) {
      const firsts = response.results.slice(0, q.expectedAll.length).map((r) => r.id);
      if (firsts.join(',') !== q.expectedAll.join(',')) problems.push(`results ${firsts.join(', ')}, expected ${q.expectedAll.join(', ')} in that order`);
      for (const r of response.results.slice(0, q.expectedAll.length)) if (!isExact(r)) problems.push(`${r.id} matched by ${r.match} only`);
    }
    if (q.category === 'filled-message' || q.category === 'exact-code' || q.category === 'event-with-source' || q.category === 'event-viewer-block') {
      if (top && !isExact(top)) problems.push(`top result matched by ${top.match}${top.ambiguous ? ' (ambiguous)' : ''}, expected an exact match`);
    }
    if (q.expectedCause && top?.causeId !== q.expectedCause) problems.push(`branch ${top?.causeId ?? 'none'}, expected ${q.expectedCause}`);
    for (const [name, value] of Object.entries(q.expectedValues ?? {})) {
      if (!top?.values.some((v) => v.name === name && v.value === value)) problems.push(`value ${name}=${value} missing (got ${JSON.stringify(top?.values ?? [])})`);
    }
  }
  return { correct: problems.length === 0, problems };
}

/**
 * Top-1 correctness from a bare ranked list of ids, for a baseline that has no
 * notion of exact matches: an unknown query is right only when nothing comes
 * back, an ambiguous one when its first results are exactly the candidates.
 */
export function judgeRanking(q: EvalQuery, ids: string[]): boolean {
  if (q.expectedAmbiguous) {
    const firsts = new Set(ids.slice(0, q.expectedAmbiguous.length));
    return q.expectedAmbiguous.every((id) => firsts.has(id));
  }
  if (q.expected === null) return ids.length === 0;
  return ids[0] === q.expected;
}

export type CategoryScore = { category: Category | 'overall'; total: number; correct: number; accuracy: number };

export function summarize(rows: { q: EvalQuery; correct: boolean }[]): CategoryScore[] {
  const out: CategoryScore[] = [];
  for (const category of CATEGORIES) {
    const these = rows.filter((r) => r.q.category === category);
    const correct = these.filter((r) => r.correct).length;
    out.push({ category, total: these.length, correct, accuracy: these.length ? correct / these.length : 1 });
  }
  const correct = rows.filter((r) => r.correct).length;
  out.push({ category: 'overall', total: rows.length, correct, accuracy: rows.length ? correct / rows.length : 1 });
  return out;
}
