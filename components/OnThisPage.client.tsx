'use client';

import { useEffect, useState } from 'react';
import { cx } from './ui';

export type TocItem = { id: string; label: string; depth: 2 | 3 };

/** How far below the top of the window a heading counts as the one being read. */
const READING_LINE = 140;

/**
 * "On this page": the entry's sections and body headings, as links to their
 * anchors, with the one being read marked. Plain links without JavaScript.
 */
export function OnThisPage({ title, items }: { title: string; items: TocItem[] }) {
  const [active, setActive] = useState<string | undefined>(undefined);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      let current: string | undefined;
      for (const item of items) {
        const el = document.getElementById(item.id);
        // Collapsed branches have no box: skip them.
        if (!el || el.getClientRects().length === 0) continue;
        if (el.getBoundingClientRect().top <= READING_LINE) current = item.id;
        else break;
      }
      setActive(current ?? items[0]?.id);
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(update);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('hashchange', schedule);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('hashchange', schedule);
    };
  }, [items]);

  return (
    <nav aria-label={title} data-testid="on-this-page" className="on-this-page sticky top-6 max-h-[calc(100dvh-3rem)] overflow-y-auto pb-4 text-small print:hidden">
      <p className="mb-3 text-caption font-semibold tracking-wide text-muted uppercase" aria-hidden="true">
        {title}
      </p>
      <ul className="border-s border-line">
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              aria-current={active === item.id ? 'location' : undefined}
              className={cx(
                'toc-link',
                item.depth === 3 ? 'ps-6' : 'ps-3',
              )}
            >
              <span className="line-clamp-2">{item.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
