import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/LanguageSwitch.client';
import { ThemeToggle } from '@/components/ThemeToggle.client';
import { ENTRY_KINDS } from '@/lib/content/schema';
import { LANGS, LANG_CONFIG, dictionary, isLang, type Lang } from '@/lib/i18n';
import { categoryPath, homePath, lookupPath, siteUrl } from '@/lib/routes';
import { THEME_INIT_SCRIPT } from '@/lib/runbook/theme';
import '../globals.css';

type Params = { lang: string };

// Only the published languages: /de/… is a real 404, never a page with lang="de".
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  const t = dictionary(lang).site;
  return {
    ...(siteUrl() ? { metadataBase: new URL(siteUrl()) } : {}),
    title: { default: t.title, template: t.titleTemplate },
    description: t.description,
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f172a' },
  ],
};

/** The root layout: one per language, so <html lang> is right in the server's HTML. */
export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<Params> }) {
  const { lang: raw } = await params;
  if (!isLang(raw)) notFound();
  const lang: Lang = raw;
  const t = dictionary(lang);
  return (
    // The init script sets data-theme before React hydrates: the attribute is expected to differ.
    <html lang={LANG_CONFIG[lang].tag} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t.site.skipToContent}
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <Link href={homePath(lang)} className="site-title">
              {t.site.name}
            </Link>
            <nav aria-label={t.site.categoriesNav} className="site-nav">
              <ul>
                {ENTRY_KINDS.map((kind) => (
                  <li key={kind}>
                    <Link href={categoryPath(kind, lang)}>{t.kinds[kind].plural}</Link>
                  </li>
                ))}
                <li>
                  <Link href={lookupPath(undefined, lang)}>{t.site.searchNav}</Link>
                </li>
              </ul>
            </nav>
            <LanguageSwitch lang={lang} />
            <ThemeToggle lang={lang} />
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            {t.site.footer.before}{' '}
            <a href={LANG_CONFIG[lang].licenseUrl} rel="license noreferrer">
              {t.site.footer.license}
            </a>
            {t.site.footer.after}
          </p>
        </footer>
      </body>
    </html>
  );
}
