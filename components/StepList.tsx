import type { Lang, Step } from '@/lib/content/schema';
import { dictionary } from '@/lib/i18n';
import { AnchorLink } from './AnchorLink.client';
import { CodeBlock } from './CodeBlock';
import { InlineMarkdown } from './InlineMarkdown';
import { StepCheckbox } from './Runbook.client';
import { plainLabel } from '@/lib/runbook/steps';

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
    <ol className="step-list">
      {steps.map((step, index) => {
        const label = t.step(index + 1);
        const plain = plainLabel(step.text);
        return (
          <li key={step.id} id={step.id} className="step" data-step-id={step.id}>
            <div className="step-head">
              <StepCheckbox stepId={step.id} label={`${label}${dictionary(lang).runbook.colon}${plain}`} />
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              <p className="step-text">
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
              <p className="step-expected">
                <strong>{t.expected} </strong>
                <InlineMarkdown text={step.expected} />
              </p>
            ) : null}
            {step.note ? (
              <p className="step-note">
                <strong>{t.note} </strong>
                <InlineMarkdown text={step.note} />
              </p>
            ) : null}
            {step.screenshotOnly ? (
              <p className="step-note">
                {t.screenshotOnly}{' '}
                <a href={sourceUrl} rel="noreferrer">
                  {t.screenshotLink}
                </a>
                .
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
