/**
 * Runs before routing. The root layout lives under app/[lang]/, so a first
 * segment that is no published language (`/de`, `/xyz`) must never reach it:
 * such requests are answered by the global 404 page directly.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { isLang } from './lib/i18n/config';

export function proxy(request: NextRequest) {
  const first = request.nextUrl.pathname.split('/')[1] ?? '';
  if (first && !isLang(first)) {
    return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
  }
  return NextResponse.next();
}

export const config = {
  // Framework files and the files at the root (sitemap.xml, favicon.ico…) are not pages.
  matcher: ['/((?!_next/|_not-found|[^/]+\\.[a-z0-9]+$).*)'],
};
