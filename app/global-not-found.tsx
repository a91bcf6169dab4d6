import type { Metadata } from 'next';
import { DEFAULT_LANG, LANGS, LANG_CONFIG, dictionary } from '@/lib/i18n';
import { homePath, lookupPath } from '@/lib/routes';
import './globals.css';

export const metadata: Metadata = {
  title: `${dictionary('fr').notFound.title} · ${dictionary('en').notFound.title}`,
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
        <main id="main">
          <h1>
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
              <section key={lang} lang={LANG_CONFIG[lang].tag} aria-label={LANG_CONFIG[lang].name}>
                <p className="lead">
                  {t.notFound.lead} <a href={homePath(lang)}>{t.notFound.home}</a>.
                </p>
                <form action={lookupPath(undefined, lang)} method="get" role="search" className="search-form">
                  <label htmlFor={`nf-q-${lang}`}>{t.search.label}</label>
                  <input id={`nf-q-${lang}`} name="q" type="search" className="search-input" autoComplete="off" spellCheck={false} />
                  <button type="submit">{t.notFound.submit}</button>
                </form>
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
