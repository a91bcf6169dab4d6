import type { Command, Lang } from '@/lib/content/schema';
import { lookupStrings } from '@/lib/i18n/lookup';
import { CopyButton } from './CopyButton.client';
import { badgeWarn } from './ui';

/** A command, registry path or file path with a copy button that copies exactly `code`. */
export function CodeBlock({ code, type = 'cmd', elevated = false, lang }: { code: string; type?: Command['type']; elevated?: boolean; lang: Lang }) {
  const t = lookupStrings(lang).code;
  return (
    <div className="code-block my-3 overflow-hidden rounded-control border border-line bg-code" data-code-type={type}>
      <div className="code-block-bar flex min-h-8 flex-wrap items-center gap-x-2 gap-y-1 border-b border-line bg-surface py-1 ps-3 pe-1.5 text-caption text-muted">
        <span className="code-block-label font-medium">{t.types[type]}</span>
        {elevated ? (
          <span className={badgeWarn} title={t.elevatedTitle}>
            {t.elevated}
          </span>
        ) : null}
        <CopyButton className="ms-auto" lang={lang} text={code} label={t.copyLabel(code.length > 60 ? `${code.slice(0, 57)}…` : code)} />
      </div>
      <pre tabIndex={0} aria-label={t.types[type]} className="overflow-x-auto px-3 py-2.5 text-[0.8125rem]/relaxed text-fg focus-visible:-outline-offset-2">
        <code>{code}</code>
      </pre>
    </div>
  );
}
