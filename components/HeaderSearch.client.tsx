'use client';

import { pagePath, withBase } from '@/lib/base-path';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { Lang } from '@/lib/i18n/config';
import { islands } from '@/lib/i18n/islands';
import { homePath, lookupPath } from '@/lib/routes';
import { SearchIcon, cx, iconButton } from './ui';

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Search from every page: a plain GET form to the lookup page on wide
 * screens, a link to it on small ones. Not shown on the home and lookup pages,
 * whose own box is the search (one search box per page). Loads no engine.
 */
export function HeaderSearch({ lang }: { lang: Lang }) {
  const t = islands(lang).header;
  const pathname = pagePath(usePathname() ?? '/');
  const input = useRef<HTMLInputElement>(null);
  const action = lookupPath(undefined, lang);
  const onSearchPage = [homePath(lang), `/${lang}`, action].includes(pathname);

  // "/" and Ctrl/Cmd+K focus the header box, as they focus the lookup box on its pages.
  useEffect(() => {
    if (onSearchPage) return;
    function onKey(event: KeyboardEvent) {
      const el = input.current;
      if (!el || el.offsetParent === null) return;
      const k = event.key.toLowerCase();
      if ((k === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTypingTarget(event.target))) {
        event.preventDefault();
        el.focus();
        el.select();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onSearchPage]);

  if (onSearchPage) return null;
  return (
    <>
      <a href={withBase(action)} className={cx(iconButton, 'lg:hidden')}>
        <SearchIcon className="size-5" />
        <span className="sr-only">{t.searchNav}</span>
      </a>
      <form
        action={withBase(action)}
        method="get"
        role="search"
        className="relative hidden w-full max-w-sm items-center justify-self-end lg:col-start-2 lg:row-start-1 lg:flex"
      >
        <label htmlFor="header-q" className="sr-only">
          {t.searchLabel}
        </label>
        <SearchIcon className="pointer-events-none absolute start-3 size-4 text-muted" />
        <input
          ref={input}
          id="header-q"
          name="q"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t.searchPlaceholder}
          className="h-9 w-full rounded-control border border-line-strong bg-surface ps-9 pe-10 text-small text-fg placeholder:text-muted hover:border-control focus:border-accent focus:bg-canvas focus:outline-2 focus:outline-offset-0 focus:outline-accent"
        />
        <kbd className="pointer-events-none absolute end-2.5 hidden rounded border border-line-strong bg-canvas px-1.5 font-mono text-caption text-muted kbd:block">
          /
        </kbd>
      </form>
    </>
  );
}
