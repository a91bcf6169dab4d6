import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnchorLink } from '@/components/AnchorLink.client';
import { CarriedValues } from '@/components/CarriedValues.client';
import { CopyButton } from '@/components/CopyButton.client';
import { InlineMarkdown } from '@/components/InlineMarkdown';
import { MdxBody } from '@/components/MdxBody';
import { OnThisPage, type TocItem } from '@/components/OnThisPage.client';
import { Branch, BranchPicker, RunbookProgress, RunbookProvider } from '@/components/Runbook.client';
import { StepList } from '@/components/StepList';
import { ArrowRightIcon, ChevronRightIcon, badgeAccent, codeChip, cx, eventClassBadge, factList, factTerm, factValue, inlineCode, sectionHeading } from '@/components/ui';
import { getAllEntries, getEntries, getEntry } from '@/lib/content/loader';
import { LANGS, LANG_CONFIG, dictionary, isLang, otherLangs, type Lang } from '@/lib/i18n';
import { codeBadges } from '@/lib/labels';
import { alternates } from '@/lib/metadata';
import { categoryPath, entryPath, homePath, sourceArticleUrl } from '@/lib/routes';
import { runbookData } from '@/lib/runbook/steps';

/** A message without its final dot, its placeholders made one token: for telling real variants from spellings. */
function messageShape(message: string): string {
  return message.replace(/_variable_|`variable`|%[0-9]+/g, '¤').replace(/[\s.]+$/, '').trim();
}

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
    <h2 id={id} className={sectionHeading}>
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
  // Ticks stored by earlier versions of the portal, one key per edition, are carried over to the shared key.
  const editionVersions = [entry, ...twins].map((e) => runbookData(e).editionVersion);
  // The page's own language first; the twin's text too, because Windows prints messages in its display language.
  // A wording quoted by both editions (the French table lacks a message: the English one stands as the literal) is
  // shown once, under English. Windows' own wording (the provider's template) follows, labelled as such.
  const enMessages = new Set([entry, ...twins].filter((e) => e.lang === 'en').flatMap((e) => e.messages ?? []));
  const shownMessages: { key: string; caption: string; lang: Lang; text: string }[] = [];
  // Wordings that differ only by a final dot or the spelling of a placeholder are one message to a reader.
  const sameMessage = (a: string, b: string) => messageShape(a) === messageShape(b);
  for (const e of [entry, ...twins]) {
    for (const m of e.messages ?? []) {
      if (shownMessages.some((s) => sameMessage(s.text, m))) continue;
      const mLang: Lang = enMessages.has(m) ? 'en' : e.lang;
      shownMessages.push({ key: `${e.lang}${m}`, caption: LANG_CONFIG[mLang].name, lang: mLang, text: m });
    }
  }
  for (const m of entry.providerMessages ?? []) {
    if (!shownMessages.some((s) => sameMessage(s.text, m))) shownMessages.push({ key: `windows${m}`, caption: t.entry.windowsWording, lang: 'en', text: m });
  }
  const messageEditions = shownMessages;
  const messageHeading = entry.kind === 'installer-exit' ? t.entry.installerMessage : t.entry.message;
  const eventClass = entry.kind === 'sense-event' ? (entry.documented ? entry.eventClass : 'undocumented') : undefined;
  const errorTypes = [entry, ...twins].filter((e) => e.errorType);
  const hasBody = entry.body.trim() !== '';
  const hasFacts = Boolean(entry.log || entry.provider || entry.severity || errorTypes.length || entry.omaUris.length || entry.sensorArea || entry.exitCode !== undefined);
  const stepsHeading = entry.kind === 'guide' ? t.entry.procedure : t.entry.resolution;

  // "On this page", in page order: summary and cause, the explanations, then the runbook.
  const toc: TocItem[] = [
    ...(messageEditions.length ? [{ id: 'message', label: messageHeading, depth: 2 as const }] : []),
    ...(entry.cause ? [{ id: 'cause', label: t.entry.cause, depth: 2 as const }] : []),
    ...(hasBody ? entry.headings.map((h) => ({ id: h.id, label: h.text, depth: h.depth })) : []),
    ...(entry.causes.length
      ? [{ id: 'branches', label: t.entry.branches, depth: 2 as const }, ...entry.causes.map((c) => ({ id: c.id, label: c.title, depth: 3 as const }))]
      : []),
    ...(entry.steps.length ? [{ id: 'resolution', label: stepsHeading, depth: 2 as const }] : []),
    ...(related.length ? [{ id: 'related', label: t.entry.related, depth: 2 as const }] : []),
    { id: 'source', label: t.entry.source, depth: 2 },
  ];

  return (
    <div className="xl:grid xl:grid-cols-[minmax(0,56rem)_14rem] xl:justify-center xl:gap-12">
      <article className="entry min-w-0 max-w-4xl" data-entry-id={entry.id}>
        <nav aria-label={t.site.breadcrumb} className="breadcrumb text-small">
          <ol className="flex flex-wrap items-center gap-x-1 gap-y-1 text-muted">
            <li>
              <Link href={homePath(lang)} className="text-muted no-underline hover:text-fg hover:underline">
                {t.site.home}
              </Link>
            </li>
            <li className="flex items-center gap-1">
              <ChevronRightIcon className="size-3.5" />
              <Link href={categoryPath(entry.kind, lang)} className="text-muted no-underline hover:text-fg hover:underline">
                {kindLabel.plural}
              </Link>
            </li>
            <li aria-current="page" className="flex min-w-0 items-center gap-1 text-fg max-md:sr-only">
              <ChevronRightIcon className="size-3.5 text-muted" />
              <span className="line-clamp-1">{entry.title}</span>
            </li>
          </ol>
        </nav>

        <header className="entry-header mt-4">
          <p className="entry-kind flex flex-wrap gap-2">
            <span className={badgeAccent}>{kindLabel.singular}</span>
            {eventClass ? (
              <span className={eventClassBadge[eventClass]} data-event-class={eventClass}>
                {t.eventClasses[eventClass]}
              </span>
            ) : null}
          </p>
          <h1 className="mt-3 text-2xl/tight font-bold tracking-tight text-balance sm:text-title">{entry.title}</h1>
          {badges.length ? (
            <ul className="badge-list mt-3 flex flex-wrap gap-1.5" aria-label={t.card.codes}>
              {badges.map((b) => (
                <li key={b} className={cx(codeChip, 'py-1 text-small')}>
                  {b}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="entry-summary mt-4 max-w-reading text-base/relaxed text-fg sm:text-lg/relaxed">{entry.summary}</p>
          <CarriedValues lang={lang} />
          {hasFacts ? (
            <dl className={cx('facts mt-5 rounded-card border border-line bg-surface p-4 text-small', factList)}>
              {entry.log ? (
                <>
                  <dt className={factTerm}>{t.entry.log}</dt>
                  <dd className={factValue}>{entry.log}</dd>
                </>
              ) : null}
              {entry.sensorArea ? (
                <>
                  <dt className={factTerm}>{t.entry.area}</dt>
                  <dd className={factValue}>
                    <Link href={`${categoryPath(entry.kind, lang)}#area-${entry.sensorArea}`}>{t.sensorAreas[entry.sensorArea]}</Link>
                  </dd>
                </>
              ) : null}
              {entry.exitCode !== undefined ? (
                <>
                  <dt className={factTerm}>{t.entry.exitCode}</dt>
                  <dd className={factValue}>
                    <code className={inlineCode}>{entry.exitCode}</code> (<code className={inlineCode}>0x{entry.exitCode.toString(16)}</code>)
                  </dd>
                  <dt className={factTerm}>{t.entry.exitName}</dt>
                  <dd className={factValue}>
                    <code className={inlineCode}>{entry.exitName}</code>
                  </dd>
                  <dt className={factTerm}>{t.entry.logLine}</dt>
                  <dd className={factValue}>
                    <code className={inlineCode}>{`Script will exit with code ${entry.exitCode}(0x${entry.exitCode.toString(16)})`}</code>
                  </dd>
                </>
              ) : null}
              {entry.provider ? (
                <>
                  <dt className={factTerm}>{t.entry.provider}</dt>
                  <dd className={factValue}>
                    <code className={inlineCode}>{entry.provider}</code>
                  </dd>
                </>
              ) : null}
              {entry.severity ? (
                <>
                  <dt className={factTerm}>{t.entry.severity}</dt>
                  <dd className={factValue}>{t.severity[entry.severity]}</dd>
                </>
              ) : null}
              {errorTypes.length ? (
                <>
                  <dt className={factTerm}>{entry.kind === 'intune-error' ? t.entry.errorDescription : t.entry.errorType}</dt>
                  <dd className={factValue}>
                    {errorTypes.map((e, i) => (
                      <span key={e.lang} lang={LANG_CONFIG[e.lang].tag} className={i ? 'block text-muted' : 'block'}>
                        {e.errorType}
                      </span>
                    ))}
                  </dd>
                </>
              ) : null}
              {entry.omaUris.length ? (
                <>
                  <dt className={factTerm}>{t.entry.omaUri}</dt>
                  <dd className={factValue}>{entry.omaUris.join(', ')}</dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </header>

        {messageEditions.length ? (
          <section aria-labelledby="message">
            <SectionHeading id="message" lang={lang}>
              {messageHeading}
            </SectionHeading>
            <div className="space-y-3">
              {messageEditions.map((m) => (
                <figure key={m.key} className="message relative rounded-control border border-line bg-surface">
                  <figcaption className="px-3 pt-2 text-caption font-medium text-muted">{m.caption}</figcaption>
                  <blockquote lang={LANG_CONFIG[m.lang].tag} className="px-3 pt-1 pb-3 font-mono text-small text-fg wrap-anywhere">
                    {m.text}
                  </blockquote>
                  <CopyButton className="absolute end-1.5 top-1.5" lang={lang} text={m.text} label={`${t.entry.copyMessage} (${m.caption})`} />
                </figure>
              ))}
            </div>
          </section>
        ) : null}

        {entry.cause ? (
          <section aria-labelledby="cause">
            <SectionHeading id="cause" lang={lang}>
              {t.entry.cause}
            </SectionHeading>
            <p className="max-w-reading rounded-e-card border-s-4 border-accent bg-accent-soft px-4 py-3 text-fg">
              <InlineMarkdown text={entry.cause} />
            </p>
          </section>
        ) : null}

        {eventClass === 'undocumented' ? (
          <p className="notice mt-6 max-w-reading rounded-control border border-line bg-surface px-4 py-3 text-small text-fg" data-testid="undocumented">
            {t.entry.undocumented}
          </p>
        ) : eventClass === 'notification' && !entry.steps.length && !entry.causes.length ? (
          <p className="notice mt-6 max-w-reading rounded-control bg-ok-soft px-4 py-3 text-small text-ok" data-testid="no-action">
            {t.entry.noAction}
          </p>
        ) : null}

        {/* The explanations come before the steps: read what is going on, then follow the fix. */}
        {hasBody ? (
          <section id="details" aria-label={t.entry.details} className="prose-body mt-10">
            <MdxBody source={entry.body} headingIds={entry.headings.map((h) => h.id)} lang={lang} />
          </section>
        ) : null}

        <RunbookProvider entryId={entry.id} version={runbook.version} editionVersions={editionVersions} steps={runbook.steps} branches={runbook.branches} title={entry.title} lang={lang}>
          <RunbookProgress />
          {entry.causes.length ? (
            <section aria-labelledby="branches">
              <SectionHeading id="branches" lang={lang}>
                {t.entry.branches}
              </SectionHeading>
              <BranchPicker question={entry.question ?? t.entry.defaultQuestion} />
              {entry.causes.map((c) => (
                <Branch key={c.id} id={c.id} labelledBy={`${c.id}-title`}>
                  <h3 id={`${c.id}-title`} className="mt-3 text-subheading font-semibold text-fg">
                    {c.title}
                    <AnchorLink id={c.id} label={c.title} lang={lang} />
                  </h3>
                  <p className="branch-answer mt-1 text-small text-muted">
                    <strong className="font-semibold text-fg">{t.entry.branchIf}</strong> {c.answer}
                  </p>
                  <p className="mt-3 max-w-reading">
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
                {stepsHeading}
              </SectionHeading>
              <StepList steps={entry.steps} sourceUrl={sourceUrl} lang={lang} />
            </section>
          ) : null}
        </RunbookProvider>

        {related.length ? (
          <section aria-labelledby="related">
            <SectionHeading id="related" lang={lang}>
              {t.entry.related}
            </SectionHeading>
            <ul className="related-list grid gap-3 sm:grid-cols-2">
              {related.map((r) => (
                <li key={r.id}>
                  <Link
                    href={entryPath(r.id, r.lang)}
                    className="group flex h-full items-start justify-between gap-3 rounded-card border border-line bg-raised p-4 text-fg no-underline shadow-card transition-colors hover:border-accent hover:text-fg"
                  >
                    <span>
                      <span className="block text-caption font-medium text-muted">{t.kinds[r.kind].singular}</span>
                      <span className="mt-0.5 block font-medium group-hover:text-accent">{r.title}</span>
                    </span>
                    <ArrowRightIcon className="mt-5 size-4 text-muted group-hover:text-accent" />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="source" className="source-note mt-4 text-small text-muted">
          <SectionHeading id="source" lang={lang}>
            {t.entry.source}
          </SectionHeading>
          {!entry.documented ? (
            <p className="max-w-reading">{t.entry.providerSource}</p>
          ) : entry.source.article === 'install-ps1' ? (
            <p className="max-w-reading">
              {t.entry.scriptSourceBefore}{' '}
              <a href={sourceUrl} rel="noreferrer">
                {t.entry.articles[entry.source.article]}
              </a>{' '}
              (<code className={inlineCode}>{entry.exitName}</code>){t.entry.scriptSourceAfter}
            </p>
          ) : (
            <p className="max-w-reading">
              {t.entry.sourceBefore}{' '}
              <a href={sourceUrl} rel="noreferrer">
                {t.entry.articles[entry.source.article]}
              </a>{' '}
              ({t.entry.sourceSection} <code className={inlineCode}>#{entry.source.section}</code>){t.entry.sourceAfter}
            </p>
          )}
        </section>
      </article>
      <aside className="hidden xl:block">
        <OnThisPage title={t.site.onThisPage} items={toc} />
      </aside>
    </div>
  );
}
