'use client';

import { usePathname } from 'next/navigation';
import { pagePath } from '@/lib/base-path';
import Link from 'next/link';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CloseIcon, MenuIcon, cx, iconButton } from './ui';

type Props = {
  /** Accessible name of the menu button and title of the panel. */
  label: string;
  closeLabel: string;
  navLabel: string;
  links: { href: string; label: string }[];
  /** Language switch and theme control. */
  controls: ReactNode;
};

const MENU_ID = 'site-menu';

/**
 * The header's navigation. On wide screens (lg) the panel dissolves into the
 * header (display: contents): the categories form a row of tabs, the controls
 * sit at the right. Below lg it is a popover opened by the menu button: the
 * browser gives it keyboard handling, Escape and light dismiss, and it works
 * before (or without) JavaScript. A client navigation closes it.
 */
export function SiteMenu({ label, closeLabel, navLabel, links, controls }: Props) {
  const pathname = pagePath(usePathname() ?? '/');
  const panel = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const el = panel.current;
    if (!el) return;
    const onToggle = (event: Event) => setOpen((event as ToggleEvent).newState === 'open');
    el.addEventListener('toggle', onToggle);
    return () => el.removeEventListener('toggle', onToggle);
  }, []);

  useEffect(() => {
    const el = panel.current;
    if (el?.matches(':popover-open')) el.hidePopover();
  }, [pathname]);

  return (
    <>
      <button type="button" popoverTarget={MENU_ID} aria-expanded={open} aria-controls={MENU_ID} className={cx(iconButton, 'lg:hidden')}>
        <MenuIcon className="size-5" />
        <span className="sr-only">{label}</span>
      </button>
      <div
        id={MENU_ID}
        ref={panel}
        popover="auto"
        className={cx(
          // Below lg: a sheet over the top of the page.
          'fixed inset-x-0 top-0 bottom-auto m-0 h-auto max-h-dvh w-full max-w-none overflow-y-auto border-0 border-b border-line bg-canvas p-4 text-fg shadow-pop',
          'backdrop:bg-[rgb(2_6_23/0.55)]',
          // lg and up: no box of its own, its children are laid out by the header's grid.
          'lg:contents',
        )}
      >
        <div className="mb-2 flex items-center justify-between lg:hidden">
          <span className="px-3 text-small font-semibold text-muted">{label}</span>
          <button type="button" popoverTarget={MENU_ID} popoverTargetAction="hide" className={iconButton}>
            <CloseIcon className="size-5" />
            <span className="sr-only">{closeLabel}</span>
          </button>
        </div>
        <nav aria-label={navLabel} className="site-nav lg:col-span-3 lg:row-start-2 lg:-mx-3">
          <ul className="flex flex-col gap-0.5 lg:flex-row lg:gap-0">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  aria-current={pathname === link.href ? 'page' : undefined}
                  className="nav-link"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="mt-3 flex items-center justify-between gap-3 border-t border-line ps-0.5 pe-1 pt-4 lg:col-start-3 lg:row-start-1 lg:mt-0 lg:justify-end lg:gap-1 lg:border-0 lg:p-0">
          {controls}
        </div>
      </div>
    </>
  );
}
