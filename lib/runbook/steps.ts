/**
 * The runbook's view of an entry: every step as one flat, ordered list (branch
 * steps first, in page order, then the common steps), each tagged with the
 * branch it belongs to. Progress, the ticket and the branch filter all count
 * from this one list so they always agree.
 */
import type { Lang } from '../content/schema';
import { islands } from '../i18n/islands';
import { inlineToPlainText, parseInline } from '@/lib/text/inline';
import { contentVersion, editionVersion, type VersionedStep } from './version';

export type RunbookStep = { id: string; label: string; branch?: string };
export type RunbookBranch = { id: string; title: string; answer: string };

type EntryLike = {
  steps: readonly VersionedStep[];
  causes: readonly { id: string; title: string; answer: string; steps: readonly VersionedStep[] }[];
};

/** Plain text on one line: labels end up in accessible names and ticket lines. */
export function plainLabel(inlineMarkdown: string): string {
  return oneLine(inlineToPlainText(parseInline(inlineMarkdown)));
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function runbookData(entry: EntryLike): { steps: RunbookStep[]; branches: RunbookBranch[]; version: string; editionVersion: string } {
  const ordered = [
    ...entry.causes.flatMap((c) => c.steps.map((s) => ({ step: s, branch: c.id }))),
    ...entry.steps.map((s) => ({ step: s, branch: undefined })),
  ];
  return {
    steps: ordered.map(({ step, branch }) =>
      branch === undefined ? { id: step.id, label: plainLabel(step.text) } : { id: step.id, label: plainLabel(step.text), branch },
    ),
    branches: entry.causes.map((c) => ({ id: c.id, title: oneLine(c.title), answer: oneLine(c.answer) })),
    version: contentVersion(ordered.map((o) => o.step)),
    editionVersion: editionVersion(ordered.map((o) => o.step)),
  };
}

/**
 * The steps that apply: with a branch picked, that branch's steps plus the
 * common ones; otherwise all. A branch no step belongs to counts as no pick,
 * so a stale or forged selection never shows "0 sur 0".
 */
export function visibleSteps<S extends { branch?: string }>(steps: readonly S[], selected: string | undefined): S[] {
  if (selected === undefined || !steps.some((s) => s.branch === selected)) return [...steps];
  return steps.filter((s) => s.branch === undefined || s.branch === selected);
}

export function countProgress(
  steps: readonly { id: string; branch?: string }[],
  done: ReadonlySet<string>,
  selected: string | undefined,
): { done: number; total: number } {
  const visible = visibleSteps(steps, selected);
  return { done: visible.filter((s) => done.has(s.id)).length, total: visible.length };
}

/** "3 sur 5 étapes faites" / "3 of 5 steps done", with each language's plural rules. */
export function progressText(done: number, total: number, lang: Lang): string {
  return islands(lang).runbook.progress(done, total);
}
