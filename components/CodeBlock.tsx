import type { Command, Lang } from '@/lib/content/schema';
import { dictionary } from '@/lib/i18n';
import { CopyButton } from './CopyButton.client';

/** A command, registry path or file path with a copy button that copies exactly `code`. */
export function CodeBlock({ code, type = 'cmd', elevated = false, lang }: { code: string; type?: Command['type']; elevated?: boolean; lang: Lang }) {
  const t = dictionary(lang).code;
  return (
    <div className="code-block" data-code-type={type}>
      <div className="code-block-bar">
        <span className="code-block-label">{t.types[type]}</span>
        {elevated ? (
          <span className="badge badge-warn" title={t.elevatedTitle}>
            {t.elevated}
          </span>
        ) : null}
        <CopyButton lang={lang} text={code} label={t.copyLabel(code.length > 60 ? `${code.slice(0, 57)}…` : code)} />
      </div>
      <pre tabIndex={0} aria-label={t.types[type]}>
        <code>{code}</code>
      </pre>
    </div>
  );
}
