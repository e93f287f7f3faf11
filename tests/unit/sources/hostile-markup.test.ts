/**
 * Hostile markup and JSON-LD, generated here (never committed as large files): each input ends
 * within 2 s of CPU and 400 MB with a result or a typed error, through the CLI's reader (linkedom DOM) and
 * the DOM-less one (extension background, widget without DOMParser). Then fast-check: no markup
 * reader is superlinear on generated adversarial strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../lib/cli/dom.ts';
import { InclusioError } from '../../../lib/model/errors.ts';
import { detectFormat } from '../../../lib/sources/detect.ts';
import { htmlToText } from '../../../lib/sources/html-text.ts';
import { parseSource, type ParsedSource } from '../../../lib/sources/index.ts';
import { jsonLdBlocks } from '../../../lib/sources/jsonld.ts';
import { prepareForDom } from '../../../lib/sources/nesting.ts';
import { parseXml } from '../../../lib/sources/xml.ts';

const now = new Date('2026-11-22T08:00:00Z');
const rss = (description: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>Post</title><link>https://x.example/p</link><description>${description}</description></item></channel></rss>`;
const page = (body: string) => `<!doctype html><html lang="en"><head><title>Page</title></head><body>${body}</body></html>`;
const ldEvent = (i: number) => `{"@context":"https://schema.org","@type":"Event","name":"Workshop ${i % 7}","startDate":"2027-02-0${1 + (i % 9)}T10:00"}`;
const deepName = (depth: number) => `{"@context":"https://schema.org","@type":"Event","startDate":"2027-01-01","name":${'{"name":'.repeat(depth)}"x"${'}'.repeat(depth)}}`;

interface Case {
  label: string;
  make: () => string;
  /** What the reader must give (besides ending in time). */
  check?: (parsed: ParsedSource) => void;
}

const cases: Case[] = [
  { label: 'RSS description of 33,000 unclosed <a (99 KB)', make: () => rss('<a '.repeat(33_000)) },
  { label: 'RSS description of 330,000 unclosed <a (1 MB)', make: () => rss('<a '.repeat(330_000)) },
  { label: 'RSS description of 33,000 escaped unclosed <a', make: () => rss('&lt;a '.repeat(33_000)) },
  { label: 'RSS CDATA description of 100,000 <script type=ld+json openings', make: () => rss(`<![CDATA[${'<script type="application/ld+json">{'.repeat(25_000)}]]>`) },
  { label: 'RSS nesting 50,000 items deep', make: () => `<rss><channel>${'<item><title>x</title>'.repeat(50_000)}</channel></rss>`, check: (p) => expect(p.warnings.join(' ')).toMatch(/deeper than 64/) },
  { label: 'RSS with an unclosed CDATA of 1 MB', make: () => rss(`<![CDATA[${'x <p> '.repeat(170_000)}`) },
  { label: 'RSS item count of 20,000', make: () => `<rss><channel>${'<item><title>Webinar</title><description>On 3 May 2027</description></item>'.repeat(20_000)}</channel></rss>`, check: (p) => expect(p.warnings.join(' ')).toMatch(/only the first 500/) },
  {
    label: '20,000 JSON-LD script blocks (about 1.9 MB)',
    make: () => page(Array.from({ length: 20_000 }, (_, i) => `<script type="application/ld+json">${ldEvent(i)}</script>`).join('')),
    check: (p) => {
      expect(p.events).toHaveLength(5_000);
      expect(p.warnings.join(' ')).toMatch(/only the first 5000/);
    },
  },
  { label: '90,000 nested divs (990 KB)', make: () => page(`${'<div>'.repeat(90_000)}Atelier le 12 mai 2027 à 14h00${'</div>'.repeat(90_000)}`) },
  { label: '90,000 unclosed nested divs inside a microdata item', make: () => page(`<div itemscope itemtype="https://schema.org/Event"><span itemprop="name">Atelier</span>${'<div>'.repeat(90_000)}<time itemprop="startDate" datetime="2027-01-01">x</time>`) },
  { label: '100,000 nested svg (foreign content)', make: () => page('<svg>'.repeat(100_000)) },
  { label: '256 divs then 100,000 stray closing tags', make: () => page(`${'<div>'.repeat(300)}${'</span>'.repeat(100_000)}`) },
  { label: '100,000 unclosed paragraphs and list items', make: () => page('<p>Atelier <li>mai '.repeat(100_000)) },
  { label: '200,000 unclosed comments', make: () => page('<!--'.repeat(200_000)) },
  { label: 'an attribute value of 1 MB without its closing quote', make: () => page(`<a href="${'x'.repeat(1_000_000)}`) },
  { label: '1 MB of character references', make: () => page('&amp;&#233;&#x1F600;&eacute;&notanentity'.repeat(25_000)) },
  { label: '1 MB of < and no >', make: () => page('<'.repeat(1_000_000)) },
  {
    label: 'JSON-LD name nested 100,000 deep',
    make: () => deepName(100_000),
    check: (p) => {
      expect(p.events).toHaveLength(1);
      expect(p.warnings.join(' ')).toMatch(/nested deeper than 32/);
    },
  },
  { label: 'the same inside a page', make: () => page(`<script type="application/ld+json">${deepName(100_000)}</script>`), check: (p) => expect(p.warnings.join(' ')).toMatch(/nested deeper than 32/) },
  {
    label: '100,000 JSON-LD events in one graph',
    make: () => `{"@context":"https://schema.org","@graph":[${Array.from({ length: 100_000 }, (_, i) => ldEvent(i)).join(',')}]}`,
    check: (p) => {
      expect(p.events).toHaveLength(5_000);
      expect(p.warnings.join(' ')).toMatch(/only the first 5000/);
    },
  },
  {
    label: 'a TEC page of 100,000 events',
    make: () => `{"events":[${Array.from({ length: 100_000 }, (_, i) => `{"id":${i},"title":"Session","all_day":true,"start_date":"2027-01-0${1 + (i % 9)} 00:00:00","end_date":"2027-01-0${1 + (i % 9)} 23:59:59"}`).join(',')}],"rest_url":"https:\\/\\/x.example\\/wp-json\\/tribe\\/events\\/v1\\/events"}`,
    check: (p) => {
      expect(p.events).toHaveLength(5_000);
      expect(p.warnings.join(' ')).toMatch(/only the first 5000/);
    },
  },
];

/** CPU milliseconds (user + system) of an async call. */
async function cpu<T>(run: () => Promise<T>): Promise<{ ms: number; value: T | InclusioError }> {
  const start = process.cpuUsage();
  let value: T | InclusioError;
  try {
    value = await run();
  } catch (error) {
    // A hostile input may be refused, but only with one of our typed errors.
    if (!(error instanceof InclusioError)) throw error;
    value = error;
  }
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}

describe('hostile markup ends in time with a result or a typed error', () => {
  it.each(cases.flatMap((c) => [[`${c.label}, CLI reader`, c, true] as const, [`${c.label}, reader without a DOM`, c, false] as const]))('%s', async (_label, c, withDom) => {
    const text = c.make();
    const heap = process.memoryUsage().heapUsed;
    const { ms, value } = await cpu(() => parseSource(text, { now, sourceUrl: 'https://hostile.example/source', ...(withDom ? { parseHtml } : {}) }));
    expect(ms).toBeLessThan(2_000);
    // What the read left in memory (its result and garbage not yet collected) stays far below 400 MB.
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(400 * 2 ** 20);
    if (!(value instanceof InclusioError)) c.check?.(value);
  }, 20_000);

  it('reads the 99 KB RSS of unclosed <a well under a second', async () => {
    const text = rss('<a '.repeat(33_000));
    await parseSource(text, { now }); // warm-up: loads the readers
    const { ms } = await cpu(() => parseSource(text, { now }));
    expect(ms).toBeLessThan(300);
  });
});

// ---- Linearity: time at 2n at most 3 times time at n, for generated adversarial strings ----

/**
 * Fastest of `runs` timed calls of each, interleaved after a warm-up. Other work on the machine
 * and GC only ever add time, so the fastest run is the steadiest measure of the cost itself.
 */
function fastest(small: () => unknown, large: () => unknown, runs = 7): [number, number] {
  small();
  large();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    small();
    a.push(performance.now() - t);
    t = performance.now();
    large();
    b.push(performance.now() - t);
  }
  return [Math.min(...a), Math.min(...b)];
}

/**
 * True when `read` over `unit` repeated to 2n characters costs at most 3x what n costs (plus
 * 3 ms of timer and GC noise). A quadratic reader costs 4x at every try; a linear one that
 * hit a noisy moment on a shared machine passes on one of the retries. A linear reader whose
 * cost steps up once between n and 2n (the garbage collector's young generation filling up:
 * 2.7x in CPU time for many one-line texts) passes at the next doubling, 2n to 4n, where a
 * quadratic one costs 4x again.
 */
function linear(read: (text: string) => unknown, unit: string, n: number): boolean {
  const make = (size: number) => unit.repeat(Math.ceil(size / unit.length));
  const doubles = (small: string, large: string) => {
    const [a, b] = fastest(() => read(small), () => read(large));
    return b <= 3 * a + 3;
  };
  const [small, large] = [make(n), make(2 * n)];
  for (let attempt = 0; attempt < 3; attempt++) if (doubles(small, large)) return true;
  return doubles(large, make(4 * n));
}

const PIECES = ['<a ', '<div>', '</div>', '</span>', '<p>', '<li>', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE ', '<?xml ', '&#', '&amp', '&lt;a ',
  '"', "'", '=', ' ', '\t', 'x', '<script type="application/ld+json">', '</script>', '<svg>', '<item>', '<rss>', '<', '>', '/'];
const unit = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

const READERS: Array<[string, (text: string) => unknown]> = [
  ['htmlToText', htmlToText],
  ['parseXml', parseXml],
  ['jsonLdBlocks', jsonLdBlocks],
  ['prepareForDom', (t) => prepareForDom(t)],
  ['detectFormat', (t) => detectFormat(t, 'text/html', 'https://x.example/a.xml')],
];

describe('markup readers are linear on adversarial strings', () => {
  it.each(READERS)('%s: time at 2n <= 3x time at n', (_name, read) => {
    fc.assert(fc.property(unit, (u) => linear(read, u, 100_000)), { numRuns: 12 });
  }, 120_000);
});

describe('the linearity check', () => {
  it('fails a reader that rescans its input (quadratic)', () => {
    // Rescans every 1,000 characters: tens of ms at n, four times that at 2n, so a busy moment on
    // a slow machine cannot make the quadratic reader look linear (at every 2,000 it once did).
    const rescanning = (text: string) => {
      let found = 0;
      for (let i = 0; i < text.length; i += 1_000) found += text.slice(0, i).split('<').length;
      return found;
    };
    expect(linear(rescanning, '<a ', 100_000)).toBe(false);
  }, 60_000);
});
