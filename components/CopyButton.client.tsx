'use client';

import { useState } from 'react';

type Props = {
  /** Exactly what lands on the clipboard. */
  text: string;
  /** Accessible name: what is being copied. */
  label: string;
  className?: string;
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

export function CopyButton({ text, label, className }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      className={className ?? 'copy-button'}
      aria-label={label}
      data-copy={text}
      onClick={async () => {
        setState((await writeClipboard(text)) ? 'copied' : 'failed');
        window.setTimeout(() => setState('idle'), 2000);
      }}
    >
      <span aria-hidden="true">{state === 'copied' ? 'Copié ✓' : state === 'failed' ? 'Échec' : 'Copier'}</span>
      <span className="sr-only" role="status">
        {state === 'copied' ? 'Copié dans le presse-papiers' : state === 'failed' ? 'La copie a échoué' : ''}
      </span>
    </button>
  );
}
