/**
 * bin/start.js as a supervisor sees it: `npm start` under load stops every
 * process within 10 s of a SIGTERM; a server that dies makes `npm start` exit
 * non-zero; a damaged build is found before anything is served.
 *
 * The first two need a production build (start.js makes one when there is
 * none: that is the point of it). They use NEXT_DIST_DIR when set.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { afterAll, describe, expect, it } from 'vitest';
import { builtForExport, missingBuildFiles } from '../../../bin/start.js';
import { freePort } from '../../support/ports';
import { descendants } from '../../support/processes';
import { request as rawRequest } from '../../support/raw-http';

const ROOT = process.cwd();

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.charAt(stat.lastIndexOf(')') + 2);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

const started: ChildProcess[] = [];
afterAll(() => {
  for (const c of started) if (c.pid && alive(c.pid)) for (const p of [...descendants(c.pid), c.pid]) try { process.kill(p, 'SIGKILL'); } catch { /* gone */ }
});

/** `npm start` on a port of its own; resolves once the server answers. */
async function npmStart(port: number): Promise<{ npm: ChildProcess; exited: Promise<number | null>; output: () => string }> {
  const npm = spawn('npm', ['start'], { cwd: ROOT, env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1', DRAIN_MS: '5000' }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(npm);
  let out = '';
  npm.stdout?.on('data', (d) => (out += d));
  npm.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 280_000;
  for (;;) {
    if (npm.exitCode !== null) throw new Error(`npm start exited ${npm.exitCode}:\n${out}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/fr/sense-event-5`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`npm start did not answer:\n${out}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return { npm, exited, output: () => out };
}

describe('npm start and signals', () => {
  it('stops npm, start.js and the Next server within 10 s of a SIGTERM to npm, under load', { timeout: 320_000 }, async () => {
    const port = await freePort();
    const { npm, exited, output } = await npmStart(port);
    const tree = [npm.pid!, ...descendants(npm.pid!)];
    expect(tree.map(commandOf).join('\n')).toMatch(/bin\/start\.js/);
    expect(tree.some((p) => /next/.test(commandOf(p)) && !/start\.js/.test(commandOf(p)))).toBe(true);

    const load = autocannon({ url: `http://127.0.0.1:${port}/?q=0x87D1FDE8`, connections: 20, duration: 20 }, () => {});
    await new Promise((r) => setTimeout(r, 2000));
    const sent = Date.now();
    process.kill(npm.pid!, 'SIGTERM');
    while (tree.some(alive) && Date.now() - sent < 12_000) await new Promise((r) => setTimeout(r, 100));
    const took = Date.now() - sent;
    load.stop();
    expect(tree.filter(alive).map((p) => `${p} ${commandOf(p)}`), output()).toEqual([]);
    expect(took).toBeLessThan(10_000);
    await exited;
    // Nothing listens any more.
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('exits non-zero when the Next server is killed', { timeout: 320_000 }, async () => {
    const port = await freePort();
    const { npm, exited, output } = await npmStart(port);
    const server = descendants(npm.pid!).find((p) => /next/.test(commandOf(p)) && !/start\.js|npm/.test(commandOf(p)));
    expect(server, output()).toBeDefined();
    process.kill(server!, 'SIGKILL');
    const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
    expect(code).not.toBe('timeout');
    expect(code).not.toBe(0);
    expect(output()).toMatch(/the server stopped on its own \(exit 137\)/);
  });
});

/** bin/next-server.js on `port` (the build exists: the npm start tests above made it or found it); resolves once it answers. */
async function nextServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['bin/next-server.js'], { cwd: ROOT, env: { ...process.env, PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(server);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/fr/sense-event-5`)).ok) return server;
    } catch {
      if (i > 600) throw new Error('bin/next-server.js did not answer');
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/** The path of one hashed framework file the entry page loads. */
async function staticChunk(port: number): Promise<string> {
  const html = await (await fetch(`http://127.0.0.1:${port}/fr/sense-event-5`)).text();
  const m = /\/_next\/static\/[^"']+\.js/.exec(html);
  if (!m) throw new Error('no static chunk on the entry page');
  return m[0];
}

describe('the server behind the render queue', () => {
  it('answers 503 with Retry-After and the security headers when the queue is full, 200 to the rest', { timeout: 320_000 }, async () => {
    // The build exists: the npm start tests above made it (or found it) in NEXT_DIST_DIR.
    const port = await freePort();
    const server = spawn(process.execPath, ['bin/next-server.js'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), RENDER_CONCURRENCY: '1', RENDER_QUEUE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(server);
    try {
      for (let i = 0; ; i++) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/fr/sense-event-5`)).ok) break;
        } catch {
          if (i > 600) throw new Error('bin/next-server.js did not answer');
          await new Promise((r) => setTimeout(r, 300));
        }
      }
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => fetch(`http://127.0.0.1:${port}/?q=0x87D1FDE8&n=${i}`)));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
      const busy = answers.filter((a) => a.status === 503);
      expect(busy.length, statuses.join(' ')).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      for (const b of busy) {
        expect(b.headers.get('retry-after')).toBe('1');
        expect(b.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
        expect(b.headers.get('x-frame-options')).toBe('DENY');
      }
    } finally {
      server.kill('SIGTERM');
    }
  });

  it('answers every method and request target itself: 405 with Allow, 400, and the security headers on redirects and on Node\'s own errors', { timeout: 320_000 }, async () => {
    const port = await freePort();
    const server = await nextServer(port, {});
    const expectSafe = (headers: Record<string, string>, what: string) => {
      expect(headers['content-security-policy'], what).toMatch(/script-src 'self'/);
      expect(headers['content-security-policy'], what).not.toMatch(/unsafe-inline/);
      expect(headers['x-frame-options'], what).toBe('DENY');
      expect(headers['x-content-type-options'], what).toBe('nosniff');
      expect(headers['referrer-policy'], what).toBe('same-origin');
    };
    try {
      const staticFile = await staticChunk(port);
      for (const method of ['TRACE', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH']) {
        for (const path of ['/fr/sense-event-5', staticFile, '/sitemap.xml', '/']) {
          const r = await rawRequest(port, `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
          expect(r.status, `${method} ${path}`).toBe(405);
          expect(r.headers.allow, `${method} ${path}`).toBe('GET, HEAD');
          expectSafe(r.headers, `${method} ${path}`);
        }
      }
      for (const target of ['*', 'http://evil.example/en/sense-event-5', 'http://evil.example/en/sense-event-5/', '//evil.example/en/']) {
        const r = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
        expect(r.status, target).toBe(400);
        expect(r.headers.location, target).toBeUndefined();
        expectSafe(r.headers, target);
      }
      // Redirects: the language entry points, the old lookup slugs, a trailing slash.
      for (const path of ['/fr', '/en/recherche', '/fr/search', '/en/sense-event-5/']) {
        const r = await rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
        expect([307, 308], path).toContain(r.status);
        expect(r.headers.location, path).toMatch(/^\/(?!\/)/);
        expectSafe(r.headers, path);
      }
      // Node's own answers: a control character in the path (400), a URL over its header limit (431).
      const control = await rawRequest(port, `GET /fr/\x01x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(control.status).toBe(400);
      expectSafe(control.headers, 'control character');
      const long = await rawRequest(port, `GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(long.status).toBe(431);
      expectSafe(long.headers, 'long URL');
      // GET still works, with the page's own policy (its nonce or hashes) rather than the strict default.
      const page = await rawRequest(port, `GET /fr/sense-event-5 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(page.status).toBe(200);
      expect(page.headers['content-security-policy']).toMatch(/'sha256-/);
    } finally {
      server.kill('SIGTERM');
    }
  });

  it('queues the home page with the other renders: 100 connections on / then on an entry page, no error, no timeout', { timeout: 320_000 }, async () => {
    const port = await freePort();
    const server = await nextServer(port, {});
    try {
      for (const path of ['/', '/en', '/fr/sense-event-5']) {
        const result = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 100, duration: 5, timeout: 10 });
        expect(result.errors, path).toBe(0);
        expect(result.timeouts, path).toBe(0);
        expect(result.non2xx, path).toBe(0);
        expect(result.requests.total, path).toBeGreaterThan(0);
      }
    } finally {
      server.kill('SIGTERM');
    }
  });

  it('refuses a nonsense RENDER_CONCURRENCY with exit 2 and the reason', async () => {
    const child = spawn(process.execPath, ['bin/next-server.js'], { cwd: ROOT, env: { ...process.env, PORT: '1', RENDER_CONCURRENCY: 'lots' } });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(2);
    expect(err).toContain('RENDER_CONCURRENCY must be a whole number ≥ 1 (got "lots")');
  });
});

describe('a damaged build is found before serving', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mde-dist-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A minimal build folder: manifests, one route with its trace, one page naming one client chunk. */
  function fakeBuild(): string {
    const d = join(dir, `dist-${Math.random().toString(36).slice(2)}`);
    for (const f of ['BUILD_ID', 'routes-manifest.json', 'prerender-manifest.json', 'required-server-files.json', 'server/app-paths-manifest.json', 'server/middleware-manifest.json']) {
      mkdirSync(join(d, f, '..'), { recursive: true });
      writeFileSync(join(d, f), f === 'BUILD_ID' ? 'abc' : '{}');
    }
    writeFileSync(join(d, 'build-manifest.json'), JSON.stringify({ rootMainFiles: ['static/chunks/main-1.js'] }));
    mkdirSync(join(d, 'server/app/fr'), { recursive: true });
    mkdirSync(join(d, 'server/chunks/ssr'), { recursive: true });
    mkdirSync(join(d, 'static/chunks'), { recursive: true });
    writeFileSync(join(d, 'server/app/fr/page.js'), '');
    writeFileSync(join(d, 'server/app/fr/page.js.nft.json'), JSON.stringify({ files: ['../../chunks/ssr/route-1.js', '../../../../../node_modules/x.js'] }));
    writeFileSync(join(d, 'server/chunks/ssr/route-1.js'), '');
    writeFileSync(join(d, 'server/app/fr/x.html'), '<script src="/_next/static/chunks/page-2.js" async></script>');
    writeFileSync(join(d, 'static/chunks/main-1.js'), '');
    writeFileSync(join(d, 'static/chunks/page-2.js'), '');
    return d;
  }

  it('finds nothing missing in a whole build', () => {
    expect(missingBuildFiles(fakeBuild())).toEqual([]);
  });

  it('names a missing client chunk, server chunk, route module and manifest', () => {
    const d = fakeBuild();
    rmSync(join(d, 'static/chunks/page-2.js'));
    rmSync(join(d, 'server/chunks/ssr/route-1.js'));
    rmSync(join(d, 'server/app/fr/page.js'));
    rmSync(join(d, 'routes-manifest.json'));
    expect(missingBuildFiles(d)).toEqual(['routes-manifest.json', 'server/app/fr/page.js', 'server/chunks/ssr/route-1.js', 'static/chunks/page-2.js']);
  });

  it('tells a static export\'s build (which `next start` serves with / as a 404) from a server build', () => {
    const server = fakeBuild();
    writeFileSync(join(server, 'required-server-files.json'), JSON.stringify({ config: { output: undefined, distDir: '.next' } }));
    const exported = fakeBuild();
    writeFileSync(join(exported, 'required-server-files.json'), JSON.stringify({ config: { output: 'export', distDir: 'out' } }));
    expect(builtForExport(server)).toBe(false);
    expect(builtForExport(exported)).toBe(true);
    expect(builtForExport(join(dir, 'none'))).toBe(false);
  });

  it('with MDE_NO_REBUILD=1, refuses to serve an export\'s build and prints the command to run', async () => {
    const name = `.next-exported-${process.pid}`;
    const d = join(ROOT, name);
    cpSync(fakeBuild(), d, { recursive: true });
    writeFileSync(join(d, 'required-server-files.json'), JSON.stringify({ config: { output: 'export' } }));
    const later = Date.now() / 1000 + 3600;
    utimesSync(join(d, 'BUILD_ID'), later, later);
    try {
      const child = spawn(process.execPath, ['bin/start.js'], { cwd: ROOT, env: { ...process.env, NEXT_DIST_DIR: name, MDE_NO_REBUILD: '1', PORT: '1' } });
      let out = '';
      child.stderr.on('data', (c) => (out += c));
      const code = await new Promise((r) => child.on('exit', r));
      expect(code).toBe(1);
      expect(out).toContain(`${name}/ holds a static export's build, not a server's. Run: NEXT_DIST_DIR=${name} npm run build`);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('with MDE_NO_REBUILD=1, refuses to serve a damaged build and prints the command to run', async () => {
    const name = `.next-damaged-${process.pid}`;
    const d = join(ROOT, name);
    cpSync(fakeBuild(), d, { recursive: true });
    rmSync(join(d, 'static/chunks/page-2.js'));
    // Newer than every source, so the only reason to refuse is the damage.
    const later = Date.now() / 1000 + 3600;
    utimesSync(join(d, 'BUILD_ID'), later, later);
    try {
      const child = spawn(process.execPath, ['bin/start.js'], { cwd: ROOT, env: { ...process.env, NEXT_DIST_DIR: name, MDE_NO_REBUILD: '1', PORT: '1' } });
      let out = '';
      child.stdout.on('data', (c) => (out += c));
      child.stderr.on('data', (c) => (out += c));
      const code = await new Promise((r) => child.on('exit', r));
      expect(code).toBe(1);
      expect(out).toContain(`the build in ${name}/ is damaged: 1 file missing (static/chunks/page-2.js). Run: NEXT_DIST_DIR=${name} npm run build`);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
