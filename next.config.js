/**
 * Served by `next start` (not a static export) so that unknown URLs answer a
 * real 404 and `?q=` lookups render on the server from the same engine.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  reactStrictMode: true,
  // Several builds can live side by side (the static export, parallel test runs): NEXT_DIST_DIR picks the folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The root layout lives under app/[lang]/ (one <html lang> per language):
  // URLs outside every language get app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  // The portal never calls out: no remote images, no telemetry at build time either.
  images: { unoptimized: true },
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
    // Dev mode needs eval for fast refresh; the policy guards production only.
    if (process.env.NODE_ENV !== 'production') return [];
    return [
      {
        source: '/:path*',
        headers: [
          // Pasted text is rendered as text by React; this is the second belt:
          // nothing but our own origin may load scripts, styles or make requests.
          {
            key: 'Content-Security-Policy',
            value:
              "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
          },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
