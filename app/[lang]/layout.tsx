import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { HeaderSearch } from '@/components/HeaderSearch.client';
import { LanguageSwitch } from '@/components/LanguageSwitch.client';
import { SiteMenu } from '@/components/SiteMenu.client';
import { ThemeToggle } from '@/components/ThemeToggle.client';
import { ShieldIcon } from '@/components/ui';
import { ENTRY_KINDS } from '@/lib/content/schema';
import { LANGS, LANG_CONFIG, dictionary, isLang, type Lang } from '@/lib/i18n';
import { categoryPath, homePath, siteUrl } from '@/lib/routes';
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
        <a
          href="#main"
          className="skip-link sr-only rounded-control bg-canvas px-4 py-2 font-medium shadow-raised focus:not-sr-only focus:fixed focus:start-4 focus:top-3 focus:z-50"
        >
          {t.site.skipToContent}
        </a>
        <header className="site-header border-b border-line bg-canvas print:hidden">
          <div className="mx-auto flex h-header max-w-page items-center gap-1 px-4 sm:px-6 lg:grid lg:h-auto lg:grid-cols-[auto_minmax(0,1fr)_auto] lg:gap-x-6 lg:px-8">
            <Link
              href={homePath(lang)}
              className="site-title me-auto flex min-w-0 items-center gap-2.5 font-semibold text-fg no-underline hover:text-fg lg:col-start-1 lg:row-start-1 lg:h-header"
            >
              <span className="grid size-8 shrink-0 place-items-center rounded-control bg-accent text-on-accent">
                <ShieldIcon className="size-5" />
              </span>
              <span className="truncate max-sm:hidden">{t.site.name}</span>
              <span className="truncate sm:hidden">{t.site.shortName}</span>
            </Link>
            <HeaderSearch lang={lang} />
            <SiteMenu
              label={t.site.menu}
              closeLabel={t.site.closeMenu}
              navLabel={t.site.categoriesNav}
              links={ENTRY_KINDS.map((kind) => ({ href: categoryPath(kind, lang), label: t.site.navKinds[kind] }))}
              controls={
                <>
                  <LanguageSwitch lang={lang} />
                  <ThemeToggle lang={lang} />
                </>
              }
            />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-page flex-1 px-4 pt-5 pb-16 focus:outline-none sm:px-6 sm:pt-8 lg:px-8">
          {children}
        </main>
        <footer className="site-footer border-t border-line bg-surface print:hidden">
          <p className="mx-auto max-w-page px-4 py-8 text-small text-muted sm:px-6 lg:px-8">
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
