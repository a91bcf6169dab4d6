'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang } from '@/lib/content/schema';
import { dictionary } from '@/lib/i18n';
import { engineFor } from '@/lib/lookup/engine';
import { resultPath } from '@/lib/routes';
import type { LookupRecord } from '@/lib/lookup/types';
import { ResolutionCard } from './ResolutionCard';

type Props = {
  records: LookupRecord[];
  initialQuery: string;
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
 * The lookup box and its cards. The engine runs synchronously in the input
 * handler, so the cards are painted in the same frame as the keystroke; it
 * caps its own work on huge pastes, so no worker is needed.
 */
export function SearchPanel({ records, initialQuery, path, lang }: Props) {
  const t = dictionary(lang).search;
  const engine = useMemo(() => engineFor(records), [records]);
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  const [query, setQuery] = useState(initialQuery);
  const response = useMemo(() => engine.lookup(query), [engine, query]);
  const inputRef = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const router = useRouter();
  const multiline = query.includes('\n');

  // Mirror the query into the URL so a lookup can be shared and bookmarked.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (query.trim() && query.length <= MAX_URL_QUERY) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.pathname === path && url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
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
    value: query,
    autoComplete: 'off',
    spellCheck: false,
    'aria-controls': RESULTS_ID,
    'aria-describedby': 'lookup-hint',
    className: 'search-input',
    onKeyDown,
  } as const;

  const count = response.results.length;
  const status =
    response.status === 'empty'
      ? ''
      : response.status === 'none'
        ? count
          ? t.statusSuggestions(count)
          : t.statusNone
        : t.statusFound(count, response.status === 'ambiguous');

  return (
    <section className="search-panel" aria-label={t.region}>
      <form className="search-form" role="search" action={path} method="get" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="lookup-input">{t.label}</label>
        {multiline ? (
          <textarea
            {...common}
            ref={(el) => {
              inputRef.current = el;
            }}
            rows={Math.min(12, query.split('\n').length + 1)}
            onChange={(e) => setQuery(e.target.value)}
          />
        ) : (
          <input
            {...common}
            ref={(el) => {
              inputRef.current = el;
            }}
            type="search"
            placeholder={t.placeholder}
            onChange={(e) => setQuery(e.target.value)}
            onPaste={(e) => {
              // <input> drops line breaks from a pasted Event Viewer block, gluing its
              // fields together: keep the block whole and switch to a textarea.
              const text = e.clipboardData.getData('text');
              if (!text.includes('\n')) return;
              e.preventDefault();
              const el = e.currentTarget;
              const start = el.selectionStart ?? query.length;
              const end = el.selectionEnd ?? query.length;
              setQuery(query.slice(0, start) + text + query.slice(end));
            }}
          />
        )}
        <p id="lookup-hint" className="search-hint">
          {t.hintText} <kbd>/</kbd> {t.hintKeys.focus} <kbd>Ctrl</kbd>+<kbd>K</kbd> {t.hintKeys.focusEnd} <kbd>{t.hintKeys.enter}</kbd>{' '}
          {t.hintKeys.enterText} <kbd>{t.hintKeys.escape}</kbd> {t.hintKeys.escapeText}
        </p>
      </form>

      <p role="status" aria-live="polite" className="search-hint" data-testid="lookup-status">
        {status}
      </p>
      {response.notice ? <p className="notice">{response.notice}</p> : null}
      {response.ambiguity?.map((a) => (
        <p key={a.eventId} className="notice" data-testid="ambiguity">
          {a.question}
        </p>
      ))}
      <ul id={RESULTS_ID} className="results" aria-label={t.results}>
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
