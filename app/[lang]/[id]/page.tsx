import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnchorLink } from '@/components/AnchorLink.client';
import { CarriedValues } from '@/components/CarriedValues.client';
import { CopyButton } from '@/components/CopyButton.client';
import { InlineMarkdown } from '@/components/InlineMarkdown';
import { MdxBody } from '@/components/MdxBody';
import { Branch, BranchPicker, RunbookProgress, RunbookProvider } from '@/components/Runbook.client';
import { StepList } from '@/components/StepList';
import { getEntries, getEntry } from '@/lib/content/loader';
import { LANGS, SOURCE_ARTICLES, type Lang } from '@/lib/content/schema';
import { KIND_LABELS, codeBadges } from '@/lib/labels';
import { categoryPath, entryPath, sourceArticleUrl } from '@/lib/routes';
import { runbookData } from '@/lib/runbook/steps';

type Params = { lang: string; id: string };

// Only the entries that exist: anything else is a real 404, never a fallback render.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getEntries('fr').map((e) => ({ lang: 'fr', id: e.id }));
}

function resolve(params: Params) {
  if (!(LANGS as readonly string[]).includes(params.lang)) return undefined;
  return getEntry(params.id, params.lang as Lang);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const entry = resolve(await params);
  if (!entry) return {};
  return {
    title: entry.title,
    description: entry.summary,
    alternates: { canonical: entryPath(entry.id, entry.lang) },
  };
}

function SectionHeading({ id, children }: { id: string; children: string }) {
  return (
    <h2 id={id}>
      {children}
      <AnchorLink id={id} label={children} />
    </h2>
  );
}

export default async function EntryPage({ params }: { params: Promise<Params> }) {
  const entry = resolve(await params);
  if (!entry) notFound();
  const all = getEntries(entry.lang);
  const related = entry.related.map((id) => all.find((e) => e.id === id)).filter((e) => e !== undefined);
  const sourceUrl = sourceArticleUrl(SOURCE_ARTICLES[entry.source.article][entry.lang], entry.source.section);
  const badges = codeBadges(entry);
  const kindLabel = KIND_LABELS[entry.kind];
  const runbook = runbookData(entry);

  return (
    <article className="entry" data-entry-id={entry.id}>
      <nav aria-label="Fil d’Ariane" className="breadcrumb">
        <ol>
          <li>
            <Link href="/">Accueil</Link>
          </li>
          <li>
            <Link href={categoryPath(entry.kind, entry.lang)}>{kindLabel.plural}</Link>
          </li>
          <li aria-current="page">{entry.title}</li>
        </ol>
      </nav>

      <header className="entry-header">
        <p className="entry-kind">{kindLabel.singular}</p>
        <h1>{entry.title}</h1>
        {badges.length ? (
          <ul className="badge-list" aria-label="Codes">
            {badges.map((b) => (
              <li key={b} className="badge badge-code">
                {b}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="entry-summary">{entry.summary}</p>
        <CarriedValues />
        <dl className="facts">
          {entry.log ? (
            <>
              <dt>Journal</dt>
              <dd>{entry.log}</dd>
            </>
          ) : null}
          {entry.provider ? (
            <>
              <dt>Source de l’événement</dt>
              <dd>
                <code className="inline-code">{entry.provider}</code>
              </dd>
            </>
          ) : null}
          {entry.severity ? (
            <>
              <dt>Gravité</dt>
              <dd>{entry.severity}</dd>
            </>
          ) : null}
          {entry.errorType ? (
            <>
              <dt>{entry.kind === 'intune-error' ? 'Description de l’erreur' : 'Type d’erreur'}</dt>
              <dd>
                <span lang="fr">{entry.errorType.fr}</span>
                <br />
                <span lang="en" className="muted">
                  {entry.errorType.en}
                </span>
              </dd>
            </>
          ) : null}
          {entry.omaUris.length ? (
            <>
              <dt>OMA-URI</dt>
              <dd>{entry.omaUris.join(', ')}</dd>
            </>
          ) : null}
        </dl>
      </header>

      {entry.messages ? (
        <section aria-labelledby="message">
          <SectionHeading id="message">Message de l’événement</SectionHeading>
          {(['fr', 'en'] as const).map((lang) =>
            entry.messages?.[lang].map((m) => (
              <figure key={`${lang}${m}`} className="message">
                <figcaption>{lang === 'fr' ? 'Français' : 'Anglais'}</figcaption>
                <blockquote lang={lang}>{m}</blockquote>
                <CopyButton text={m} label={`Copier le message en ${lang === 'fr' ? 'français' : 'anglais'}`} />
              </figure>
            )),
          )}
        </section>
      ) : null}

      {entry.cause ? (
        <section aria-labelledby="cause">
          <SectionHeading id="cause">Cause</SectionHeading>
          <p>
            <InlineMarkdown text={entry.cause} />
          </p>
        </section>
      ) : null}

      <RunbookProvider entryId={entry.id} version={runbook.version} steps={runbook.steps} branches={runbook.branches} title={entry.title}>
        <RunbookProgress />
        {entry.causes.length ? (
          <section aria-labelledby="branches">
            <SectionHeading id="branches">Causes possibles</SectionHeading>
            <BranchPicker question={entry.question ?? 'Quelle situation correspond à la vôtre ?'} />
            {entry.causes.map((c) => (
              <Branch key={c.id} id={c.id} labelledBy={`${c.id}-title`}>
                <h3 id={`${c.id}-title`}>
                  {c.title}
                  <AnchorLink id={c.id} label={c.title} />
                </h3>
                <p className="branch-answer">
                  <strong>Si :</strong> {c.answer}
                </p>
                <p>
                  <InlineMarkdown text={c.cause} />
                </p>
                <StepList steps={c.steps} sourceUrl={sourceUrl} />
              </Branch>
            ))}
          </section>
        ) : null}

        {entry.steps.length ? (
          <section aria-labelledby="resolution">
            <SectionHeading id="resolution">{entry.kind === 'guide' ? 'Procédure' : 'Résolution'}</SectionHeading>
            <StepList steps={entry.steps} sourceUrl={sourceUrl} />
          </section>
        ) : null}
      </RunbookProvider>

      {entry.body.trim() ? (
        <section id="details" aria-label="Explications" className="prose-body">
          <MdxBody source={entry.body} />
        </section>
      ) : null}

      {related.length ? (
        <section aria-labelledby="related">
          <SectionHeading id="related">Voir aussi</SectionHeading>
          <ul className="related-list">
            {related.map((r) => (
              <li key={r.id}>
                <Link href={entryPath(r.id, r.lang)}>{r.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="source" className="source-note">
        <SectionHeading id="source">Source</SectionHeading>
        <p>
          Rédigé d’après l’article Microsoft Learn{' '}
          <a href={sourceUrl} rel="noreferrer">
            {entry.source.article === 'troubleshoot-onboarding'
              ? 'Résoudre les problèmes d’intégration de Microsoft Defender pour point de terminaison'
              : 'Résolution des problèmes lors du passage à Microsoft Defender pour point de terminaison'}
          </a>{' '}
          (section <code className="inline-code">#{entry.source.section}</code>), sous licence CC BY 4.0.
        </p>
      </section>
    </article>
  );
}
