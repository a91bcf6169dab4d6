/**
 * The framework's floor for `npm run bench:web`: an App Router page with no
 * client component, built with the portal's own Next.js and React. What it
 * ships is what every page of any App Router site ships.
 */
import type { ReactNode } from 'react';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
