'use client';

import type { Lang } from '@/lib/content/schema';
import { islands } from '@/lib/i18n/islands';
import { useState } from 'react';
import { writeClipboard } from './CopyButton.client';
import { CheckIcon, HashIcon, cx } from './ui';

/**
 * The visible "copy link" control beside every heading and step: a real link
 * to the fragment (works without JavaScript, middle-click, "copy link address")
 * that also copies the absolute URL when clicked.
 */
export function AnchorLink({ id, label, lang }: { id: string; label: string; lang: Lang }) {
  const t = islands(lang).copy;
  const [copied, setCopied] = useState(false);
  return (
    <a
      href={`#${id}`}
      className={cx(
        'anchor-link',
        // With a mouse, shown when its heading or step is hovered (or it is focused); always shown on touch screens.
        copied ? 'text-ok' : 'kbd:opacity-0 kbd:[:is(h2,h3,li):hover_&]:opacity-100',
      )}
      aria-label={t.linkLabel(label)}
      onClick={async () => {
        const url = `${window.location.origin}${window.location.pathname}#${id}`;
        if (await writeClipboard(url)) {
          setCopied(true);
          window.setTimeout(() => setCopied(false), 2000);
        }
      }}
    >
      {copied ? <CheckIcon className="size-4" /> : <HashIcon className="size-4" />}
      <span className="sr-only" role="status">
        {copied ? t.linkCopied : ''}
      </span>
    </a>
  );
}
