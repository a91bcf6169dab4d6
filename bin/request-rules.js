/**
 * How bin/next-server.js sorts the requests it gets, before Next sees them.
 */

/** Rendered per request, and so queued: a URL with a query string, outside the hashed framework files. */
export function rendersPerRequest(url = '/') {
  return url.includes('?') && !url.startsWith('/_next/static/');
}

/**
 * The URL Next should answer. Next's own 404 page asked for by its internal
 * name (`/_not-found`) would be served as a bare file, which proxy.ts cannot
 * give headers to (its matcher leaves that name out, since the proxy's own
 * rewrites of unknown URLs land there). It is answered as any unknown URL
 * is: the 404 page, through the proxy, with every security header.
 */
export function publicUrl(url = '/') {
  const path = url.split('?')[0];
  return /^\/_not-found(\/|\.|$)/i.test(path) ? '/-/not-found' : url;
}
