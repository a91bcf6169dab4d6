/**
 * The static export (npm run export) can live under a base path
 * (EXPORT_BASE_PATH=/mde → https://intranet/mde/fr/…); next.config.js then
 * sets Next's basePath, which next/link and the router apply by themselves.
 * Plain links, form actions, fetches and window.location do not get it: they
 * go through these two. Both are the identity on the Node server.
 */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** True in the static export: no server reads `?q=`, the page does. */
export const STATIC_EXPORT = process.env.NEXT_PUBLIC_STATIC_EXPORT === '1';

/** `/fr/x` → `/mde/fr/x` (site paths only; `#a`, `?q` and absolute URLs unchanged). */
export function withBase(path: string): string {
  if (!BASE_PATH || !path.startsWith('/') || path.startsWith('//')) return path;
  return path === '/' ? `${BASE_PATH}/` : `${BASE_PATH}${path}`;
}

/** `/mde/fr/x` → `/fr/x`: a window.location.pathname as the portal's routes know it. */
export function stripBase(pathname: string): string {
  if (!BASE_PATH) return pathname;
  if (pathname === BASE_PATH || pathname === `${BASE_PATH}/`) return '/';
  return pathname.startsWith(`${BASE_PATH}/`) ? pathname.slice(BASE_PATH.length) : pathname;
}

/**
 * The route a page was rendered for, from the address the browser shows.
 * A static host may serve the export's files under their own names
 * (`/en.html`, `/fr/x.html`, `/index.html`) or with a trailing slash: the page
 * must render as it did at build time (`/en`, `/fr/x`, `/`), or React finds a
 * different tree when it hydrates (error #418) and the header shows a second
 * search box.
 */
export function pagePath(pathname: string): string {
  let p = pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  if (p.length > 1) p = p.replace(/\/+$/, '');
  return p || '/';
}

/** The `?q=` of a page's searchParams; in the static export there are none at build time (the page reads the address bar). */
export async function queryParam(searchParams: Promise<{ q?: string | string[] }>): Promise<string> {
  if (STATIC_EXPORT) return '';
  const { q } = await searchParams;
  return typeof q === 'string' ? q : '';
}
