#!/usr/bin/env node
/**
 * The production server bin/start.js runs: Next's request handler (the same
 * router, proxy.ts, redirects, rewrites and headers as `next start`) behind
 * a FIFO limit on the pages rendered per request (bin/render-queue.js).
 *
 * Every request Next renders (a query string: `?q=` lookups, the router's
 * `?_rsc=` fetches; the home page; any path that is not a prerendered page
 * or a file) takes its turn in the queue, RENDER_CONCURRENCY at a time
 * (default 2); prerendered pages and files, which Next answers from its cache
 * in well under a millisecond, go straight through. Methods other than GET
 * and HEAD get 405 with Allow, request targets that are not a path 400, and
 * every answer, Node's own 400/431 included, the security headers. More than RENDER_QUEUE
 * (default 512) waiting: 503 with Retry-After and the security headers.
 *
 * Environment: PORT (3000), HOSTNAME (127.0.0.1), NEXT_DIST_DIR (.next).
 * SIGTERM or SIGINT: stop listening, answer what runs and waits (closing each
 * connection after it), exit 0; connections still open after STOP_MS (3000) are cut.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRenderQueue } from './render-queue.js';
import { ALLOWED_METHODS, badTarget, prerenderedPaths, rendersPerRequest } from './request-rules.js';
import { BASE_HEADERS, contentSecurityPolicy } from './security-headers.js';

process.env.NODE_ENV = 'production';
process.title = 'next-server (mde-portal)';
const { default: next } = await import('next');

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '127.0.0.1';

function positiveInteger(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`next-server: ${name} must be a whole number ≥ 1 (got "${raw}")`);
    process.exit(2);
  }
  return n;
}

const concurrency = positiveInteger('RENDER_CONCURRENCY', 2);
const stopMs = positiveInteger('STOP_MS', 3000);
const queue = createRenderQueue({ concurrency, capacity: positiveInteger('RENDER_QUEUE', 512) });
const distDir = join(root, process.env.NEXT_DIST_DIR || '.next');

/** The headers every response carries, ours or Next's (a page's own policy replaces the strict default). */
const SAFE_HEADERS = { ...BASE_HEADERS, 'Content-Security-Policy': contentSecurityPolicy() };

/** A short plain-text answer of ours, with every security header. */
function answer(res, status, text, extra = {}) {
  res.writeHead(status, { ...SAFE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
  res.end(`${text}\n`);
}

function busy(res) {
  answer(res, 503, '503 Service Unavailable', { 'Retry-After': '1' });
}

// Next builds the origin it compares proxy.ts's rewrites against from this name (not from where we listen): with
// 127.0.0.1 here, the proxy's rewrite of unknown URLs to the 404 page was taken for an outside URL and proxied back
// to us in a loop. `next start -H 127.0.0.1` does not have this problem; a custom server does.
const app = next({ dev: false, dir: root, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();
// Read after prepare: the build is there and will not change while we serve it.
const prerendered = prerenderedPaths(distDir);

let stopping = false;

const server = createServer((req, res) => {
  // Once stopping, each connection closes after its answer: keep-alive clients cannot hold the server open.
  if (stopping) res.setHeader('Connection', 'close');
  // Before Next: what it would answer with a 500 (TRACE, POST on a file, `*`) or a redirect to another host.
  const bad = badTarget(req.url);
  if (bad) {
    answer(res, 400, `400 Bad Request: ${bad}`);
    return;
  }
  if (!ALLOWED_METHODS.includes(req.method ?? '')) {
    answer(res, 405, '405 Method Not Allowed: this site is read with GET or HEAD', { Allow: ALLOWED_METHODS.join(', ') });
    return;
  }
  // Every answer of Next's (redirects and errors included) starts with the security headers; a page's own CSP
  // and caching, set later by proxy.ts or next.config.js, replace these defaults.
  for (const [key, value] of Object.entries(SAFE_HEADERS)) res.setHeader(key, value);
  const serve = () =>
    new Promise((resolve) => {
      // Next adds its own 'close' listeners (up to 10 on a streamed page): ours is one more, not a leak.
      res.setMaxListeners(res.getMaxListeners() + 1);
      res.once('close', resolve);
      Promise.resolve(handle(req, res)).catch((error) => {
        console.error(`next-server: ${req.method} ${req.url?.slice(0, 200)}: ${error instanceof Error ? error.stack : String(error)}`);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end('Internal Server Error');
        } else res.destroy();
      });
    });
  if (!rendersPerRequest(req.url, prerendered)) {
    serve();
    return;
  }
  queue.push(serve, () => res.destroyed || req.socket.destroyed).then((outcome) => {
    if (outcome === 'refused') busy(res);
  });
});

// Node answers malformed requests itself (a control character in the path: 400; headers or a URL over its limit:
// 431) without reaching the handler above: give those answers the same headers.
server.on('clientError', (error, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const reason = status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
  const body = `${status} ${reason}\n`;
  const head = Object.entries({ ...SAFE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n\r\n${body}`);
});

server.on('error', (error) => {
  console.error(`next-server: ${error.message}`);
  process.exit(1);
});

function stop() {
  if (stopping) return;
  stopping = true;
  // Stop accepting and drop idle keep-alive connections; what runs and waits is answered (then its connection
  // closes), and once nothing is left we go. A client that never lets go is cut after STOP_MS.
  server.close(() => {
    app.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
  const poll = setInterval(() => server.closeIdleConnections(), 100);
  poll.unref();
  setTimeout(() => server.closeAllConnections(), stopMs).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

server.listen(port, hostname, () => {
  console.log(`next-server: ready on http://${hostname}:${port} (pages with a query string rendered ${concurrency} at a time)`);
});
