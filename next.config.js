import { ASSET_CACHE_CONTROL, BASE_HEADERS, contentSecurityPolicy } from './bin/security-headers.js';

/**
 * Two ways to ship the portal:
 * - `next start` (npm start): unknown URLs answer a real 404, `?q=` lookups
 *   render on the server, proxy.ts sets the security headers of every page;
 * - `npm run export` (MDE_EXPORT=1): a static folder for any static host or
 *   CDN, optionally under a base path (EXPORT_BASE_PATH, e.g. /mde). There is
 *   no server there: redirects, rewrites and headers are the host's job
 *   (README, deploy/).
 */
const exporting = process.env.MDE_EXPORT === '1';
const basePath = (process.env.EXPORT_BASE_PATH ?? '').replace(/\/+$/, '');
if (basePath && !/^(\/[A-Za-z0-9._~-]+)+$/.test(basePath)) {
  throw new Error(`EXPORT_BASE_PATH must look like /a or /a/b (got "${basePath}")`);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Several builds can live side by side (the static export, parallel test runs): NEXT_DIST_DIR picks the folder.
  distDir: process.env.NEXT_DIST_DIR || (exporting ? '.next-export' : '.next'),
  poweredByHeader: false,
  // The root layout lives under app/[lang]/ (one <html lang> per language):
  // URLs outside every language get app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  // The portal never calls out: no remote images, no telemetry at build time either.
  images: { unoptimized: true },
  ...(exporting
    ? { output: 'export', basePath, env: { NEXT_PUBLIC_BASE_PATH: basePath, NEXT_PUBLIC_STATIC_EXPORT: '1' } }
    : {
        async redirects() {
          return [
            // `/` is the French home (it was the whole site before the English edition).
            { source: '/fr', destination: '/', permanent: false },
            // Each language has one lookup URL; the other language's slug leads there.
            { source: '/en/recherche', destination: '/en/search', permanent: false },
            { source: '/fr/search', destination: '/fr/recherche', permanent: false },
          ];
        },
        async rewrites() {
          // Served by app/[lang]/page.tsx with lang=fr, so `/?q=…` links keep working unchanged.
          return { beforeFiles: [{ source: '/', destination: '/fr' }] };
        },
        async headers() {
          // Pages get theirs from proxy.ts (a policy per response); the hashed framework files, which the proxy
          // does not see, get the same headers here, with a policy that allows nothing inline.
          const base = Object.entries(BASE_HEADERS).map(([key, value]) => ({ key, value }));
          return [
            {
              source: '/_next/static/:path*',
              headers: [
                ...base,
                { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
                { key: 'Cache-Control', value: ASSET_CACHE_CONTROL },
              ],
            },
          ];
        },
      }),
};

export default nextConfig;
