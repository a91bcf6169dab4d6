/**
 * How bin/next-server.js sorts the requests it gets, before Next sees them.
 */

/** Rendered per request, and so queued: a URL with a query string, outside the hashed framework files. */
export function rendersPerRequest(url = '/') {
  return url.includes('?') && !url.startsWith('/_next/static/');
}

