import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { KIND_LABELS } from '@/lib/labels';
import { CATEGORY_SLUGS, categoryPath, lookupPath, siteUrl } from '@/lib/routes';
import type { EntryKind } from '@/lib/content/schema';
import { ThemeToggle } from '@/components/ThemeToggle.client';
import { THEME_INIT_SCRIPT } from '@/lib/runbook/theme';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Intégration Defender pour point de terminaison — dépannage', template: '%s · Dépannage MDE' },
  description:
    'Codes d’erreur, événements et procédures pour résoudre les problèmes d’intégration des appareils à Microsoft Defender pour point de terminaison.',
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f172a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The init script sets data-theme before React hydrates: the attribute is expected to differ.
    <html lang="fr" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Aller au contenu
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <Link href="/" className="site-title">
              Dépannage de l’intégration MDE
            </Link>
            <nav aria-label="Catégories" className="site-nav">
              <ul>
                {(Object.keys(CATEGORY_SLUGS) as EntryKind[]).map((kind) => (
                  <li key={kind}>
                    <Link href={categoryPath(kind)}>{KIND_LABELS[kind].plural}</Link>
                  </li>
                ))}
                <li>
                  <Link href={lookupPath()}>Recherche</Link>
                </li>
              </ul>
            </nav>
            <ThemeToggle />
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Contenu rédigé d’après les articles de Microsoft Learn « Résoudre les problèmes d’intégration de Microsoft
            Defender pour point de terminaison » et « Résolution des problèmes lors du passage à Microsoft Defender pour
            point de terminaison », © Microsoft, publiés sous licence{' '}
            <a href="https://creativecommons.org/licenses/by/4.0/deed.fr" rel="license noreferrer">
              Creative Commons Attribution 4.0 International (CC BY 4.0)
            </a>
            . Les explications sont réécrites ; les messages, codes, commandes et chemins sont repris à l’identique.
            Ce site n’est ni publié ni approuvé par Microsoft.
          </p>
        </footer>
      </body>
    </html>
  );
}
