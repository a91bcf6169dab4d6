'use client';

/**
 * The interactive layer over an entry's steps: ticks remembered per device,
 * a branch picker that hides the causes that do not apply, progress and a
 * ticket summary. Everything is rendered on the server as plain, working HTML
 * (unchecked checkboxes, all branches shown); state only arrives after
 * hydration, so server and client markup always match.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { writeClipboard } from './CopyButton.client';
import { CheckIcon, buttonSmall } from './ui';
import type { Lang } from '@/lib/content/schema';
import { islands } from '@/lib/i18n/islands';
import { carriedProgress, parseProgress, serializeProgress, staleKeys, storageKey } from '@/lib/runbook/progress';
import { createSelectionStore } from '@/lib/runbook/selection';
import { countProgress, progressText, type RunbookBranch, type RunbookStep } from '@/lib/runbook/steps';
import { browserStorage, createStoredValue, removeKeys, storageKeys } from '@/lib/runbook/storage';
import { ticketSummary } from '@/lib/runbook/ticket';
import { valuesFromSearch } from '@/lib/runbook/values';

type RunbookContextValue = {
  title: string;
  lang: Lang;
  steps: RunbookStep[];
  branches: RunbookBranch[];
  done: ReadonlySet<string>;
  selected: string | undefined;
  toggle: (stepId: string) => void;
  reset: () => void;
  select: (branch: string | undefined) => void;
};

const RunbookContext = createContext<RunbookContextValue | null>(null);

function useRunbook(component: string): RunbookContextValue {
  const value = useContext(RunbookContext);
  if (!value) throw new Error(`<${component}> must be rendered inside <RunbookProvider>`);
  return value;
}

const serverNull = () => null;
const serverNone = () => undefined;

type ProviderProps = {
  entryId: string;
  /** contentVersion of the steps (the same in every language): ticks saved under another version are dropped. */
  version: string;
  /** Each language edition's version under the former, per-language keys: their ticks are carried over once. */
  editionVersions?: readonly string[];
  steps: RunbookStep[];
  branches: RunbookBranch[];
  title: string;
  lang: Lang;
  children: ReactNode;
};

export function RunbookProvider({ entryId, version, editionVersions = [], steps, branches, title, lang, children }: ProviderProps) {
  const stepIds = useMemo(() => steps.map((s) => s.id), [steps]);

  const progress = useMemo(() => createStoredValue(storageKey(entryId, version), browserStorage), [entryId, version]);
  const subscribeProgress = useCallback(
    (listener: () => void) => {
      const off = progress.subscribe(listener);
      // Ticks made in another tab of the same entry show up here too.
      const onStorage = (event: StorageEvent) => {
        if (event.key === null || event.key === progress.key) progress.notify();
      };
      window.addEventListener('storage', onStorage);
      return () => {
        off();
        window.removeEventListener('storage', onStorage);
      };
    },
    [progress],
  );
  const raw = useSyncExternalStore(subscribeProgress, progress.read, serverNull);
  const done = useMemo(() => parseProgress(raw, stepIds), [raw, stepIds]);

  useEffect(() => {
    const storage = browserStorage();
    // Ticks saved by an earlier version of the portal (one key per language edition) move to the shared key
    // before the old keys are cleaned up: nothing a person ticked is lost in the change.
    if (progress.read() === null) {
      const carried = carriedProgress((k) => storage?.getItem(k) ?? null, entryId, editionVersions, stepIds);
      if (carried !== undefined) progress.write(carried);
    }
    removeKeys(storage, staleKeys(storageKeys(storage), entryId, version));
  }, [entryId, version, editionVersions, progress, stepIds]);

  const selection = useMemo(
    () =>
      createSelectionStore(
        steps,
        branches.map((b) => b.id),
        () => window.location.hash,
      ),
    [steps, branches],
  );
  const selected = useSyncExternalStore(selection.subscribe, selection.get, serverNone);

  useEffect(() => {
    const onNavigate = () => selection.syncFromHash(window.location.hash);
    // popstate too: back/forward between fragments set by scripts fires no hashchange.
    window.addEventListener('hashchange', onNavigate);
    window.addEventListener('popstate', onNavigate);
    return () => {
      window.removeEventListener('hashchange', onNavigate);
      window.removeEventListener('popstate', onNavigate);
    };
  }, [selection]);

  // Runs after the commit that un-hid the branch: before it, the target had no box to scroll to.
  useEffect(() => {
    if (selected === undefined) return;
    const target = selection.takeScrollTarget();
    if (target) document.getElementById(target)?.scrollIntoView();
  }, [selection, selected]);

  const value = useMemo<RunbookContextValue>(
    () => ({
      title,
      lang,
      steps,
      branches,
      done,
      selected,
      toggle(stepId) {
        // From the store, not the rendered set: two toggles before a re-render must both count.
        const next = parseProgress(progress.read(), stepIds);
        if (next.has(stepId)) next.delete(stepId);
        else next.add(stepId);
        progress.write(next.size ? serializeProgress(next) : null);
      },
      reset() {
        progress.write(null);
      },
      select(branch) {
        selection.select(branch);
        const url = branch === undefined ? window.location.pathname + window.location.search : `#${branch}`;
        // replaceState, not location.hash: setting the hash would scroll and add a history entry.
        window.history.replaceState(window.history.state, '', url);
      },
    }),
    [title, lang, steps, branches, done, selected, progress, selection, stepIds],
  );

  return <RunbookContext.Provider value={value}>{children}</RunbookContext.Provider>;
}

/**
 * The step's "done" box, drawn as the step's number in a circle: ticking it
 * turns the circle into a check mark. A real checkbox (keyboard, forms, no-JS).
 */
export function StepCheckbox({ stepId, label, number }: { stepId: string; label: string; number?: number }) {
  const { done, toggle, lang } = useRunbook('StepCheckbox');
  return (
    <label className="step-check relative grid size-8 shrink-0 place-items-center">
      <input
        type="checkbox"
        checked={done.has(stepId)}
        onChange={() => toggle(stepId)}
        data-step-id={stepId}
        className="peer size-8 cursor-pointer appearance-none rounded-full border-2 border-control bg-canvas transition-colors hover:border-accent checked:border-ok checked:bg-ok"
      />
      {number !== undefined ? (
        <span aria-hidden="true" className="step-number pointer-events-none absolute inset-0 grid place-items-center text-small font-semibold text-fg tabular-nums peer-checked:hidden">
          {number}
        </span>
      ) : null}
      <CheckIcon className="pointer-events-none absolute hidden size-4 text-on-ok peer-checked:block" strokeWidth={3} />
      <span className="sr-only">
        {islands(lang).steps.done} {label}
      </span>
    </label>
  );
}

type CopyState = 'idle' | 'copied' | 'failed';

export function RunbookProgress() {
  const { title, lang, steps, branches, done, selected, reset } = useRunbook('RunbookProgress');
  const t = islands(lang).runbook;
  const [copy, setCopy] = useState<CopyState>('idle');
  const progressId = useId();
  const count = countProgress(steps, done, selected);

  useEffect(() => {
    if (copy === 'idle') return;
    const timer = window.setTimeout(() => setCopy('idle'), 3000);
    return () => window.clearTimeout(timer);
  }, [copy]);

  async function copyTicket() {
    const text = ticketSummary({
      title,
      url: window.location.origin + window.location.pathname,
      values: valuesFromSearch(window.location.search),
      steps,
      done,
      selectedBranch: selected,
      branchTitles: Object.fromEntries(branches.map((b) => [b.id, b.title])),
      lang,
    });
    setCopy((await writeClipboard(text)) ? 'copied' : 'failed');
  }

  return (
    <div className="runbook-controls sticky top-0 z-20 -mx-4 mt-10 flex flex-wrap items-center gap-x-4 gap-y-2 border-y border-line bg-canvas px-4 py-2.5 shadow-card sm:mx-0 sm:rounded-card sm:border print:hidden">
      <label htmlFor={progressId} className="sr-only">
        {t.progressLabel}
      </label>
      {/* Styled, not the UA's bar: an empty track at 0, filling in the "done" colour. */}
      <progress
        id={progressId}
        value={count.done}
        max={Math.max(count.total, 1)}
        className="runbook-bar h-2 min-w-24 flex-1 appearance-none overflow-hidden rounded-full border-0 bg-line-strong [&::-moz-progress-bar]:rounded-full [&::-moz-progress-bar]:bg-ok [&::-webkit-progress-bar]:rounded-full [&::-webkit-progress-bar]:bg-line-strong [&::-webkit-progress-value]:rounded-full [&::-webkit-progress-value]:bg-ok [&::-webkit-progress-value]:transition-[width] [&::-webkit-progress-value]:duration-300"
      />
      <p className="runbook-count text-small font-semibold whitespace-nowrap tabular-nums" role="status">
        {progressText(count.done, count.total, lang)}
      </p>
      <div className="runbook-actions flex flex-wrap items-center gap-2">
        <button type="button" onClick={reset} disabled={done.size === 0} className={buttonSmall}>
          {t.reset}
        </button>
        <button type="button" onClick={copyTicket} className={buttonSmall}>
          {t.copyTicket}
        </button>
        <span className="runbook-copy-status text-caption font-medium text-ok" aria-live="polite">
          {copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}
        </span>
      </div>
    </div>
  );
}

const NONE = 'none';
const option =
  'branch-option flex cursor-pointer items-start gap-2.5 rounded-control border border-line bg-canvas px-3 py-2.5 text-small text-fg transition-colors hover:border-control has-checked:border-accent has-checked:bg-accent-soft';
const radio = 'mt-0.5 size-4 shrink-0 cursor-pointer accent-accent';

export function BranchPicker({ question }: { question: string }) {
  const { branches, selected, select, lang } = useRunbook('BranchPicker');
  const name = useId();
  return (
    <fieldset className="branch-picker mt-4 rounded-card border border-line bg-surface p-4 print:hidden">
      <legend className="float-left mb-3 w-full text-small font-semibold text-fg">{question}</legend>
      <div className="clear-both grid gap-2">
        {branches.map((b) => (
          <label key={b.id} className={option}>
            <input type="radio" name={name} value={b.id} checked={selected === b.id} onChange={() => select(b.id)} className={radio} />{' '}
            <span>{b.answer}</span>
          </label>
        ))}
        <label className={option}>
          <input type="radio" name={name} value={NONE} checked={selected === undefined} onChange={() => select(undefined)} className={radio} />{' '}
          <span>{islands(lang).runbook.showAll}</span>
        </label>
      </div>
    </fieldset>
  );
}

type BranchProps = {
  id: string;
  /** Id of the branch's heading, so the section is a named region. */
  labelledBy?: string;
  children: ReactNode;
};

export function Branch({ id, labelledBy, children }: BranchProps) {
  const { selected } = useRunbook('Branch');
  return (
    <section
      id={id}
      className="branch mt-6 border-t border-line pt-2 target:border-accent sm:rounded-card sm:border sm:px-5 sm:pb-2 screen:data-collapsed:hidden"
      data-branch={id}
      aria-labelledby={labelledBy}
      // Not the hidden attribute: Tailwind's reset hides [hidden] with !important in a
      // layer, which no print rule could undo. Screen-only CSS collapses this instead.
      data-collapsed={selected !== undefined && selected !== id ? '' : undefined}
    >
      {children}
    </section>
  );
}
