'use client';

/**
 * Drop an event log, get every card: a drop zone, a file picker and paste of
 * a file, read in a Web Worker (lib/logs/worker.ts) with a progress bar and
 * a cancel button, then the report — the cards of the entries the events
 * point to, the timeline, the other events, the problems — and "copy for a
 * ticket". The files are read from the File objects in this browser: nothing
 * is uploaded, nothing fetched.
 *
 * Standalone: mount it on a lookup page with the page's language and its
 * lookup records, e.g. `<LogDrop lang={lang} records={records} />`;
 * `renderCard` replaces the default ResolutionCard.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '@/lib/content/schema';
import { dictionary } from '@/lib/i18n';
import { reportResults } from '@/lib/logs/cards';
import { readLogFiles } from '@/lib/logs/index';
import { reportMarkdown } from '@/lib/logs/markdown';
import { formatName, problemLine, timeText } from '@/lib/logs/messages';
import type { WorkerRequest, WorkerResponse } from '@/lib/logs/protocol';
import type { LogInput, LogProgress, LogReport } from '@/lib/logs/types';
import type { LookupRecord, LookupResult } from '@/lib/lookup/types';
import { CopyButton } from './CopyButton.client';
import { ResolutionCard } from './ResolutionCard';
import { logsDictionary } from '@/lib/i18n/logs';

type Props = {
  lang: Lang;
  /** The lookup records of the page (as SearchPanel gets them): which entries exist, their messages, their cards. */
  records: LookupRecord[];
  /**
   * False while the records are still being fetched: a file dropped then waits for them, since read without
   * them every event would be reported as "not one of ours" — a wrong answer, not a partial one.
   */
  ready?: boolean;
  /** Draws one card; defaults to the lookup's ResolutionCard. */
  renderCard?: (result: LookupResult, record: LookupRecord, rank: number) => ReactNode;
};

type State =
  | { phase: 'idle' }
  | { phase: 'reading'; progress: LogProgress | undefined }
  | { phase: 'done'; report: LogReport; cancelled: boolean }
  | { phase: 'failed'; message: string }
  /** Cancelled while the worker was busy in one piece of work: it was stopped, nothing partial came back. */
  | { phase: 'stopped' };

/** How long Cancel lets the worker end with its partial report before it is terminated. */
const CANCEL_GRACE_MS = 250;

/** Card heading ids start here, clear of the lookup's own results on the same page. */
const RANK_BASE = 1000;
const ACCEPT = '.evtx,.xml,.csv,.txt,.zip';

export function LogDrop({ lang, records, ready = true, renderCard }: Props) {
  const t = logsDictionary(lang).ui;
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [knownOnly, setKnownOnly] = useState(false);
  const [over, setOver] = useState(false);
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);
  const fallback = useRef<AbortController | null>(null);
  const stopTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      worker.current?.terminate();
      fallback.current?.abort();
      if (stopTimer.current) clearTimeout(stopTimer.current);
    },
    [],
  );

  // Files dropped before the records arrived: read as soon as they are there.
  const pending = useRef<readonly File[] | null>(null);
  useEffect(() => {
    if (!ready || !pending.current) return;
    const files = pending.current;
    pending.current = null;
    read(files);
    // `read` is redefined each render; only the arrival of the records should trigger this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  function read(files: readonly File[]) {
    if (!files.length) return;
    if (!ready) {
      pending.current = files;
      setState({ phase: 'reading', progress: undefined });
      return;
    }
    const inputs: LogInput[] = files.map((f) => ({ name: f.name, blob: f }));
    const id = ++current.current;
    setState({ phase: 'reading', progress: undefined });
    let w = worker.current;
    if (!w && typeof Worker !== 'undefined') {
      try {
        w = new Worker(new URL('../lib/logs/worker.ts', import.meta.url));
        w.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
          const m = event.data;
          if (m.id !== current.current) return;
          if (m.type !== 'progress' && stopTimer.current) {
            clearTimeout(stopTimer.current);
            stopTimer.current = null;
          }
          if (m.type === 'progress') setState({ phase: 'reading', progress: m.progress });
          else if (m.type === 'done') setState({ phase: 'done', report: m.report, cancelled: m.cancelled });
          else setState({ phase: 'failed', message: m.message });
        });
        w.addEventListener('error', (event) => setState({ phase: 'failed', message: event.message }));
        worker.current = w;
      } catch {
        w = null;
      }
    }
    if (w) {
      const request: WorkerRequest = { type: 'read', id, inputs, records, lang };
      w.postMessage(request);
      return;
    }
    // No worker (very old browser, or a test without one): the same code on this thread.
    const controller = new AbortController();
    fallback.current = controller;
    void readLogFiles(inputs, records, lang, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (id === current.current) setState({ phase: 'reading', progress });
      },
    }).then((report) => {
      if (id === current.current) setState({ phase: 'done', report, cancelled: controller.signal.aborted });
    });
  }

  const cancel = () => {
    if (pending.current) {
      // Still waiting for the records: nothing was read yet.
      pending.current = null;
      setState({ phase: 'idle' });
      return;
    }
    const request: WorkerRequest = { type: 'cancel', id: current.current };
    const w = worker.current;
    fallback.current?.abort();
    if (!w) return;
    // A worker between two pieces of a file ends at once with a partial report. One stuck inside a single
    // piece (a crafted file) never reads the message: it is terminated, and a new one serves the next file.
    w.postMessage(request);
    const id = current.current;
    if (stopTimer.current) clearTimeout(stopTimer.current);
    stopTimer.current = setTimeout(() => {
      stopTimer.current = null;
      if (id !== current.current || worker.current !== w) return;
      w.terminate();
      worker.current = null;
      current.current++;
      setState({ phase: 'stopped' });
    }, CANCEL_GRACE_MS);
  };

  const reading = state.phase === 'reading';
  const progress = reading ? state.progress : undefined;

  return (
    <section className="log-drop mt-6 print:hidden" aria-label={t.region} data-testid="log-drop">
      <h2 className="text-subheading font-semibold">{t.heading}</h2>
      <div
        role="group"
        tabIndex={0}
        aria-label={t.drop}
        data-testid="log-drop-zone"
        className={`mt-2 rounded-card border-2 border-dashed p-4 text-small ${over ? 'border-accent bg-accent-soft' : 'border-line-strong bg-surface'}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          read(Array.from(e.dataTransfer.files));
        }}
        onPaste={(e) => {
          const files = Array.from(e.clipboardData.files);
          if (!files.length) return;
          e.preventDefault();
          read(files);
        }}
      >
        <p>{t.drop}</p>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <label className="cursor-pointer rounded-control border border-control px-3 py-1.5 font-medium text-accent">
            {t.choose}
            <input
              type="file"
              multiple
              accept={ACCEPT}
              className="sr-only"
              data-testid="log-file-input"
              disabled={reading}
              onChange={(e) => {
                read(Array.from(e.currentTarget.files ?? []));
                e.currentTarget.value = '';
              }}
            />
          </label>
          <span className="text-muted">{t.pasteHint}</span>
        </p>
        <p className="mt-2 text-caption text-muted">{t.privacy}</p>
      </div>

      {reading ? (
        <div className="mt-3 flex flex-wrap items-center gap-3 text-small" role="status" aria-live="polite" data-testid="log-progress">
          <progress
            className="w-48"
            aria-label={t.progressLabel}
            max={progress?.totalBytes || 1}
            value={progress ? progress.bytesRead : undefined}
          />
          <span>
            {progress ? `${t.reading(progress.file)} ${t.progress(logsDictionary(lang).size(progress.bytesRead), logsDictionary(lang).size(progress.totalBytes), progress.events)}` : t.reading('')}
          </span>
          <button type="button" className="rounded-control border border-control px-3 py-1 font-medium" onClick={cancel} data-testid="log-cancel">
            {t.cancel}
          </button>
        </div>
      ) : null}

      {state.phase === 'stopped' ? (
        <p className="notice mt-3 rounded-control bg-warn-soft px-3 py-2.5 text-small text-warn" role="status" data-testid="log-stopped">
          {t.stopped}
        </p>
      ) : null}

      {state.phase === 'failed' ? (
        <p className="notice mt-3 rounded-control bg-warn-soft px-3 py-2.5 text-small text-warn" role="alert">
          {t.failed(state.message)}
        </p>
      ) : null}

      {state.phase === 'done' ? (
        <LogReportView
          report={state.report}
          cancelled={state.cancelled}
          records={records}
          lang={lang}
          knownOnly={knownOnly}
          setKnownOnly={setKnownOnly}
          renderCard={renderCard}
          onClear={() => setState({ phase: 'idle' })}
        />
      ) : null}
    </section>
  );
}

type ReportProps = {
  report: LogReport;
  cancelled: boolean;
  records: LookupRecord[];
  lang: Lang;
  knownOnly: boolean;
  setKnownOnly: (v: boolean) => void;
  renderCard: Props['renderCard'];
  onClear: () => void;
};

/** The report of a reading (exported so it can be shown or tested on its own). */
export function LogReportView({ report, cancelled, records, lang, knownOnly, setKnownOnly, renderCard, onClear }: ReportProps) {
  const d = dictionary(lang);
  const t = logsDictionary(lang);
  const r = t.report;
  const colon = d.runbook.colon;
  const byId = useMemo(() => new Map(records.map((x) => [x.id, x])), [records]);
  const results = useMemo(() => reportResults(report, records, lang), [report, records, lang]);
  const ticket = useMemo(() => reportMarkdown(report, records, { lang, knownOnly }), [report, records, lang, knownOnly]);
  const others = useMemo(() => report.files.flatMap((f) => f.others).sort((a, b) => b.count - a.count), [report]);
  const findings = report.files.flatMap((f) => f.findings ?? []);
  const th = 'border-b border-line px-2 py-1 text-start font-semibold';
  const td = 'border-b border-line px-2 py-1';

  return (
    <div className="mt-4 space-y-4" data-testid="log-report">
      {cancelled ? (
        <p className="notice rounded-control bg-warn-soft px-3 py-2.5 text-small text-warn" role="status">
          {t.ui.cancelled}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-small font-medium" data-testid="log-totals">
          {r.totals(report.totals.records, report.totals.failures, report.totals.matched, report.totals.others)}
        </p>
        <label className="flex items-center gap-1.5 text-small">
          <input type="checkbox" checked={knownOnly} onChange={(e) => setKnownOnly(e.currentTarget.checked)} data-testid="log-known-only" />
          {t.ui.knownOnly}
        </label>
        <CopyButton text={ticket} label={t.ui.copyLabel} lang={lang} className="rounded-control border border-control px-3 py-1 text-small font-medium" />
        <button type="button" className="rounded-control border border-control px-3 py-1 text-small" onClick={onClear}>
          {t.ui.clear}
        </button>
      </div>

      <ul className="space-y-1 text-small" data-testid="log-files">
        {report.files.map((f) => (
          <li key={f.file} data-format={f.format}>
            <code className="inline-code">{f.file}</code>
            {colon}
            {f.format === 'zip' ? formatName('zip', lang) : r.fileLine(formatName(f.format, lang), f.records, f.failures)}
            {f.problems.length ? (
              <ul className="ms-4 list-disc" data-testid="log-problems">
                {f.problems.map((p, i) => (
                  <li key={`${p.code}-${i}`} className={p.severity === 'info' ? 'text-muted' : 'text-warn'} data-code={p.code} data-severity={p.severity}>
                    {problemLine(p, lang)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>

      <h3 className="font-semibold">{r.entries}</h3>
      {results.length ? (
        <ul className="results space-y-4" aria-label={t.ui.cards}>
          {results.map((result, i) => {
            const record = byId.get(result.id);
            const entry = report.entries.find((e) => e.id === result.id);
            if (!record) return null;
            return (
              <li key={result.id} data-entry-id={result.id}>
                {renderCard ? renderCard(result, record, RANK_BASE + i) : <ResolutionCard result={result} record={record} rank={RANK_BASE + i} lang={lang} />}
                {entry ? (
                  <p className="mt-1 text-caption text-muted">
                    {r.seen(entry.count)}, {r.first} {timeText(entry.first, lang)}, {r.last} {timeText(entry.last, lang)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-small text-muted">{r.noEntries}</p>
      )}

      {report.timeline.length ? (
        <>
          <h3 className="font-semibold">{r.timeline}</h3>
          {report.timeline.length < report.timelineTotal ? <p className="text-caption text-muted">{r.timelineCut(report.timeline.length, report.timelineTotal)}</p> : null}
          <ol className="space-y-0.5 text-small" data-testid="log-timeline">
            {report.timeline.map((item, i) => (
              <li key={`${item.time ?? ''}-${item.id}-${i}`}>
                <span className="text-muted">{timeText(item.time, lang)}</span> — <a href={byId.get(item.id)?.url}>{item.id}</a>
                {item.values.map((v) => (
                  <span key={`${v.name}=${v.value}`}>
                    {' '}
                    · {v.name}
                    {colon}
                    <code className="inline-code">{v.value}</code>
                  </span>
                ))}
              </li>
            ))}
          </ol>
        </>
      ) : null}

      {!knownOnly && others.length ? (
        <>
          <h3 className="font-semibold">{r.others}</h3>
          <div className="overflow-x-auto">
            <table className="text-small" data-testid="log-others">
              <thead>
                <tr>
                  <th className={th}>{r.source}</th>
                  <th className={th}>{r.eventId}</th>
                  <th className={th}>{r.levelHeader}</th>
                  <th className={th}>{r.countHeader}</th>
                  <th className={th}>{r.firstHeader}</th>
                  <th className={th}>{r.lastHeader}</th>
                </tr>
              </thead>
              <tbody>
                {others.slice(0, 200).map((o, i) => (
                  <tr key={`${o.provider}-${o.eventId ?? ''}-${i}`}>
                    <td className={td}>{o.provider || t.unknownSource}</td>
                    <td className={td}>{o.eventId ?? '—'}</td>
                    <td className={td}>{t.level(o.level)}</td>
                    <td className={td}>{o.count}</td>
                    <td className={td}>{timeText(o.first, lang)}</td>
                    <td className={td}>{timeText(o.last, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      {findings.length ? (
        <>
          <h3 className="font-semibold">{r.findings}</h3>
          <ul className="space-y-1 text-small">
            {findings.map((f, i) => (
              <li key={`${f.id}-${i}`}>
                <strong>[{f.severity}]</strong> {f.id} {f.check}
                {colon}
                {f.result}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
