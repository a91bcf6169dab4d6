'use client';

import type { Lang } from '@/lib/content/schema';
import { islands } from '@/lib/i18n/islands';
import { useId, useSyncExternalStore } from 'react';
import { browserStorage, createStoredValue } from '@/lib/runbook/storage';
import {
  THEMES,
  THEME_STORAGE_KEY,
  applyTheme,
  parseTheme,
  themeToStored,
  type Theme,
} from '@/lib/runbook/theme';
import { ChevronDownIcon, ThemeIcon } from './ui';

/**
 * Re-exported for convenience in client code only. A Server Component (the
 * root layout) must import it from '@/lib/runbook/theme': through this
 * 'use client' module it would receive a client reference, not the string.
 */
export { THEME_INIT_SCRIPT } from '@/lib/runbook/theme';

// One store for the page: the theme is global, and every toggle instance must agree.
const stored = createStoredValue(THEME_STORAGE_KEY, browserStorage);

function subscribe(listener: () => void): () => void {
  const off = stored.subscribe(listener);
  // A choice made in another tab applies here too, not just in the select.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== THEME_STORAGE_KEY) return;
    applyTheme(document.documentElement, parseTheme(stored.read()));
    stored.notify();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    off();
    window.removeEventListener('storage', onStorage);
  };
}

const readTheme = (): Theme => parseTheme(stored.read());
const serverTheme = (): Theme => 'system';

export function ThemeToggle({ lang }: { lang: Lang }) {
  const t = islands(lang).theme;
  const theme = useSyncExternalStore(subscribe, readTheme, serverTheme);
  const id = useId();
  return (
    <div className="theme-toggle flex items-center gap-2 print:hidden">
      <label htmlFor={id} className="text-small font-medium text-muted lg:sr-only">
        {t.label}
      </label>
      <div className="relative flex items-center">
        <ThemeIcon className="pointer-events-none absolute start-2.5 size-4 text-muted" />
        <select
          id={id}
          value={theme}
          onChange={(event) => {
            const next = parseTheme(event.target.value);
            applyTheme(document.documentElement, next);
            stored.write(themeToStored(next));
          }}
          className="h-9 cursor-pointer appearance-none rounded-control border border-line-strong bg-canvas ps-8 pe-8 text-small font-medium text-fg hover:border-control"
        >
          {THEMES.map((option) => (
            <option key={option} value={option}>
              {t[option]}
            </option>
          ))}
        </select>
        <ChevronDownIcon className="pointer-events-none absolute end-2 size-4 text-muted" />
      </div>
    </div>
  );
}
