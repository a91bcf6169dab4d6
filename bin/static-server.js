#!/usr/bin/env node
/**
 * A plain static file server for the export, as nginx or IIS would serve it
 * with deploy/'s configs: clean URLs (/fr/x → fr/x.html), 404.html for
 * anything else, the redirects and headers the README lists. Used by the
 * Playwright "export" project; handy to try an export locally.
 *
 * Usage: node bin/static-server.js [dir=out] [--port 3401] [--base /mde]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REDIRECTS, exportHeaders } from './export.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function startStaticServer({ dir, port = 0, host = '127.0.0.1', base = '' }) {
  const rootDir = resolve(dir);
  const headers = exportHeaders();
  const isFile = (p) => existsSync(p) && statSync(p).isFile();
  const server = createServer((req, res) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const send = (status, file) => {
      res.statusCode = status;
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', file.includes(`${sep}_next${sep}static${sep}`) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    };
    const text = (status, body) => {
      res.statusCode = status;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return text(405, 'Method not allowed\n');
    }
    const url = new URL(req.url ?? '/', 'http://x');
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return text(400, 'Bad request\n');
    }
    if (base) {
      if (path === base) return res.writeHead(308, { Location: `${base}/${url.search}` }).end();
      if (!path.startsWith(`${base}/`)) return send(404, join(rootDir, '404.html'));
      path = path.slice(base.length);
    }
    const redirect = REDIRECTS.find((r) => r.from === path.replace(/\/$/, '') && path !== '/');
    if (redirect) return res.writeHead(307, { Location: `${base}${redirect.to}${url.search}` }).end();
    const full = normalize(join(rootDir, path));
    if (full !== rootDir && !full.startsWith(rootDir + sep)) return text(400, 'Bad request\n');
    for (const candidate of [full, `${full.replace(/\/$/, '')}.html`, join(full, 'index.html')]) {
      if (isFile(candidate)) return send(200, candidate);
    }
    return send(404, join(rootDir, '404.html'));
  });
  return new Promise((resolveServer) => server.listen(port, host, () => resolveServer(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const port = Number(opt('--port', process.env.PORT ?? 3401));
  const base = (opt('--base', process.env.EXPORT_BASE_PATH ?? '') ?? '').replace(/\/+$/, '');
  const dir = args[0] ?? 'out';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`static-server: ${dir}/index.html missing. Run: npm run export`);
    process.exit(1);
  }
  startStaticServer({ dir, port, base }).then(() => console.log(`static-server: ${dir}/ on http://127.0.0.1:${port}${base}/`));
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => process.exit(0));
}
