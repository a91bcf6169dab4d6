import type { Lang, Step } from '@/lib/content/schema';
import { dictionary } from '@/lib/i18n';
import { AnchorLink } from './AnchorLink.client';
import { CodeBlock } from './CodeBlock';
import { InlineMarkdown } from './InlineMarkdown';
import { StepCheckbox } from './Runbook.client';
import { plainLabel } from '@/lib/runbook/steps';
import { CheckIcon, ExternalIcon, InfoIcon } from './ui';

type Props = {
  steps: Step[];
  /** The original article's section, for steps whose detail is only in a screenshot. */
  sourceUrl: string;
  lang: Lang;
};

/**
 * Numbered steps, each with a stable anchor, a visible copy-link control and a
 * "done" checkbox (must be rendered inside a RunbookProvider).
 */
export function StepList({ steps, sourceUrl, lang }: Props) {
  const t = dictionary(lang).steps;
  return (
    <ol className="step-list mt-4">
      {steps.map((step, index) => {
        const label = t.step(index + 1);
        const plain = plainLabel(step.text);
        return (
          <li
            key={step.id}
            id={step.id}
            className="step group/step relative -mx-3 grid grid-cols-[2rem_minmax(0,1fr)] gap-x-3 rounded-card px-3 pt-2 pb-4 target:bg-accent-soft"
            data-step-id={step.id}
          >
            {/* The rail joining one number to the next. */}
            <span aria-hidden="true" className="absolute start-7 top-11 bottom-0 w-px bg-line group-last/step:hidden" />
            <StepCheckbox stepId={step.id} number={index + 1} label={`${label}${dictionary(lang).runbook.colon}${plain}`} />
            <div className="min-w-0">
              <div className="step-head flex items-start gap-1">
                <p className="step-text min-w-0 flex-1 pt-1 text-fg group-has-checked/step:text-muted">
                  <span className="sr-only">
                    {label}
                    {dictionary(lang).runbook.colon}
                  </span>
                  <InlineMarkdown text={step.text} />
                </p>
                <AnchorLink id={step.id} label={`${label}${dictionary(lang).runbook.colon}${plain.slice(0, 60)}`} lang={lang} />
              </div>
              {step.commands.map((c) => (
                <CodeBlock key={c.code} code={c.code} type={c.type} elevated={c.elevated} lang={lang} />
              ))}
              {step.expected ? (
                <p className="step-expected mt-2 flex gap-2 text-small text-fg">
                  <CheckIcon className="mt-0.5 size-4 text-ok" />
                  <span>
                    <strong className="font-semibold">{t.expected} </strong>
                    <InlineMarkdown text={step.expected} />
                  </span>
                </p>
              ) : null}
              {step.note ? (
                <p className="step-note mt-2 flex gap-2 text-small text-muted">
                  <InfoIcon className="mt-0.5 size-4" />
                  <span>
                    <strong className="font-semibold text-fg">{t.note} </strong>
                    <InlineMarkdown text={step.note} />
                  </span>
                </p>
              ) : null}
              {step.screenshotOnly ? (
                <p className="step-note mt-2 flex gap-2 text-small text-muted">
                  <ExternalIcon className="mt-0.5 size-4" />
                  <span>
                    {t.screenshotOnly}{' '}
                    <a href={sourceUrl} rel="noreferrer">
                      {t.screenshotLink}
                    </a>
                    .
                  </span>
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
