#!/usr/bin/env node
/**
 * `npm run export`: the whole portal, both languages, as a static folder that
 * any static server, file share behind IIS, or CDN can serve. No Node server:
 * the lookup runs in the browser, `?q=` links are read by the page.
 *
 *   EXPORT_DIR=out          where the folder is written (default out/)
 *   EXPORT_BASE_PATH=/mde   serve it under https://host/mde/ (default: the root)
 *
 * After `next build` (output: 'export', set by MDE_EXPORT=1 in next.config.js):
 * - index.html is the French home (`/` is French, as on the server);
 * - 404.html is the bilingual not-found page;
 * - every inline script is moved to a content-addressed file under
 *   _next/static/inline/, so the whole folder runs under one fixed header,
 *   `script-src 'self'` with no hash, nonce or 'unsafe-inline' (a static host
 *   cannot compute per-page headers);
 * - _headers (Netlify/Cloudflare syntax) lists the headers to send; deploy/
 *   has the same for nginx and IIS, and the README lists them.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_HEADERS, contentSecurityPolicy, scriptHash } from './security-headers.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The headers every file of the export must be served with. */
export function exportHeaders() {
  return { ...BASE_HEADERS, 'Content-Security-Policy': contentSecurityPolicy() };
}

export const REDIRECTS = [
  // The same as next.config.js's redirects: a static host must make them.
  { from: '/fr', to: '/' },
  { from: '/en/recherche', to: '/en/search' },
  { from: '/fr/search', to: '/fr/recherche' },
];

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

/**
 * Moves each inline <script> of each page into _next/static/inline/<hash>.js
 * and points the tag at it (same place in the document, so the same order of
 * execution). Returns how many scripts were moved and how many files written.
 */
export function externalizeInlineScripts(outDir, basePath = '') {
  const inlineDir = join(outDir, '_next', 'static', 'inline');
  mkdirSync(inlineDir, { recursive: true });
  const written = new Set();
  let moved = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    const out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (tag, attrs, body) => {
      if (/\ssrc\s*=/i.test(attrs) || body === '') return tag;
      const name = `${scriptHash(body).slice(8, 24).replace(/[+/]/g, (c) => (c === '+' ? '-' : '_'))}.js`;
      if (!written.has(name)) {
        writeFileSync(join(inlineDir, name), body);
        written.add(name);
      }
      moved++;
      return `<script${attrs} src="${basePath}/_next/static/inline/${name}"></script>`;
    });
    if (out !== html) writeFileSync(file, out);
  }
  return { moved, files: written.size };
}

function headersFile(basePath) {
  const lines = [`${basePath || ''}/*`, ...Object.entries(exportHeaders()).map(([k, v]) => `  ${k}: ${v}`)];
  lines.push('', `${basePath}/_next/static/*`, '  Cache-Control: public, max-age=31536000, immutable', '');
  return `${lines.join('\n')}\n`;
}

function run(command, args, env) {
  return new Promise((resolveStatus) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
    for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
    child.on('exit', (code, signal) => resolveStatus(code ?? (signal ? 1 : 0)));
  });
}

/**
 * With `output: 'export'` and a distDir of its own, `next build` still writes
 * its working files to .next/ (next/dist/export/utils.js, getBuildDistDir):
 * left there, they replace the server's build, and `npm start` would serve an
 * export build in which `/` is a 404. So the server's .next/ is moved aside
 * for the export and put back after it, whatever the outcome.
 */
export async function withServerBuildKept(build, dir = root) {
  const serverBuild = join(dir, '.next');
  const kept = join(dir, `.next-kept-by-export-${process.pid}`);
  const had = existsSync(serverBuild);
  if (had) renameSync(serverBuild, kept);
  const restore = () => {
    rmSync(serverBuild, { recursive: true, force: true });
    if (had && existsSync(kept)) renameSync(kept, serverBuild);
  };
  process.once('exit', restore);
  try {
    return await build();
  } finally {
    process.removeListener('exit', restore);
    restore();
  }
}

async function main() {
  const outName = process.env.EXPORT_DIR || 'out';
  const outDir = resolve(root, outName);
  const basePath = (process.env.EXPORT_BASE_PATH ?? '').replace(/\/+$/, '');
  if (relative(root, outDir).startsWith('..') || ['', '.', '.next', 'app', 'content', 'lib', 'components', 'bin', 'node_modules'].includes(relative(root, outDir))) {
    console.error(`export: EXPORT_DIR must be a folder of its own inside the project (got ${outName})`);
    return 2;
  }
  const env = { ...process.env, MDE_EXPORT: '1', NEXT_DIST_DIR: outName, EXPORT_BASE_PATH: basePath, NEXT_TELEMETRY_DISABLED: '1' };
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  let status = await run(npx, ['tsx', 'bin/validate-content.ts'], env);
  if (status !== 0) return status;
  rmSync(outDir, { recursive: true, force: true });
  status = await withServerBuildKept(() => run(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'build'], env));
  if (status !== 0) return status;

  // The build leaves its own working files beside the export: keep only what a host serves.
  for (const leftover of ['cache', 'server', 'types', 'diagnostics', 'trace', 'trace-build', 'turbopack', 'build', 'export-marker.json', 'package.json']) {
    rmSync(join(outDir, leftover), { recursive: true, force: true });
  }
  for (const name of readdirSync(outDir)) if (/manifest|BUILD_ID|required-server-files/.test(name)) rmSync(join(outDir, name), { recursive: true, force: true });

  if (!existsSync(join(outDir, 'fr.html'))) throw new Error(`${outName}/fr.html missing: the French home was not exported`);
  // `/` is the French home: its page, its payload and the router's segment files (what the server's rewrite of / to /fr does).
  copyFileSync(join(outDir, 'fr.html'), join(outDir, 'index.html'));
  if (existsSync(join(outDir, 'fr.txt'))) copyFileSync(join(outDir, 'fr.txt'), join(outDir, 'index.txt'));
  for (const name of readdirSync(join(outDir, 'fr'))) {
    if (name.startsWith('__next.') && name.endsWith('.txt')) copyFileSync(join(outDir, 'fr', name), join(outDir, name));
  }
  if (!existsSync(join(outDir, '404.html'))) copyFileSync(join(outDir, '_not-found.html'), join(outDir, '404.html'));
  // The sitemap's URLs are relative when SITE_URL is unset: under a base path they must carry it.
  const sitemap = join(outDir, 'sitemap.xml');
  if (basePath && existsSync(sitemap)) {
    writeFileSync(sitemap, readFileSync(sitemap, 'utf8').replace(/<loc>\//g, `<loc>${basePath}/`).replace(/href="\//g, `href="${basePath}/`));
  }
  const { moved, files } = externalizeInlineScripts(outDir, basePath);
  writeFileSync(join(outDir, '_headers'), headersFile(basePath));
  const left = htmlFiles(outDir).filter((f) => /<script\b(?![^>]*\ssrc=)[^>]*>[^<]/i.test(readFileSync(f, 'utf8')));
  if (left.length) throw new Error(`inline scripts left in ${left.join(', ')}`);
  console.log(
    `export: ${htmlFiles(outDir).length} pages in ${outName}/${basePath ? ` for the base path ${basePath}` : ''}; ${moved} inline scripts moved to ${files} files under _next/static/inline/. ` +
      `Serve it with the headers of ${outName}/_headers (README, deploy/).`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (status) => process.exit(status),
    (error) => {
      console.error(`export: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
