/**
 * How bin/next-server.js sorts the requests it gets, before Next sees them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Methods the portal answers; anything else is 405 with `Allow`, on every path. */
export const ALLOWED_METHODS = ['GET', 'HEAD'];

/**
 * What is wrong with a request's target, or undefined. Only origin-form
 * targets (`/path?query`) are served: `*` (OPTIONS' asterisk form), an
 * absolute URL (`http://host/path`, which Next would redirect to that host:
 * an open redirect behind a proxy that forwards absolute URLs) and a path
 * starting with `//` (a protocol-relative URL once redirected) get 400.
 */
export function badTarget(url) {
  if (typeof url !== 'string' || !url.startsWith('/')) return 'the request target must be a path starting with /';
  if (url.startsWith('//')) return 'the request target must not start with //';
  return undefined;
}

/** The paths Next prerendered at build time (its prerender manifest), answered from its cache without rendering. */
export function prerenderedPaths(distDir) {
  const file = join(distDir, 'prerender-manifest.json');
  if (!existsSync(file)) return new Set();
  try {
    return new Set(Object.keys(JSON.parse(readFileSync(file, 'utf8')).routes ?? {}));
  } catch {
    return new Set();
  }
}

/** A file at the site root (sitemap.xml, favicon.ico) or a hashed framework file: served as is. */
const FILE_PATH = /^\/[^/]+\.[a-z0-9]+$|^\/_next\/static\//i;

/**
 * Rendered per request, and so queued: a URL with a query string, and any
 * path that is neither a prerendered page nor a file — the home page, which
 * reads its query, and whatever a crawler invents (the 404 is rendered too).
 * With no list of prerendered paths (older callers), only query strings count.
 */
export function rendersPerRequest(url = '/', prerendered) {
  if (url.startsWith('/_next/static/')) return false;
  if (url.includes('?')) return true;
  if (!prerendered) return false;
  const path = url.split('#')[0] ?? url;
  if (FILE_PATH.test(path)) return false;
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return !prerendered.has(clean);
}
