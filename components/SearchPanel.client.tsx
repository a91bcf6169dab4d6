'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang } from '@/lib/content/schema';
import { stripBase, withBase } from '@/lib/base-path';
import { lookupStrings } from '@/lib/i18n/lookup';
import { LARGE_PASTE, summarizePaste } from '@/lib/paste';
import { resultPath } from '@/lib/routes';
import type { LookupRecord, LookupResponse } from '@/lib/lookup/types';
import { ResolutionCard } from './ResolutionCard';
import { useLookup } from './useLookup.client';
import { AlertIcon, InfoIcon, SearchIcon, buttonSmall, cx, kbdClass } from './ui';

type Props = {
  /** The server's answer for the page's `?q=`, with the records of its cards (never the whole index). */
  initial: { query: string; response: LookupResponse; records: LookupRecord[] };
  /** The language's static, content-hashed lookup index, fetched on first use. */
  indexUrl: string;
  /** The page's own path: the query is mirrored into its `?q=`. */
  path: string;
  lang: Lang;
};

/** Past this length a query is not mirrored into the URL (a pasted log would make an unusable link). */
const MAX_URL_QUERY = 2000;
const RESULTS_ID = 'results';

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The lookup box and its cards. The page ships the server's answer for its
 * own `?q=`; the engine and the index arrive when the box is first used (or
 * when the browser is idle), and then answer every keystroke in the same
 * frame. Long pastes are read in a Web Worker (see useLookup).
 */
export function SearchPanel({ initial, indexUrl, path, lang }: Props) {
  const t = lookupStrings(lang).search;
  const initialQuery = initial.query;
  const [query, setQuery] = useState(initialQuery);
  const lookup = useLookup({ lang, indexUrl: withBase(indexUrl), query, initial });
  const byId = lookup.records;
  const { response, warm, prefetch } = lookup;

  // The index is small and cached: fetch it when the browser is idle (the engine is built on focus), so the
  // first keystroke does not wait on the network and an untouched page runs no long task.
  useEffect(() => {
    const w = window as Window & { requestIdleCallback?: (cb: () => void) => number };
    if (w.requestIdleCallback) w.requestIdleCallback(prefetch);
    else window.setTimeout(prefetch, 1500);
  }, [prefetch]);
  const inputRef = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const router = useRouter();
  // A paste too long to show is summarized above an empty box (lib/paste.ts says why); typing replaces it.
  const large = query.length > LARGE_PASTE;
  const summary = useMemo(() => (large ? summarizePaste(query) : undefined), [large, query]);
  const multiline = !large && query.includes('\n');

  // The address bar is the truth for `?q=`: the static export has no server to read it, and Back to a
  // lookup may restore a page rendered before the query was typed. Take it once, after hydration.
  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    // eslint-disable-next-line react-hooks/set-state-in-effect -- runs once, after hydration, to adopt the URL's query
    if (q && q !== initialQuery) setQuery(q);
  }, [initialQuery]);

  // Mirror the query into the URL so a lookup can be shared, bookmarked, and found again with Back.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (query.trim() && query.length <= MAX_URL_QUERY) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (stripBase(url.pathname) === path && url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [query, path]);

  // "/" and Ctrl/Cmd+K focus the box from anywhere on the page.
  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      const k = event.key.toLowerCase();
      if ((k === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTypingTarget(event.target))) {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Switching between <input> and <textarea> (a multi-line paste) must keep the caret in the box.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const el = inputRef.current;
    if (el && (document.activeElement === null || document.activeElement === document.body)) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
  }, [multiline]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      setQuery('');
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      const top = response.results[0];
      event.preventDefault();
      if (top) router.push(resultPath(top.url, top.values, top.causeId));
    }
  }

  const common = {
    id: 'lookup-input',
    name: 'q',
    value: large ? '' : query,
    autoComplete: 'off',
    spellCheck: false,
    'aria-controls': RESULTS_ID,
    'aria-describedby': large ? 'lookup-paste lookup-hint' : 'lookup-hint',
    onFocus: warm,
    className:
      'search-input block w-full rounded-card border border-line-strong bg-raised py-3 ps-11 pe-4 text-fg shadow-card placeholder:text-muted hover:border-control focus:border-accent focus:outline-2 focus:outline-offset-0 focus:outline-accent',
    onKeyDown,
  } as const;

  const count = response.results.length;
  const status = lookup.failed
    ? t.indexFailed
    : lookup.busy
      ? t.reading
      : response.status === 'empty'
      ? ''
      : response.status === 'error'
        ? t.failed
        : response.status === 'none'
        ? count
          ? t.statusSuggestions(count)
          : t.statusNone
        : t.statusFound(count, response.status === 'ambiguous');

  return (
    <section className="search-panel mt-4 sm:mt-6 print:hidden" aria-label={t.region}>
      <form className="search-form" role="search" action={withBase(path)} method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="lookup-input" className="mb-1.5 block text-small font-medium text-fg">
          {t.label}
        </label>
        {summary ? (
          <div id="lookup-paste" data-testid="large-paste" className="mb-2 rounded-card border border-line bg-surface p-3 text-small">
            <p className="text-muted">{t.largePaste(summary.chars, summary.lines)}</p>
            <pre className="mt-2 max-h-28 overflow-hidden font-mono text-caption whitespace-pre-wrap text-fg wrap-anywhere">{summary.head}</pre>
            <button
              type="button"
              className={cx(buttonSmall, 'mt-2')}
              onClick={() => {
                setQuery('');
                inputRef.current?.focus();
              }}
            >
              {t.clearPaste}
            </button>
          </div>
        ) : null}
        <div className="relative">
        <SearchIcon className="pointer-events-none absolute start-3.5 top-3.5 z-10 size-5 text-muted sm:top-4" />
        {multiline ? (
          <textarea
            {...common}
            ref={(el) => {
              inputRef.current = el;
            }}
            rows={Math.min(12, query.split('\n').length + 1)}
            className={cx(common.className, 'max-h-40 resize-y font-mono text-small leading-relaxed sm:max-h-[40dvh]')}
            onChange={(e) => setQuery(e.target.value)}
          />
        ) : (
          <input
            {...common}
            ref={(el) => {
              inputRef.current = el;
            }}
            type="search"
            placeholder={large ? t.largePasteReplace : t.placeholder}
            className={cx(common.className, 'text-base sm:text-lg')}
            onChange={(e) => setQuery(e.target.value)}
            onPaste={(e) => {
              // <input> drops line breaks from a pasted Event Viewer block, gluing its
              // fields together: keep the block whole and switch to a textarea.
              const text = e.clipboardData.getData('text');
              if (!text.includes('\n')) return;
              e.preventDefault();
              const el = e.currentTarget;
              if (large) return setQuery(text);
              const start = el.selectionStart ?? query.length;
              const end = el.selectionEnd ?? query.length;
              setQuery(query.slice(0, start) + text + query.slice(end));
            }}
          />
        )}
        </div>
        <p id="lookup-hint" className="search-hint mt-2 text-caption text-muted sm:text-small">
          {t.hintText}{' '}
          {/* Keys only where there is a keyboard: a phone has no / nor Escape. */}
          <span data-testid="shortcut-hint" className="hidden kbd:inline">
            <kbd className={kbdClass}>/</kbd> {t.hintKeys.focus} <kbd className={kbdClass}>Ctrl</kbd>+<kbd className={kbdClass}>K</kbd>{' '}
            {t.hintKeys.focusEnd} <kbd className={kbdClass}>{t.hintKeys.enter}</kbd> {t.hintKeys.enterText}{' '}
            <kbd className={kbdClass}>{t.hintKeys.escape}</kbd> {t.hintKeys.escapeText}
          </span>
        </p>
      </form>

      <p role="status" aria-live="polite" className="search-status mt-4 text-small font-medium text-muted" data-testid="lookup-status">
        {status}
      </p>
      {response.notice ? (
        <p className="notice mt-3 flex gap-2 rounded-control bg-warn-soft px-3 py-2.5 text-small text-warn">
          <AlertIcon className="mt-0.5 size-4" />
          <span>{response.notice}</span>
        </p>
      ) : null}
      {response.ambiguity?.map((a) => (
        <p key={a.eventId} className="notice mt-3 flex gap-2 rounded-control bg-accent-soft px-3 py-2.5 text-small text-fg" data-testid="ambiguity">
          <InfoIcon className="mt-0.5 size-4 text-accent" />
          <span>{a.question}</span>
        </p>
      ))}
      {count ? <h2 className="sr-only">{t.results}</h2> : null}
      <ul id={RESULTS_ID} className="results mt-3 space-y-4" aria-label={t.results}>
        {response.results.map((result, i) => {
          const record = byId.get(result.id);
          return record ? (
            <li key={result.id}>
              <ResolutionCard result={result} record={record} rank={i} lang={lang} />
            </li>
          ) : null;
        })}
      </ul>
    </section>
  );
}
