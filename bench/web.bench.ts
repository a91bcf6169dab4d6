/**
 * `npm run bench:web`: what a visitor's browser pays, per page type, on the
 * production build (`node bin/start.js`, which builds when needed):
 * - first-load JS (gzip) and HTML size (raw and gzip) of each page;
 * - Lighthouse mobile and desktop, median of 3 runs, four categories;
 * - a 1 MB paste into the lookup box: main-thread tasks over 100 ms after it,
 *   and the time from a keystroke to the next frame.
 * - the framework's floor: the same figures for bench/floor-app, an App Router
 *   page with no client component built with the same Next.js and React, so
 *   a page's budget can be read against what no page can go under.
 * Figures from one run on a shared machine: medians, never assertions.
 * It builds into NEXT_DIST_DIR (default .next-bench-web, remade each run unless
 * BENCH_REUSE=1) with SITE_URL set to the bench's origin.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { findChromium } from '../bin/browser.js';
import { ONE_MEGABYTE_LOG, pasteIntoFocused } from '../tests/support/paste';

const PORT = Number(process.env.BENCH_PORT ?? 3500);
const BASE = `http://127.0.0.1:${PORT}`;
const FLOOR_PORT = PORT + 1;
const FLOOR_BASE = `http://127.0.0.1:${FLOOR_PORT}`;
const FLOOR_APP = 'bench/floor-app';
const NEXT_BIN = 'node_modules/next/dist/bin/next';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const PAGES: [string, string][] = [
  ['home', '/'],
  ['lookup ?q=', '/?q=0x87D1FDE8'],
  ['entry', '/fr/sense-event-5'],
  ['28-step guide', '/fr/guide-newly-built-devices'],
  ['category', '/fr/categories/sense-events'],
  ['English entry', '/en/sense-event-5'],
];

async function waitForServer(base = BASE): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('server did not start');
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function sizes(path: string, base = BASE): Promise<{ html: number; htmlGzip: number; js: number; jsGzip: number }> {
  const html = await (await fetch(base + path)).text();
  // `noModule` scripts (Next's legacy polyfills) are skipped by every browser that runs modules: not first-load JS.
  const srcs = new Set([...html.matchAll(/<script([^>]+)>/g)].filter((m) => !/\bnoModule\b/i.test(m[1] ?? '')).map((m) => /\ssrc="([^"]+)"/.exec(m[1] ?? '')?.[1]).filter((x): x is string => !!x));
  let js = 0;
  let jsGzip = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    js += body.length;
    jsGzip += gzipSync(body).length;
  }
  return { html: Buffer.byteLength(html), htmlGzip: gzipSync(html).length, js, jsGzip };
}

type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

async function lighthouseRuns(path: string, desktop: boolean, chromePath: string, base = BASE): Promise<Scores> {
  const runs: Scores[] = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
    try {
      const result = await lighthouse(
        base + path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] },
        desktop ? desktopConfig : undefined,
      );
      const c = result?.lhr.categories;
      runs.push({
        performance: Math.round((c?.performance?.score ?? 0) * 100),
        accessibility: Math.round((c?.accessibility?.score ?? 0) * 100),
        'best-practices': Math.round((c?.['best-practices']?.score ?? 0) * 100),
        seo: Math.round((c?.seo?.score ?? 0) * 100),
      });
    } finally {
      await chrome.kill();
    }
  }
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    'best-practices': median(runs.map((r) => r['best-practices'])),
    seo: median(runs.map((r) => r.seo)),
  };
}

async function pasteTest(chromePath: string): Promise<{ longTasks: number[]; keystrokeMs: number; cardShown: boolean }> {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });
  try {
    const page = await browser.newPage();
    await page.goto(`${BASE}/fr/recherche`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const mb = ONE_MEGABYTE_LOG;
    const box = page.getByRole('searchbox');
    await box.focus();
    await pasteIntoFocused(page, mb);
    const cardShown = await page
      .locator('[data-result-id="sense-event-55"]')
      .first()
      .waitFor({ timeout: 20_000 })
      .then(() => true, () => false);
    const keystrokeMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const el = document.getElementById('lookup-input');
          el?.addEventListener(
            'keydown',
            (event) => {
              const t0 = event.timeStamp;
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
            },
            { once: true },
          );
          el?.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
        }),
    );
    await page.keyboard.type('a');
    await page.waitForTimeout(1500);
    const longTasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    return { longTasks, keystrokeMs, cardShown };
  } finally {
    await browser.close();
  }
}

/** Builds and serves the empty App Router page; its first-load JS and Lighthouse mobile and desktop scores. */
async function floor(chromePath: string): Promise<string[]> {
  // The portal's NEXT_DIST_DIR is not the floor app's.
  const { NEXT_DIST_DIR: _portalDistDir, ...rest } = process.env;
  const env = { ...rest, NEXT_TELEMETRY_DISABLED: '1' };
  await new Promise<void>((resolve, reject) => {
    const build = spawn(process.execPath, [join(process.cwd(), NEXT_BIN), 'build'], { cwd: FLOOR_APP, env, stdio: ['ignore', 'ignore', 'inherit'] });
    build.on('error', reject);
    build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`floor app build exited with ${code}`))));
  });
  const server = spawn(process.execPath, [join(process.cwd(), NEXT_BIN), 'start', '-p', String(FLOOR_PORT), '-H', '127.0.0.1'], { cwd: FLOOR_APP, env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await waitForServer(FLOOR_BASE);
    const s = await sizes('/', FLOOR_BASE);
    const m = await lighthouseRuns('/', false, chromePath, FLOOR_BASE);
    const d = await lighthouseRuns('/', true, chromePath, FLOOR_BASE);
    return [
      `Framework floor (${FLOOR_APP}: an App Router page with no client component, same Next.js and React): first-load JS ${kb(s.jsGzip)} gzip (${kb(s.js)} raw); Lighthouse mobile ${m.performance} / ${m.accessibility} / ${m['best-practices']} / ${m.seo}, desktop ${d.performance} / ${d.accessibility} / ${d['best-practices']} / ${d.seo}`,
    ];
  } finally {
    server.kill('SIGTERM');
  }
}

async function main() {
  const found = await findChromium();
  if (!found) throw new Error('no Chromium');
  // A build of its own, made for this origin: hreflang and canonical links must be absolute (SITE_URL) for
  // Lighthouse's SEO audits, as they must be on a real deployment.
  const distDir = process.env.NEXT_DIST_DIR ?? '.next-bench-web';
  if (process.env.BENCH_REUSE !== '1') rmSync(distDir, { recursive: true, force: true });
  const server = spawn(process.execPath, ['bin/start.js'], {
    env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1', NEXT_DIST_DIR: distDir, SITE_URL: process.env.SITE_URL ?? BASE },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForServer();
    const out: string[] = [`Web bench — ${BASE}, Lighthouse median of ${RUNS}, Chromium ${found.path}`, ''];
    out.push('| page | first-load JS (gzip) | HTML raw | HTML gzip |', '|---|---|---|---|');
    for (const [name, path] of PAGES) {
      const s = await sizes(path);
      out.push(`| ${name} \`${path}\` | ${kb(s.jsGzip)} (${kb(s.js)} raw) | ${kb(s.html)} | ${kb(s.htmlGzip)} |`);
    }
    out.push('', '| page | mobile perf / a11y / best / SEO | desktop perf / a11y / best / SEO |', '|---|---|---|');
    for (const [name, path] of PAGES.slice(0, 5)) {
      const m = await lighthouseRuns(path, false, found.path);
      const d = await lighthouseRuns(path, true, found.path);
      const fmt = (s: Scores) => `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}`;
      out.push(`| ${name} | ${fmt(m)} | ${fmt(d)} |`);
    }
    const p = await pasteTest(found.path);
    out.push('', ...(await floor(found.path)));
    out.push('', `1 MB paste: card shown ${p.cardShown ? 'yes' : 'NO'}; main-thread tasks over 100 ms after it: ${p.longTasks.filter((t) => t > 100).length} (longest ${Math.round(Math.max(0, ...p.longTasks))} ms); keystroke to next frame: ${p.keystrokeMs.toFixed(1)} ms`);
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
