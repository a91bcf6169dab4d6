/**
 * `npm run bench:load`: the production server under load, on 127.0.0.1 only,
 * bounded in time (about 5½ minutes, plus a build if there is none).
 *
 * 1. Five URLs, each at 100 connections for 30 s: the home page `/`, then an
 *    entry page (static), and the home page's `?q=` with a code, with a
 *    symptom and with a 10 KB log (rendered per request): req/s, latency
 *    p50/p99, errors, timeouts, non-2xx.
 * 2. A 3-minute run over the five URLs together, with the server's resident
 *    memory sampled every 5 s: the last minute must not be above the first.
 *
 * Exits 1 on any error, timeout or non-2xx answer, or when memory grows by
 * more than 15 % between the first and the last minute. Environment:
 * BENCH_PORT (3400), BENCH_CONNECTIONS (100), BENCH_SECONDS (30),
 * BENCH_SOAK_SECONDS (180), NEXT_DIST_DIR (the build to serve).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { descendants } from '../tests/support/processes';

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 180);
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** A 10 KB block as copied from Event Viewer (Get-WinEvent table), with the events the portal knows. */
function tenKilobyteLog(): string {
  const rows = [
    '12/1/2026 9:14:02 AM     5 Error    Microsoft Defender for Endpoint service failed to connect to the server at https://winatp-gw-weu.microsoft.com/',
    '12/1/2026 9:14:07 AM    15 Error    Microsoft Defender for Endpoint cannot start command channel with URL: https://winatp-gw-weu.microsoft.com/',
    '12/1/2026 9:15:11 AM  1819 Error    MDM PolicyManager: Set policy string, Policy: (Onboarding), Result: (0x87D1FDE8) Remediation failed.',
    '12/1/2026 9:15:40 AM    30 Warning  Microsoft Defender for Endpoint service failed to set the onboarding status in the registry. Failure code: 0x80070005',
  ];
  let log = 'TimeCreated              Id LevelDisplayName Message\n-----------              -- ---------------- -------\n';
  for (let i = 0; log.length < 10 * 1024; i++) log += `${rows[i % rows.length]}\n`;
  return log.slice(0, 10 * 1024);
}

const TARGETS: { name: string; path: string }[] = [
  // The home page is rendered per request (it reads its query): it waits in the render queue like a lookup.
  { name: 'home page', path: '/' },
  { name: 'entry page', path: '/fr/sense-event-5' },
  { name: '?q= code', path: `/?${new URLSearchParams({ q: '0x87D1FDE8' })}` },
  { name: '?q= symptom', path: `/?${new URLSearchParams({ q: 'bloqué en mode passif' })}` },
  { name: '?q= 10 KB log', path: `/?${new URLSearchParams({ q: tenKilobyteLog() })}` },
];

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function waitReady(): Promise<void> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      if ((await fetch(`${ORIGIN}/fr/sense-event-5`)).ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error('the server did not start within 10 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, timeout: 10, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  const start = spawn(process.execPath, ['bin/start.js'], { env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'inherit', 'inherit'] });
  let failed = false;
  try {
    await waitReady();
    const server = descendants(start.pid!).find((p) => /next/.test(readFileSync(`/proc/${p}/cmdline`, 'utf8')));
    if (!server) throw new Error('cannot find the Next server process');
    const sizes = await Promise.all(TARGETS.map(async (t) => (await (await fetch(`${ORIGIN}${t.path}`)).text()).length));
    console.log(`\nload: ${CONNECTIONS} connections, ${SECONDS} s per URL, then ${SOAK_SECONDS} s over all five; server pid ${server}, ${rssMb(server).toFixed(0)} MB resident at start\n`);
    console.log('| URL | URL length | page size | req/s | p50 | p99 | errors | timeouts | non-2xx |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [i, t] of TARGETS.entries()) {
      const r = await run({ url: `${ORIGIN}${t.path}`, duration: SECONDS });
      if (r.errors || r.timeouts || r.non2xx) failed = true;
      console.log(
        `| ${t.name} | ${t.path.length} B | ${(sizes[i]! / 1024).toFixed(0)} KB | ${r.requests.average.toFixed(0)} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.errors} | ${r.timeouts} | ${r.non2xx} |`,
      );
    }

    const samples: { t: number; mb: number }[] = [];
    const began = Date.now();
    const sampler = setInterval(() => samples.push({ t: (Date.now() - began) / 1000, mb: rssMb(server) }), 5000);
    samples.push({ t: 0, mb: rssMb(server) });
    const soak = await run({ url: ORIGIN, requests: TARGETS.map((t) => ({ method: 'GET', path: t.path })), duration: SOAK_SECONDS });
    clearInterval(sampler);
    samples.push({ t: (Date.now() - began) / 1000, mb: rssMb(server) });
    if (soak.errors || soak.timeouts || soak.non2xx) failed = true;
    const minute = Math.min(60, SOAK_SECONDS / 3);
    const first = median(samples.filter((s) => s.t <= minute).map((s) => s.mb));
    const last = median(samples.filter((s) => s.t >= SOAK_SECONDS - minute).map((s) => s.mb));
    const growth = (last - first) / first;
    if (!(growth <= 0.15)) failed = true;
    console.log(
      `\nsoak, ${SOAK_SECONDS} s over the five URLs: ${soak.requests.average.toFixed(0)} req/s, p50 ${soak.latency.p50} ms, p99 ${soak.latency.p99} ms, ` +
        `${soak.errors} errors, ${soak.timeouts} timeouts, ${soak.non2xx} non-2xx, ${soak.requests.total} requests`,
    );
    console.log(`server memory (RSS, MB) every 5 s: ${samples.map((s) => s.mb.toFixed(0)).join(' ')}`);
    console.log(`first minute median ${first.toFixed(0)} MB, last minute median ${last.toFixed(0)} MB: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %${growth <= 0.15 ? ' (flat)' : ' (GROWING)'}`);
  } finally {
    start.kill('SIGTERM');
    await new Promise((r) => start.on('exit', r));
  }
  if (failed) {
    console.error('\nload: FAILED (errors, timeouts, non-2xx answers or memory growth above)');
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
