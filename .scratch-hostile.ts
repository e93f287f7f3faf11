import { parseSource } from './lib/sources/index.ts';
import { parseHtml } from './lib/cli/dom.ts';
const now = new Date('2026-11-22T08:00:00Z');
const cases: Record<string, () => string> = {
  'rss 33k unclosed a': () => `<rss><channel><item><title>x</title><description>${'<a '.repeat(33000)}</description></item></channel></rss>`,
  'rss escaped 33k unclosed a': () => `<rss><channel><item><title>x</title><description>${'&lt;a '.repeat(33000)}</description></item></channel></rss>`,
  'jsonld 20k blocks': () => '<html><body>' + '<script type="application/ld+json">{"@type":"Event","name":"x","startDate":"2027-01-01"}</script>'.repeat(20000) + '</body></html>',
  'nested divs 90k': () => '<html><body>' + '<div>'.repeat(90000) + 'Atelier le 12 mai' + '</div>'.repeat(90000) + '</body></html>',
  'nested divs 90k unclosed': () => '<html><body>' + '<div>'.repeat(90000) + 'x',
  'jsonld name 100k deep': () => '{"@context":"https://schema.org","@type":"Event","startDate":"2027-01-01","name":' + '{"name":'.repeat(100000) + '"x"' + '}'.repeat(100000) + '}',
  'jsonld 100k events': () => JSON.stringify({ '@context': 'https://schema.org', '@graph': Array.from({ length: 100000 }, (_, i) => ({ '@type': 'Event', name: `E${i}`, startDate: '2027-01-01' })) }),
};
for (const [name, make] of Object.entries(cases)) {
  const text = make();
  for (const dom of [false, true]) {
    const t = performance.now();
    try {
      const r = await parseSource(text, { now, ...(dom ? { parseHtml } : {}) });
      console.log(name, dom ? 'dom' : 'nodom', (text.length / 1024).toFixed(0), 'KB', (performance.now() - t).toFixed(0), 'ms', r.format, r.events.length, r.warnings.slice(0, 2));
    } catch (e) {
      console.log(name, dom ? 'dom' : 'nodom', (performance.now() - t).toFixed(0), 'ms ERROR', String(e).slice(0, 200));
    }
  }
}
