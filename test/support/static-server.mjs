/**
 * A tiny static file server for the built site, used by the browser tests.
 * Serves `dir` under `base` (e.g. "/" or "/grey-zone/"), answers unknown paths with 404.html, loopback only.
 * Like Netlify and Cloudflare Pages, it sends the response headers that `dir`/_headers names for each path.
 * With `gzip: true` it compresses text responses as a real host does (for `npm run bench`'s Lighthouse runs).
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

export function startStaticServer({ dir, base = '/', port = 0, gzip = false }) {
  const root = path.resolve(dir);
  const headerRules = fs.existsSync(path.join(root, '_headers')) ? parseHeadersFile(path.join(root, '_headers')) : [];
  const hostHeaders = (pathname) => Object.fromEntries([...headersFor(headerRules, pathname)].map(([k, v]) => [k, v.join(', ')]));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(base) && `${rel}/` !== base) {
      res.writeHead(404).end('outside base');
      return;
    }
    rel = rel.slice(base.length - 1) || '/';
    let file = path.join(root, rel);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!rel.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    let status = 200;
    if (!fs.existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const compress = gzip && /text|json|xml|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, { ...hostHeaders(url.pathname), 'content-type': type, ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
    if (compress) fs.createReadStream(file).pipe(zlib.createGzip()).pipe(res);
    else fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}${base}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
