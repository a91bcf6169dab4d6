'use client';

import { usePathname } from 'next/navigation';
import { LANG_CONFIG, LANG_STORAGE_KEY, dictionary, otherLangs, type Lang } from '@/lib/i18n';
import { twinPath } from '@/lib/routes';
import { browserStorage } from '@/lib/runbook/storage';

/**
 * A link to this page in the other language. The server renders the twin of
 * the path (works without JavaScript); a click also carries the query (`?q=`,
 * values read from a paste) and the fragment (`#step-8`), and remembers the
 * choice for the home page.
 */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const pathname = usePathname() ?? '/';
  return (
    <div className="language-switch">
      {otherLangs(lang).map((to) => (
        <a
          key={to}
          href={twinPath(pathname, '', '', to)}
          hrefLang={LANG_CONFIG[to].tag}
          lang={LANG_CONFIG[to].tag}
          aria-label={dictionary(lang).language.switchTo}
          data-testid="language-switch"
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            try {
              browserStorage()?.setItem(LANG_STORAGE_KEY, to);
            } catch {
              // Storage refused (private mode, quota): the switch still works, it is just not remembered.
            }
            const { pathname: p, search, hash } = window.location;
            window.location.assign(twinPath(p, search, hash, to));
          }}
        >
          {LANG_CONFIG[to].name}
        </a>
      ))}
    </div>
  );
}
