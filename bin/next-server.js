#!/usr/bin/env node
/**
 * The production server bin/start.js runs: Next's request handler (the same
 * router, proxy.ts, redirects, rewrites and headers as `next start`) behind
 * a FIFO limit on the pages rendered per request (bin/render-queue.js).
 *
 * Requests with a query string (`?q=` lookups, the router's `?_rsc=`
 * fetches) take their turn in the queue, RENDER_CONCURRENCY at a time
 * (default 2); prerendered pages and files, which Next answers from its cache
 * in well under a millisecond, go straight through. More than RENDER_QUEUE
 * (default 512) waiting: 503 with Retry-After and the security headers.
 *
 * Environment: PORT (3000), HOSTNAME (127.0.0.1), NEXT_DIST_DIR (.next).
 * SIGTERM or SIGINT: stop listening, answer what runs and waits (closing each
 * connection after it), exit 0; connections still open after STOP_MS (3000) are cut.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createRenderQueue } from './render-queue.js';
import { rendersPerRequest } from './request-rules.js';
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

function busy(res) {
  res.writeHead(503, {
    ...BASE_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Retry-After': '1',
  });
  res.end('503 Service Unavailable\n');
}

// Next builds the origin it compares proxy.ts's rewrites against from this name (not from where we listen): with
// 127.0.0.1 here, the proxy's rewrite of unknown URLs to the 404 page was taken for an outside URL and proxied back
// to us in a loop. `next start -H 127.0.0.1` does not have this problem; a custom server does.
const app = next({ dev: false, dir: root, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

let stopping = false;

const server = createServer((req, res) => {
  // Once stopping, each connection closes after its answer: keep-alive clients cannot hold the server open.
  if (stopping) res.setHeader('Connection', 'close');
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
  if (!rendersPerRequest(req.url)) {
    serve();
    return;
  }
  queue.push(serve, () => res.destroyed || req.socket.destroyed).then((outcome) => {
    if (outcome === 'refused') busy(res);
  });
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
