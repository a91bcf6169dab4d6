'use client';

import type { Lang } from '@/lib/content/schema';
import { dictionary } from '@/lib/i18n';
import { useState } from 'react';
import { writeClipboard } from './CopyButton.client';

/**
 * The visible "copy link" control beside every heading and step: a real link
 * to the fragment (works without JavaScript, middle-click, "copy link address")
 * that also copies the absolute URL when clicked.
 */
export function AnchorLink({ id, label, lang }: { id: string; label: string; lang: Lang }) {
  const t = dictionary(lang).copy;
  const [copied, setCopied] = useState(false);
  return (
    <a
      href={`#${id}`}
      className="anchor-link"
      aria-label={t.linkLabel(label)}
      onClick={async () => {
        const url = `${window.location.origin}${window.location.pathname}#${id}`;
        if (await writeClipboard(url)) {
          setCopied(true);
          window.setTimeout(() => setCopied(false), 2000);
        }
      }}
    >
      <span aria-hidden="true">{copied ? '✓' : '#'}</span>
      <span className="sr-only" role="status">
        {copied ? t.linkCopied : ''}
      </span>
    </a>
  );
}
