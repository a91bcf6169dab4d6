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
import { getAllEntries, getEntries, getEntry } from '@/lib/content/loader';
import { LANGS, LANG_CONFIG, dictionary, isLang, otherLangs, type Lang } from '@/lib/i18n';
import { codeBadges } from '@/lib/labels';
import { alternates } from '@/lib/metadata';
import { categoryPath, entryPath, homePath, sourceArticleUrl } from '@/lib/routes';
import { runbookData } from '@/lib/runbook/steps';

type Params = { lang: string; id: string };

// Only the entries that exist: anything else is a real 404 (app/global-not-found.tsx), never a fallback render.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const all = getAllEntries();
  return LANGS.flatMap((lang) => all[lang].map((e) => ({ lang, id: e.id })));
}

function resolve(params: Params) {
  if (!isLang(params.lang)) return undefined;
  return getEntry(params.id, params.lang);
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const entry = resolve(await params);
  if (!entry) return {};
  return {
    title: entry.title,
    description: entry.summary,
    alternates: alternates((l) => entryPath(entry.id, l), entry.lang),
  };
}

function SectionHeading({ id, children, lang }: { id: string; children: string; lang: Lang }) {
  return (
    <h2 id={id}>
      {children}
      <AnchorLink id={id} label={children} lang={lang} />
    </h2>
  );
}

export default async function EntryPage({ params }: { params: Promise<Params> }) {
  const entry = resolve(await params);
  if (!entry) notFound();
  const lang = entry.lang;
  const t = dictionary(lang);
  const all = getEntries(lang);
  const twins = otherLangs(lang).flatMap((l) => getEntry(entry.id, l) ?? []);
  const related = entry.related.map((id) => all.find((e) => e.id === id)).filter((e) => e !== undefined);
  const sourceUrl = sourceArticleUrl(entry.source.article, entry.source.section, lang);
  const badges = codeBadges(entry, lang);
  const kindLabel = t.kinds[entry.kind];
  const runbook = runbookData(entry);
  // The page's own language first; the twin's text too, because Windows prints messages in its display language.
  const messageEditions = [entry, ...twins].filter((e) => e.messages?.length);
  const errorTypes = [entry, ...twins].filter((e) => e.errorType);

  return (
    <article className="entry" data-entry-id={entry.id}>
      <nav aria-label={t.site.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link href={homePath(lang)}>{t.site.home}</Link>
          </li>
          <li>
            <Link href={categoryPath(entry.kind, lang)}>{kindLabel.plural}</Link>
          </li>
          <li aria-current="page">{entry.title}</li>
        </ol>
      </nav>

      <header className="entry-header">
        <p className="entry-kind">{kindLabel.singular}</p>
        <h1>{entry.title}</h1>
        {badges.length ? (
          <ul className="badge-list" aria-label={t.card.codes}>
            {badges.map((b) => (
              <li key={b} className="badge badge-code">
                {b}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="entry-summary">{entry.summary}</p>
        <CarriedValues lang={lang} />
        <dl className="facts">
          {entry.log ? (
            <>
              <dt>{t.entry.log}</dt>
              <dd>{entry.log}</dd>
            </>
          ) : null}
          {entry.provider ? (
            <>
              <dt>{t.entry.provider}</dt>
              <dd>
                <code className="inline-code">{entry.provider}</code>
              </dd>
            </>
          ) : null}
          {entry.severity ? (
            <>
              <dt>{t.entry.severity}</dt>
              <dd>{t.severity[entry.severity]}</dd>
            </>
          ) : null}
          {errorTypes.length ? (
            <>
              <dt>{entry.kind === 'intune-error' ? t.entry.errorDescription : t.entry.errorType}</dt>
              <dd>
                {errorTypes.map((e, i) => (
                  <span key={e.lang} lang={LANG_CONFIG[e.lang].tag} className={i ? 'block muted' : 'block'}>
                    {e.errorType}
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          {entry.omaUris.length ? (
            <>
              <dt>{t.entry.omaUri}</dt>
              <dd>{entry.omaUris.join(', ')}</dd>
            </>
          ) : null}
        </dl>
      </header>

      {messageEditions.length ? (
        <section aria-labelledby="message">
          <SectionHeading id="message" lang={lang}>{t.entry.message}</SectionHeading>
          {messageEditions.map((e) =>
            (e.messages ?? []).map((m) => (
              <figure key={`${e.lang}${m}`} className="message">
                <figcaption>{LANG_CONFIG[e.lang].name}</figcaption>
                <blockquote lang={LANG_CONFIG[e.lang].tag}>{m}</blockquote>
                <CopyButton lang={lang} text={m} label={`${t.entry.copyMessage} (${LANG_CONFIG[e.lang].name})`} />
              </figure>
            )),
          )}
        </section>
      ) : null}

      {entry.cause ? (
        <section aria-labelledby="cause">
          <SectionHeading id="cause" lang={lang}>
            {t.entry.cause}
          </SectionHeading>
          <p>
            <InlineMarkdown text={entry.cause} />
          </p>
        </section>
      ) : null}

      <RunbookProvider entryId={entry.id} version={runbook.version} steps={runbook.steps} branches={runbook.branches} title={entry.title} lang={lang}>
        <RunbookProgress />
        {entry.causes.length ? (
          <section aria-labelledby="branches">
            <SectionHeading id="branches" lang={lang}>
              {t.entry.branches}
            </SectionHeading>
            <BranchPicker question={entry.question ?? t.entry.defaultQuestion} />
            {entry.causes.map((c) => (
              <Branch key={c.id} id={c.id} labelledBy={`${c.id}-title`}>
                <h3 id={`${c.id}-title`}>
                  {c.title}
                  <AnchorLink id={c.id} label={c.title} lang={lang} />
                </h3>
                <p className="branch-answer">
                  <strong>{t.entry.branchIf}</strong> {c.answer}
                </p>
                <p>
                  <InlineMarkdown text={c.cause} />
                </p>
                <StepList steps={c.steps} sourceUrl={sourceUrl} lang={lang} />
              </Branch>
            ))}
          </section>
        ) : null}

        {entry.steps.length ? (
          <section aria-labelledby="resolution">
            <SectionHeading id="resolution" lang={lang}>
              {entry.kind === 'guide' ? t.entry.procedure : t.entry.resolution}
            </SectionHeading>
            <StepList steps={entry.steps} sourceUrl={sourceUrl} lang={lang} />
          </section>
        ) : null}
      </RunbookProvider>

      {entry.body.trim() ? (
        <section id="details" aria-label={t.entry.details} className="prose-body">
          <MdxBody source={entry.body} headingIds={entry.headings.map((h) => h.id)} lang={lang} />
        </section>
      ) : null}

      {related.length ? (
        <section aria-labelledby="related">
          <SectionHeading id="related" lang={lang}>
            {t.entry.related}
          </SectionHeading>
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
        <SectionHeading id="source" lang={lang}>
          {t.entry.source}
        </SectionHeading>
        <p>
          {t.entry.sourceBefore}{' '}
          <a href={sourceUrl} rel="noreferrer">
            {t.entry.articles[entry.source.article]}
          </a>{' '}
          ({t.entry.sourceSection} <code className="inline-code">#{entry.source.section}</code>){t.entry.sourceAfter}
        </p>
      </section>
    </article>
  );
}
