/**
 * The security headers of every response, in one place: the Node server
 * (next.config.js for files, proxy.ts for pages), the static export
 * (bin/export.js), the sample static-host configs in deploy/ and the tests
 * all read them from here.
 *
 * script-src never allows 'unsafe-inline' or 'unsafe-eval': an inline script
 * runs only when its hash is listed (static pages, the theme script) or it
 * carries the request's nonce (pages rendered per request).
 */
import { createHash } from 'node:crypto';

/** Browser features the portal never uses, switched off for it and for anything it could embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Headers that do not depend on the response. */
export const BASE_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
});

/** `'sha256-…'` of an inline script's exact text, as CSP compares it. */
export function scriptHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy. `scripts` are extra script-src sources (`'nonce-…'`, `'sha256-…'`).
 * Nothing but the site's own origin may load scripts, styles, images or fonts,
 * or be fetched; no plugin, no <base>, no framing, forms only to the site.
 */
export function contentSecurityPolicy(scripts = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Entry and category pages are static, so a CDN may keep them, but must ask
 * again (If-None-Match) after a short while: a deploy shows within 5 minutes,
 * browsers revalidate on every visit. Hashed framework files stay immutable.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, must-revalidate';
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** Inline scripts of a HTML document: the exact text between <script …> and </script> of scripts without src. */
export function inlineScripts(html) {
  const scripts = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(m[1] ?? '') || !m[2]) continue;
    scripts.push(m[2]);
  }
  return scripts;
}
