import Link from 'next/link';
import type { LookupRecord, LookupResult } from '@/lib/lookup/types';
import type { Lang } from '@/lib/content/schema';
import { islands } from '@/lib/i18n/islands';
import { lookupStrings } from '@/lib/i18n/lookup';
import { codeBadges } from '@/lib/labels';
import { resultPath } from '@/lib/routes';
import { CodeBlock } from './CodeBlock';
import { InlineMarkdown } from './InlineMarkdown';
import { ValueRows } from './ValueList';
import {
  AlertIcon,
  ArrowRightIcon,
  CheckIcon,
  ChevronRightIcon,
  badgeAccent,
  badgeNeutral,
  badgeWarn,
  codeChip,
  eventClassBadge,
  cx,
  factList,
  factTerm,
  factValue,
  inlineCode,
  quietLink,
} from './ui';

type Props = {
  result: LookupResult;
  record: LookupRecord;
  /** Position in the results list (ids of the card headings). */
  rank: number;
  lang: Lang;
};

const label = 'text-caption font-semibold tracking-wide text-muted uppercase';

/**
 * One answer, most telling first: what kind of thing matched and how surely,
 * its codes, the title, where it is logged and why, the first steps with copy
 * buttons, and what in the input it was found by.
 */
export function ResolutionCard({ result, record, rank, lang }: Props) {
  const t = lookupStrings(lang);
  const colon = islands(lang).runbook.colon;
  const branch = result.causeId ? record.causes.find((c) => c.id === result.causeId) : undefined;
  const steps = branch ? branch.firstSteps : record.firstSteps;
  const href = resultPath(record.url, result.values, branch?.id);
  const badges = codeBadges(record, lang);
  const exact = result.match !== 'text';
  return (
    <article
      className="result-card rounded-card border border-line bg-raised p-4 shadow-card sm:p-5"
      data-result-id={record.id}
      data-match={result.match}
      aria-labelledby={`result-${rank}`}
    >
      <div className="result-meta flex flex-wrap items-center gap-x-2.5 gap-y-1.5">
        <span className={label}>{t.kinds[record.kind].singular}</span>
        <span className={exact ? badgeAccent : badgeNeutral}>
          {exact ? <CheckIcon className="size-3.5" /> : null}
          {t.card.match[result.match]}
        </span>
        {record.kind === 'sense-event' && (record.eventClass || record.documented === false) ? (
          <span className={eventClassBadge[record.eventClass ?? 'undocumented']} data-event-class={record.eventClass ?? 'undocumented'}>
            {t.eventClasses[record.eventClass ?? 'undocumented']}
          </span>
        ) : null}
        {result.ambiguous ? (
          <span className={badgeWarn}>
            <AlertIcon className="size-3.5" />
            {t.card.ambiguous}
          </span>
        ) : null}
      </div>
      <h3 id={`result-${rank}`} className="mt-2 text-subheading font-semibold text-pretty sm:text-xl/snug">
        <Link href={href} className={quietLink}>
          {record.title}
        </Link>
      </h3>
      {badges.length ? (
        <ul className="badge-list mt-2 flex flex-wrap gap-1.5" aria-label={t.card.codes}>
          {badges.map((b) => (
            <li key={b} className={codeChip}>
              {b}
            </li>
          ))}
        </ul>
      ) : null}
      {record.log || result.values.length || branch || record.cause ? (
        <dl className={cx('facts mt-3 text-small', factList)}>
          {record.log ? (
            <>
              <dt className={factTerm}>{t.card.log}</dt>
              <dd className={factValue}>
                {record.log}
                {record.provider ? (
                  <>
                    {' '}
                    <span className="text-muted">
                      ({t.card.source} <code className={inlineCode}>{record.provider}</code>)
                    </span>
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          <ValueRows values={result.values} />
          {branch || record.cause ? (
            <>
              <dt className={factTerm}>{t.card.cause}</dt>
              <dd className={factValue}>
                <InlineMarkdown text={branch ? branch.cause : (record.cause ?? '')} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {!branch && record.causes.length ? (
        <div className="mt-4">
          <p className="text-small font-semibold text-fg">{record.question}</p>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {record.causes.map((c) => (
              <li key={c.id}>
                <Link
                  href={`${record.url}#${c.id}`}
                  className="flex h-full items-start gap-2 rounded-control border border-line px-3 py-2 text-small text-fg no-underline transition-colors hover:border-accent hover:bg-accent-soft hover:text-fg"
                >
                  <ChevronRightIcon className="mt-0.5 size-4 text-accent" />
                  <span>{c.answer}</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {steps.length ? (
        <div className="mt-4">
          <p className={label}>{t.card.firstSteps}</p>
          <ol className="card-steps mt-2 space-y-3">
            {steps.map((s, i) => (
              <li key={s.id} className="grid grid-cols-[1.5rem_minmax(0,1fr)] gap-x-3 text-small">
                <span aria-hidden="true" className="grid size-6 place-items-center rounded-full bg-accent-soft text-caption font-semibold text-accent">
                  {i + 1}
                </span>
                <div className="min-w-0 pt-0.5">
                  <InlineMarkdown text={s.text} />
                  {s.commands.map((c) => (
                    <CodeBlock key={c.code} code={c.code} type={c.type} elevated={c.elevated} lang={lang} />
                  ))}
                </div>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-t border-line pt-3">
        {result.matchedOn ? (
          <p className="line-clamp-2 min-w-0 flex-1 basis-48 text-caption text-muted">
            {t.card.matchedOn} <span className="font-mono break-all text-fg">{result.matchedOn}</span>
          </p>
        ) : null}
        <Link href={href} className="ms-auto inline-flex items-center gap-1 text-small font-semibold no-underline hover:underline">
          {t.card.open}
          {record.stepCount > steps.length ? t.card.openSteps(record.stepCount) : ''}
          <span className="sr-only">
            {colon}
            {record.title}
          </span>
          <ArrowRightIcon className="size-4" />
        </Link>
      </div>
    </article>
  );
}
