import Link from 'next/link';
import type { LookupRecord, LookupResult } from '@/lib/lookup/types';
import type { Lang } from '@/lib/content/schema';
import { dictionary } from '@/lib/i18n';
import { codeBadges } from '@/lib/labels';
import { resultPath } from '@/lib/routes';
import { CodeBlock } from './CodeBlock';
import { InlineMarkdown } from './InlineMarkdown';
import { ValueRows } from './ValueList';

type Props = {
  result: LookupResult;
  record: LookupRecord;
  /** Heading level inside the results list. */
  rank: number;
  lang: Lang;
};

/** One answer: what the pasted thing is, where it is logged, why, and what to do first. */
export function ResolutionCard({ result, record, rank, lang }: Props) {
  const t = dictionary(lang);
  const branch = result.causeId ? record.causes.find((c) => c.id === result.causeId) : undefined;
  const steps = branch ? branch.firstSteps : record.firstSteps;
  const href = resultPath(record.url, result.values, branch?.id);
  const badges = codeBadges(record, lang);
  return (
    <article className="result-card" data-result-id={record.id} data-match={result.match} aria-labelledby={`result-${rank}`}>
      <div className="result-meta">
        <span>{t.kinds[record.kind].singular}</span>
        <span className="badge">{t.card.match[result.match]}</span>
        {result.ambiguous ? <span className="badge badge-warn">{t.card.ambiguous}</span> : null}
      </div>
      <h3 id={`result-${rank}`}>
        <Link href={href}>{record.title}</Link>
      </h3>
      {badges.length ? (
        <ul className="badge-list" aria-label={t.card.codes}>
          {badges.map((b) => (
            <li key={b} className="badge badge-code">
              {b}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="facts">
        {record.log ? (
          <>
            <dt>{t.card.log}</dt>
            <dd>
              {record.log}
              {record.provider ? (
                <>
                  {' '}
                  ({t.card.source} <code className="inline-code">{record.provider}</code>)
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        <ValueRows values={result.values} />
        {branch || record.cause ? (
          <>
            <dt>{t.card.cause}</dt>
            <dd>
              <InlineMarkdown text={branch ? branch.cause : (record.cause ?? '')} />
            </dd>
          </>
        ) : null}
      </dl>
      {!branch && record.causes.length ? (
        <p>
          <strong>{record.question}</strong>{' '}
          {record.causes.map((c, i) => (
            <span key={c.id}>
              {i ? ' · ' : ''}
              <Link href={`${record.url}#${c.id}`}>{c.answer}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {steps.length ? (
        <>
          <p className="sr-only">{t.card.firstSteps}</p>
          <ol className="card-steps">
            {steps.map((s) => (
              <li key={s.id}>
                <InlineMarkdown text={s.text} />
                {s.commands.map((c) => (
                  <CodeBlock key={c.code} code={c.code} type={c.type} elevated={c.elevated} lang={lang} />
                ))}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p>
        <Link href={href}>
          {t.card.open}
          {record.stepCount > steps.length ? t.card.openSteps(record.stepCount) : ''}
          <span className="sr-only">
            {t.runbook.colon}
            {record.title}
          </span>
        </Link>
      </p>
    </article>
  );
}
