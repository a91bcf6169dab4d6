#!/usr/bin/env node
/**
 * `npm start`: builds when there is no production build, when a source file
 * is newer than it, or when the build is damaged (a chunk, a manifest or a
 * traced server file missing), then serves it with bin/next-server.js (Next's
 * own request handler behind a FIFO limit on per-request renders) on PORT
 * (default 3000).
 *
 * Processes: SIGINT and SIGTERM (or the death of the npm process that started
 * us) are forwarded to the build or the server, which gets DRAIN_MS (default
 * 8 s) to finish before it is killed. The exit status is the server's: 0 for a
 * stop that was asked for, non-zero when the server crashed or was killed.
 * MDE_NO_REBUILD=1 reports a missing, stale or damaged build with the command
 * to run instead of building.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const distName = process.env.NEXT_DIST_DIR || '.next';
const distDir = resolve(root, distName);
const SOURCES = ['app', 'components', 'content', 'lib', 'proxy.ts', 'bin/security-headers.js', 'next.config.js', 'package-lock.json', 'postcss.config.mjs'];
const DRAIN_MS = Number(process.env.DRAIN_MS ?? 8000);
const BUILD_COMMAND = distName === '.next' ? 'npm run build' : `NEXT_DIST_DIR=${distName} npm run build`;

function log(message) {
  console.log(`start: ${message}`);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function filesUnder(dir, test) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

/**
 * Files the build refers to but lacks: the manifests `next start` reads, every
 * file of the build folder that a route's trace (.nft.json) lists, and every
 * client chunk that a prerendered page or a client manifest names. An empty
 * list means the build is whole.
 */
export function missingBuildFiles(dir = distDir) {
  const missing = new Set();
  const required = ['BUILD_ID', 'routes-manifest.json', 'prerender-manifest.json', 'required-server-files.json', 'build-manifest.json', 'server/app-paths-manifest.json', 'server/middleware-manifest.json'];
  for (const file of required) if (!existsSync(join(dir, file))) missing.add(file);
  if (missing.has('BUILD_ID')) return [...missing];
  const inside = (path) => !relative(dir, path).startsWith(`..${sep}`) && relative(dir, path) !== '..';
  for (const trace of filesUnder(join(dir, 'server'), (n) => n.endsWith('.nft.json'))) {
    let files = [];
    try {
      files = JSON.parse(readFileSync(trace, 'utf8')).files ?? [];
    } catch {
      missing.add(`${relative(dir, trace)} (unreadable)`);
      continue;
    }
    // The route's own module sits beside its trace.
    const own = trace.replace(/\.nft\.json$/, '');
    if (!existsSync(own)) missing.add(relative(dir, own));
    for (const f of files) {
      const path = resolve(dirname(trace), f);
      if (inside(path) && !existsSync(path)) missing.add(relative(dir, path));
    }
  }
  const referrers = [
    ...filesUnder(join(dir, 'server', 'app'), (n) => n.endsWith('.html') || n.endsWith('_client-reference-manifest.js')),
    join(dir, 'build-manifest.json'),
  ];
  for (const file of referrers) {
    if (!existsSync(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/static\/(?:chunks|css|media)\/[A-Za-z0-9_.~\-/]+?\.(?:js|css|woff2?)/g)) {
      if (!existsSync(join(dir, m[0]))) missing.add(m[0]);
    }
  }
  return [...missing].sort();
}

/** True when the build in the folder was made by `npm run export` (output: 'export'): `next start` cannot serve it. */
export function builtForExport(dir = distDir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'required-server-files.json'), 'utf8')).config?.output === 'export';
  } catch {
    return false;
  }
}

/** Why the build must be (re)made, or undefined when it can be served. */
function buildProblem() {
  if (!existsSync(join(distDir, 'BUILD_ID'))) return 'no production build yet';
  const builtAt = statSync(join(distDir, 'BUILD_ID')).mtimeMs;
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  if (builtAt < sourcesAt) return 'sources changed since the last build';
  if (builtForExport()) return `${distName}/ holds a static export's build, not a server's`;
  const missing = missingBuildFiles();
  if (missing.length) {
    const shown = missing.slice(0, 5).join(', ');
    return `the build in ${distName}/ is damaged: ${missing.length} file${missing.length === 1 ? '' : 's'} missing (${shown}${missing.length > 5 ? ', …' : ''})`;
  }
  return undefined;
}

// ---- the child process (build, then server) and the signals ----

let child;
let stopping;
let drainTimer;

function stop(signal) {
  if (stopping) return;
  stopping = signal;
  if (!child || child.exitCode !== null || child.signalCode !== null) process.exit(0);
  log(`${signal}: stopping (${DRAIN_MS / 1000} s at most)…`);
  child.kill(signal);
  drainTimer = setTimeout(() => {
    log(`still running after ${DRAIN_MS / 1000} s: killing it`);
    child.kill('SIGKILL');
  }, DRAIN_MS);
  drainTimer.unref();
}

function handleSignals() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal === 'SIGHUP' ? 'SIGTERM' : signal));
  // `npm start` runs us through `sh -c`, which dies on SIGTERM without passing it on: when our parent goes, stop too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM');
  }, 500).unref();
}

/** Runs a command as our child; resolves with the exit status we should end with. */
function run(command, args, options) {
  return new Promise((resolveStatus) => {
    child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(`start: cannot run ${command}: ${error.message}`);
      resolveStatus(1);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(drainTimer);
      const requested = stopping ? 128 + (constants.signals[stopping] ?? 15) : undefined;
      if (stopping && (code === 0 || code === requested || signal === stopping)) resolveStatus(0);
      else if (code !== null) resolveStatus(code);
      else resolveStatus(128 + (constants.signals[signal] ?? 9));
    });
  });
}

async function main() {
  handleSignals();
  const problem = buildProblem();
  if (problem) {
    if (process.env.MDE_NO_REBUILD === '1') {
      console.error(`start: ${problem}. Run: ${BUILD_COMMAND}`);
      return 1;
    }
    log(`${problem}, building…`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const status = await run(npm, ['run', 'build'], { env: { ...process.env, NEXT_DIST_DIR: distName } });
    if (stopping) return status;
    if (status !== 0) {
      console.error(`start: the build failed (exit ${status}). Fix the problems above, then run: ${BUILD_COMMAND}`);
      return status;
    }
    const missing = missingBuildFiles();
    if (missing.length) {
      console.error(`start: the new build in ${distName}/ still lacks ${missing.join(', ')}. Remove ${distName}/ and run: ${BUILD_COMMAND}`);
      return 1;
    }
  }
  const port = process.env.PORT ?? '3000';
  const host = process.env.HOSTNAME ?? '127.0.0.1';
  // bin/next-server.js: Next's handler behind a FIFO limit on per-request renders (what `next start` lacks under load).
  const status = await run(process.execPath, [join(root, 'bin', 'next-server.js')], { env: { ...process.env, PORT: port, HOSTNAME: host, NEXT_DIST_DIR: distName } });
  if (!stopping) console.error(`start: the server stopped on its own (exit ${status})`);
  return status;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((status) => process.exit(status));
}
