'use client';

import { useEffect } from 'react';
import { stripBase, withBase } from '@/lib/base-path';
import { DEFAULT_LANG, LANG_STORAGE_KEY, isLang, type Lang } from '@/lib/i18n/config';
import { homePath } from '@/lib/routes';
import { browserStorage } from '@/lib/runbook/storage';

/**
 * `/` is the only address without a language in it. A visitor who chose
 * another language with the switch lands on that language's home instead,
 * keeping a shared `?q=`. Every other URL names its language and is left alone.
 */
export function RememberedLanguage({ lang }: { lang: Lang }) {
  useEffect(() => {
    if (lang !== DEFAULT_LANG || stripBase(window.location.pathname) !== '/') return;
    let stored: string | null | undefined;
    try {
      stored = browserStorage()?.getItem(LANG_STORAGE_KEY);
    } catch {
      return;
    }
    if (isLang(stored) && stored !== lang) window.location.replace(`${withBase(homePath(stored))}${window.location.search}${window.location.hash}`);
  }, [lang]);
  return null;
}
