/**
 * The widget as partners really deploy it: the partner's page, the widget's files and the
 * feeds each on its own origin, every one a strict static host (GET/HEAD only, ETag,
 * OPTIONS refused), and the partner page under a strict CSP naming only the widget's and
 * the feeds' origins. A request that needs a preflight, or anything the CSP blocks, shows.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startStaticHost, type StaticHost } from '../../support/static-host.ts';
import { openPage, ROOT } from './widget-harness.ts';

const OUT = join(ROOT, '.output', 'widget');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export interface ThreeOrigins {
  partner: StaticHost;
  widget: StaticHost;
  /** Feeds with `Access-Control-Allow-Origin: *`, as the README asks. */
  feeds: StaticHost;
  /** A feed host that forgot the CORS header. */
  closed: StaticHost;
  /** Registers a partner page with one widget whose attributes are `attrs`; returns its URL. */
  page(path: string, attrs: Record<string, string>): string;
  close(): Promise<void>;
}

const escapeAttr = (v: string) => v.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export async function startThreeOrigins(): Promise<ThreeOrigins> {
  const widget = await startStaticHost();
  const feeds = await startStaticHost();
  const closed = await startStaticHost({ cors: false });
  // Only the widget's origin may run script; only the feed hosts may be fetched from.
  const csp = () =>
    `default-src 'none'; script-src ${widget.origin}; connect-src ${feeds.origin} ${closed.origin}; img-src 'self'; base-uri 'none'; form-action 'none'`;
  const partner = await startStaticHost({ cors: false, headers: (path): Record<string, string> => (path.endsWith('.html') ? { 'content-security-policy': csp() } : {}) });
  // Browsers ask every site for its icon; a partner site has one.
  partner.put('/favicon.ico', { body: Buffer.from('AAABAAEAAQEAAAEAGAAwAAAAFgAAACgAAAABAAAAAgAAAAEAGAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD/AAAAAAA=', 'base64'), contentType: 'image/x-icon' });
  for (const file of files(OUT)) {
    widget.put(`/inclusio/${relative(OUT, file).replaceAll('\\', '/')}`, { body: readFileSync(file), contentType: 'text/javascript; charset=utf-8' });
  }
  return {
    partner,
    widget,
    feeds,
    closed,
    page(path, attrs) {
      const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Partner events</title>
<script type="module" src="${widget.url('/inclusio/inclusio.js')}"></script></head>
<body><main><h1>Our network</h1><h2>Events</h2>
<inclusio-events ${Object.entries(attrs).map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')}></inclusio-events>
</main></body></html>`;
      partner.put(path, { body: html, contentType: 'text/html; charset=utf-8' });
      return partner.url(path);
    },
    async close() {
      await Promise.all([partner.close(), widget.close(), feeds.close(), closed.close()]);
    },
  };
}

/** Opens `url` with the CSP violations of the page collected in `window.__csp`. */
export async function openWatched(browser: Browser, url: string, options: Parameters<typeof openPage>[2] = {}) {
  const opened = await openPage(browser, '', options);
  await opened.page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await opened.page.goto(url);
  return opened;
}

export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
