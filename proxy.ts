/**
 * Runs before routing, for every request but the hashed framework files:
 *
 * - a URL whose percent-encoding is malformed (`/fr/%ff`) answers 400, and a
 *   method other than GET or HEAD on a page answers 405, both with every
 *   security header (Next would answer 500, or render the page for a POST);
 * - every page gets its Content-Security-Policy: a fresh nonce (applied by
 *   Next to the scripts of pages rendered per request: `?q=` lookups), plus
 *   the SHA-256 of each inline script of the page's prerendered HTML (static
 *   entry and category pages, which stay static and cacheable), plus the
 *   theme script's. Never 'unsafe-inline' or 'unsafe-eval';
 * - static pages get a Cache-Control a CDN revalidates after a short while,
 *   instead of Next's s-maxage of a year;
 * - a first segment that is no published language (`/de`, `/xyz`) never
 *   reaches the root layout: the global 404 page answers directly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { BASE_HEADERS, PAGE_CACHE_CONTROL, contentSecurityPolicy, inlineScripts, scriptHash } from './bin/security-headers.js';
import { isLang } from './lib/i18n/config';
import { THEME_INIT_SCRIPT } from './lib/runbook/theme';

const THEME_HASH = scriptHash(THEME_INIT_SCRIPT);
const PAGE_METHODS = new Set(['GET', 'HEAD']);
/** Paths that can name a prerendered page: lower-case words, digits and dashes between slashes. */
const PAGE_PATH = /^(?:\/[a-z0-9][a-z0-9-]*){1,3}$/;
/** A file at the site root (sitemap.xml, favicon.ico): not a page, served as it is. */
const ROOT_FILE = /^\/[^/]+\.[a-z0-9]+$/i;

/** Hashes of the inline scripts of each prerendered page, read once from the build folder (content only changes with a build). */
const pageHashes = new Map<string, string[]>();

function prerenderedHashes(path: string): string[] {
  const known = pageHashes.get(path);
  if (known) return known;
  let hashes: string[] = [];
  if (path === '/_not-found' || PAGE_PATH.test(path)) {
    const file = join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'app', `${path}.html`);
    if (existsSync(file)) hashes = [...new Set(inlineScripts(readFileSync(file, 'utf8')).map(scriptHash))];
  }
  // Bounded: a crawler's random URLs must not grow the map for ever.
  if (pageHashes.size > 5000) pageHashes.clear();
  pageHashes.set(path, hashes);
  return hashes;
}

function withBaseHeaders(response: NextResponse, csp: string): NextResponse {
  for (const [key, value] of Object.entries(BASE_HEADERS)) response.headers.set(key, value);
  // `next dev` needs eval and injected styles for hot reload: the policy guards production builds only.
  if (process.env.NODE_ENV !== 'development') response.headers.set('Content-Security-Policy', csp);
  return response;
}

/** A short bilingual plain-text answer (no page: it needs no script), with every security header. */
function plain(status: number, fr: string, en: string, extra: Record<string, string> = {}): NextResponse {
  const response = new NextResponse(`${fr}\n${en}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });
  return withBaseHeaders(response, contentSecurityPolicy());
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!decodable(pathname)) {
    return plain(400, 'Requête invalide : l’adresse est mal encodée.', 'Bad request: the address is not validly encoded.');
  }
  if (!PAGE_METHODS.has(request.method)) {
    return plain(405, 'Méthode non autorisée : les pages se lisent avec GET ou HEAD.', 'Method not allowed: pages are read with GET or HEAD.', { Allow: 'GET, HEAD' });
  }
  if (ROOT_FILE.test(pathname) || pathname.startsWith('/_next/')) {
    return withBaseHeaders(NextResponse.next(), contentSecurityPolicy());
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const first = pathname.split('/')[1] ?? '';
  const notLang = first !== '' && !isLang(first);
  const ownHashes = notLang ? [] : prerenderedHashes(pathname);
  // A known path that turns out to be a 404 (an unknown id) is answered by the prerendered 404 page: allow its scripts too.
  const hashes = [...new Set([THEME_HASH, ...ownHashes, ...(ownHashes.length ? [] : prerenderedHashes('/_not-found'))])];
  const csp = contentSecurityPolicy([`'nonce-${nonce}'`, ...hashes]);

  // Next reads the nonce from the request's policy and puts it on every script of a page it renders.
  const requestHeaders = new Headers(request.headers);
  if (process.env.NODE_ENV !== 'development') requestHeaders.set('Content-Security-Policy', csp);

  const response = notLang
    ? // The 404 page is prerendered: it needs no nonce (and a rewrite with new request headers would be proxied as an outside URL).
      NextResponse.rewrite(Object.assign(request.nextUrl.clone(), { pathname: '/_not-found', search: '' }), { status: 404 })
    : NextResponse.next({ request: { headers: requestHeaders } });
  // Static pages (and the static 404) may be kept by a CDN, for minutes, not Next's year.
  if (ownHashes.length || notLang) response.headers.set('Cache-Control', PAGE_CACHE_CONTROL);
  return withBaseHeaders(response, csp);
}

export const config = {
  // Everything but the hashed framework files (next.config.js gives those their headers): errors included, and the
  // 404 page asked for by its internal name (the proxy's own rewrites to it do not run the proxy again).
  matcher: ['/((?!_next/static/).*)'],
};
