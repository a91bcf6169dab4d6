'use client';

import { usePathname } from 'next/navigation';
import { pagePath, stripBase, withBase } from '@/lib/base-path';
import { LANG_CONFIG, LANG_STORAGE_KEY, otherLangs, type Lang } from '@/lib/i18n/config';
import { islands } from '@/lib/i18n/islands';
import { twinPath } from '@/lib/routes';
import { browserStorage } from '@/lib/runbook/storage';
import { GlobeIcon } from './ui';

/**
 * A link to this page in the other language. The server renders the twin of
 * the path (works without JavaScript); a click also carries the query (`?q=`,
 * values read from a paste) and the fragment (`#step-8`), and remembers the
 * choice for the home page.
 */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const pathname = pagePath(usePathname() ?? '/');
  return (
    <div className="language-switch flex">
      {otherLangs(lang).map((to) => (
        <a
          key={to}
          href={withBase(twinPath(pathname, '', '', to))}
          hrefLang={LANG_CONFIG[to].tag}
          lang={LANG_CONFIG[to].tag}
          aria-label={islands(lang).header.switchTo}
          data-testid="language-switch"
          className="inline-flex h-9 items-center gap-1.5 rounded-control px-2.5 text-small font-medium text-fg no-underline hover:bg-surface hover:text-fg"
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            try {
              browserStorage()?.setItem(LANG_STORAGE_KEY, to);
            } catch {
              // Storage refused (private mode, quota): the switch still works, it is just not remembered.
            }
            const { pathname: p, search, hash } = window.location;
            window.location.assign(withBase(twinPath(pagePath(stripBase(p)), search, hash, to)));
          }}
        >
          <GlobeIcon className="size-4 text-muted" />
          {LANG_CONFIG[to].name}
        </a>
      ))}
    </div>
  );
}
