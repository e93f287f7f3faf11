// Renders the sample sources in public/demo/sources into a folder, with every date token
// ({{date+14}}, {{ics-3}}, {{en+12}}, {{fr+23}}, {{de+18}}, {{rfc822-4}}) replaced by the day
// that many days from today, so the demo always has upcoming and past events.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};
const pad = (n) => String(n).padStart(2, '0');

function format(kind, day) {
  const y = day.getUTCFullYear(), m = day.getUTCMonth(), d = day.getUTCDate();
  switch (kind) {
    case 'date': return `${y}-${pad(m + 1)}-${pad(d)}`;
    case 'ics': return `${y}${pad(m + 1)}${pad(d)}`;
    case 'rfc822': return new Date(Date.UTC(y, m, d, 8, 0)).toUTCString();
    case 'en': return `${d} ${MONTHS.en[m]} ${y}`;
    case 'fr': return `${d === 1 ? '1er' : d} ${MONTHS.fr[m]} ${y}`;
    case 'de': return `${d}. ${MONTHS.de[m]} ${y}`;
    default: throw new Error(`Unknown date token kind '${kind}'`);
  }
}

/** Replaces the date tokens in `text`, counting days from `today` (a Date at UTC midnight). */
export function renderTemplate(text, today) {
  return text.replace(/\{\{(\w+)([+-]\d+)\}\}/g, (_, kind, offset) => {
    const day = new Date(today.getTime() + Number(offset) * 86_400_000);
    return format(kind, day);
  });
}

/** Renders every file of `from` into `to`; ICS files get the CRLF line ends RFC 5545 asks for. */
export function renderDemoSources(from, to, now = new Date()) {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    let text = renderTemplate(readFileSync(join(from, name), 'utf8'), today);
    if (name.endsWith('.ics')) text = text.replace(/\r?\n/g, '\r\n');
    writeFileSync(join(to, name), text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [from = 'public/demo/sources', to = '.output/demo/sources'] = process.argv.slice(2);
  renderDemoSources(from, to);
  console.error(`Rendered demo sources into ${to}`);
}
