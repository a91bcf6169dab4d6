'use client';

import type { Lang } from '@/lib/content/schema';
import { islands } from '@/lib/i18n/islands';
import { useState } from 'react';
import { CopyIcon, cx } from './ui';

type Props = {
  /** Exactly what lands on the clipboard. */
  text: string;
  /** Accessible name: what is being copied. */
  label: string;
  className?: string;
  lang: Lang;
};

export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (insecure context, permissions): fall back to a hidden textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function CopyButton({ text, label, className, lang }: Props) {
  const t = islands(lang).copy;
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      className={cx(
        'copy-button inline-flex h-7 cursor-pointer items-center gap-1.5 rounded-md px-2 text-caption font-medium text-muted transition-colors hover:bg-canvas hover:text-fg print:hidden',
        state === 'copied' && 'text-ok hover:text-ok',
        className,
      )}
      aria-label={label}
      data-copy={text}
      onClick={async () => {
        setState((await writeClipboard(text)) ? 'copied' : 'failed');
        window.setTimeout(() => setState('idle'), 2000);
      }}
    >
      <span aria-hidden="true" className="inline-flex items-center gap-1.5">
        {state === 'copied' ? null : <CopyIcon className="size-3.5" />}
        {state === 'copied' ? t.copied : state === 'failed' ? t.failed : t.idle}
      </span>
      <span className="sr-only" role="status">
        {state === 'copied' ? t.copiedStatus : state === 'failed' ? t.failedStatus : ''}
      </span>
    </button>
  );
}
