// A small static server for the demo: the partner page and configurator from public/demo,
// the built widget, the built sample feed and its sources. Pages are sent with a strict
// Content-Security-Policy, to show the widget needs no inline code or styles.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

export const CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
/** The configurator previews whatever feed the editor types, so it may read any http(s) address. */
export const CONFIGURATOR_CSP = CSP.replace("default-src 'self';", "default-src 'self'; connect-src 'self' https: http:;");

/** URL prefix -> folder, first match wins. */
export function demoRoutes(root) {
  return [
    ['/widget/', join(root, '.output', 'widget')],
    ['/feed/', join(root, '.output', 'demo', 'feed')],
    ['/sources/', join(root, '.output', 'demo', 'sources')],
    ['/schema/', join(root, 'public', 'schema')],
    ['/', join(root, 'public', 'demo')],
  ];
}

function resolveFile(routes, pathname) {
  for (const [prefix, dir] of routes) {
    if (!pathname.startsWith(prefix)) continue;
    let rel = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep)) return undefined; // no way out of the folder
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Starts the demo server; resolves with its URL. */
export function startDemoServer({ root, port = 8080, host = '127.0.0.1' }) {
  const routes = demoRoutes(root);
  const server = createServer((req, res) => {
    // As plain static hosting does (GitHub Pages, Netlify, S3, nginx): GET and HEAD only, so a
    // partner trying the demo meets what their own host will do (no preflight answered).
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method not allowed');
      return;
    }
    let pathname;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolveFile(routes, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const stat = statSync(file);
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
    const headers = { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', etag, 'last-modified': stat.mtime.toUTCString() };
    if (type.startsWith('text/html')) headers['content-security-policy'] = pathname === '/configurator.html' ? CONFIGURATOR_CSP : CSP;
    // Feeds are read, and the widget's module scripts fetched, from partners' other origins.
    if (/^\/(feed|sources|widget)\//.test(pathname)) headers['access-control-allow-origin'] = '*';
    // (A reader that kept the feed asks again with its ETag and gets 304, as from a real host.)
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': stat.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${server.address().port}/` }));
  });
}
