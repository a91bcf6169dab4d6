/**
 * The portal's small design vocabulary: class lists shared by several
 * components (built from the tokens in app/globals.css) and inline SVG icons.
 * No icon font and no network asset: every icon is a few strokes drawn here,
 * decorative (aria-hidden), sized and coloured by the caller's classes.
 */
import type { ReactNode, SVGProps } from 'react';

export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}

/** Inline code in running text and values. */
export const inlineCode = 'rounded-sm bg-code px-1 py-px font-mono text-[0.9em] wrap-anywhere';

/** Keys in a shortcut hint. */
export const kbdClass = 'rounded border border-line-strong bg-canvas px-1 py-px font-mono text-[0.85em] text-fg';

/** Pills: kind, match confidence, counts. */
export const badge = 'inline-flex items-center gap-1 rounded-chip border px-2 py-0.5 text-caption font-medium whitespace-nowrap';
export const badgeNeutral = cx(badge, 'border-line bg-surface text-muted');
export const badgeAccent = cx(badge, 'border-transparent bg-accent-soft text-accent');
export const badgeWarn = cx(badge, 'border-transparent bg-warn-soft text-warn');

export const badgeOk = cx(badge, 'border-transparent bg-ok-soft text-ok');
export const badgeDanger = cx(badge, 'border-transparent bg-danger-soft text-danger');

/** The SENSE catalogue's class of an event, at a glance: an informational event never looks like an error. */
export const eventClassBadge = {
  notification: badgeOk,
  warning: badgeWarn,
  error: badgeDanger,
  undocumented: badgeNeutral,
} as const;

/** Code chips: 0x87D1FDE8, ID 15… */
export const codeChip = 'inline-flex items-center rounded-md border border-line bg-code px-2 py-0.5 font-mono text-caption text-fg whitespace-nowrap';

/** Section headings of the page's own sections (the body's are styled alike in .prose-body). */
export const sectionHeading = 'group mt-10 mb-3 text-heading font-semibold tracking-tight text-fg';

/** Small secondary buttons (reset, copy for a ticket, copy). */
export const buttonSmall =
  'inline-flex items-center justify-center gap-1.5 rounded-control border border-line-strong bg-raised px-2.5 py-1 text-small font-medium text-fg no-underline shadow-card transition-colors hover:border-control hover:bg-surface disabled:cursor-default disabled:opacity-60 disabled:hover:border-line-strong disabled:hover:bg-raised cursor-pointer';

/** Icon-only buttons and links of the header. */
export const iconButton =
  'inline-flex size-10 items-center justify-center rounded-control text-muted no-underline transition-colors hover:bg-surface hover:text-fg cursor-pointer';

/** Definition lists of facts (log, provider, values read from a paste…): a two-column grid from sm up. */
export const factList = 'grid grid-cols-1 gap-x-5 gap-y-1 sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-1.5';
export const factTerm = 'font-medium text-muted';
export const factValue = 'text-fg wrap-anywhere max-sm:mb-2';

/** A link that is a whole card or row: no underline until hovered. */
export const quietLink = 'text-fg no-underline hover:text-accent hover:underline';

type IconProps = SVGProps<SVGSVGElement> & { className?: string };

function Svg({ children, className = 'size-4', ...props }: IconProps & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={cx('shrink-0', className)}
      {...props}
    >
      {children}
    </svg>
  );
}

export const SearchIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-3.5-3.5" />
  </Svg>
);

export const MenuIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 6h16M4 12h16M4 18h16" />
  </Svg>
);

export const CloseIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M6 6l12 12M18 6 6 18" />
  </Svg>
);

export const GlobeIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
  </Svg>
);

export const ThemeIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor" />
  </Svg>
);

export const ChevronDownIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m6 9 6 6 6-6" />
  </Svg>
);

export const ChevronRightIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m9 6 6 6-6 6" />
  </Svg>
);

export const ArrowRightIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M5 12h14M13 6l6 6-6 6" />
  </Svg>
);

export const CopyIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="9" y="9" width="11" height="11" rx="2" />
    <path d="M5 15V6a2 2 0 0 1 2-2h8" />
  </Svg>
);

export const CheckIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m5 12.5 4.5 4.5L19 7.5" />
  </Svg>
);

export const HashIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M5 9h14M5 15h14M10 4 8 20M16 4l-2 16" />
  </Svg>
);

export const ShieldIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 3 4.5 6v5.5c0 4.6 3.1 8.3 7.5 9.5 4.4-1.2 7.5-4.9 7.5-9.5V6z" />
    <path d="m8.8 12.2 2.2 2.2 4.3-4.4" />
  </Svg>
);

export const AlertIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 4 2.8 19.5h18.4z" />
    <path d="M12 10v4M12 17h.01" />
  </Svg>
);

export const InfoIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v5M12 8h.01" />
  </Svg>
);

export const ExternalIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M14 4h6v6M20 4l-9 9M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4" />
  </Svg>
);
