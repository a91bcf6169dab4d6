import type { Step } from '@/lib/content/schema';
import { AnchorLink } from './AnchorLink.client';
import { CodeBlock } from './CodeBlock';
import { InlineMarkdown } from './InlineMarkdown';
import { StepCheckbox } from './Runbook.client';
import { plainLabel } from '@/lib/runbook/steps';

type Props = {
  steps: Step[];
  /** The original article's section, for steps whose detail is only in a screenshot. */
  sourceUrl: string;
};

/**
 * Numbered steps, each with a stable anchor, a visible copy-link control and a
 * "done" checkbox (must be rendered inside a RunbookProvider).
 */
export function StepList({ steps, sourceUrl }: Props) {
  return (
    <ol className="step-list">
      {steps.map((step, index) => {
        const label = `Étape ${index + 1}`;
        const plain = plainLabel(step.text);
        return (
          <li key={step.id} id={step.id} className="step" data-step-id={step.id}>
            <div className="step-head">
              <StepCheckbox stepId={step.id} label={`${label} : ${plain}`} />
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              <p className="step-text">
                <span className="sr-only">{label} : </span>
                <InlineMarkdown text={step.text} />
              </p>
              <AnchorLink id={step.id} label={`${label} : ${plain.slice(0, 60)}`} />
            </div>
            {step.commands.map((c) => (
              <CodeBlock key={c.code} code={c.code} type={c.type} elevated={c.elevated} />
            ))}
            {step.expected ? (
              <p className="step-expected">
                <strong>Résultat attendu : </strong>
                <InlineMarkdown text={step.expected} />
              </p>
            ) : null}
            {step.note ? (
              <p className="step-note">
                <strong>Remarque : </strong>
                <InlineMarkdown text={step.note} />
              </p>
            ) : null}
            {step.screenshotOnly ? (
              <p className="step-note">
                Le détail de cette étape n’existe que sous forme de capture d’écran dans l’article d’origine :{' '}
                <a href={sourceUrl} rel="noreferrer">
                  voir la section sur Microsoft Learn
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
