import type { Metadata } from 'next';
import { withBase } from '@/lib/base-path';
import { DEFAULT_LANG, LANGS, LANG_CONFIG, dictionary } from '@/lib/i18n';
import { homePath, lookupPath } from '@/lib/routes';
import { ShieldIcon } from '@/components/ui';
import './globals.css';

export const metadata: Metadata = {
  title: `${dictionary('fr').notFound.title} · ${dictionary('en').notFound.title}`,
  // The layouts get it from app/icon.svg; this page has its own <html>.
  icons: { icon: [{ url: withBase('/icon.svg'), type: 'image/svg+xml' }] },
};

/**
 * A URL outside every language (`/xyz/…`): nothing tells which language the
 * visitor reads, so the page offers both, each with a plain form to its
 * lookup page.
 */
export default function GlobalNotFound() {
  return (
    <html lang={LANG_CONFIG[DEFAULT_LANG].tag}>
      <body>
        <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-12 sm:py-20">
          <p className="grid size-10 place-items-center rounded-control bg-accent text-on-accent" aria-hidden="true">
            <ShieldIcon className="size-6" />
          </p>
          <h1 className="mt-6 text-2xl/tight font-bold tracking-tight sm:text-title">
            {LANGS.map((lang, i) => (
              <span key={lang} lang={LANG_CONFIG[lang].tag}>
                {i ? ' · ' : ''}
                {dictionary(lang).notFound.title}
              </span>
            ))}
          </h1>
          {LANGS.map((lang) => {
            const t = dictionary(lang);
            return (
              <section key={lang} lang={LANG_CONFIG[lang].tag} aria-label={LANG_CONFIG[lang].name} className="mt-8 rounded-card border border-line bg-raised p-5 shadow-card">
                <p className="lead text-muted">
                  {t.notFound.lead} <a href={withBase(homePath(lang))}>{t.notFound.home}</a>.
                </p>
                <form action={withBase(lookupPath(undefined, lang))} method="get" role="search" className="search-form mt-4">
                  <label htmlFor={`nf-q-${lang}`} className="block text-small font-medium text-fg">
                    {t.search.label}
                  </label>
                  <div className="mt-1.5 flex gap-2">
                    <input
                      id={`nf-q-${lang}`}
                      name="q"
                      type="search"
                      className="search-input h-11 min-w-0 flex-1 rounded-control border border-line-strong bg-canvas px-3 text-base text-fg hover:border-control focus:border-accent focus:outline-2 focus:outline-offset-0 focus:outline-accent"
                      autoComplete="off"
                      spellCheck={false}
                    />
                    <button
                      type="submit"
                      className="h-11 cursor-pointer rounded-control bg-accent px-4 font-semibold text-on-accent hover:bg-accent-strong"
                    >
                      {t.notFound.submit}
                    </button>
                  </div>
                </form>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
