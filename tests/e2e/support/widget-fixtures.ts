/**
 * Realistic events for the widget's tests and benchmark: a network of migrant-inclusion
 * partners across Europe, in several zones, formats and statuses. Written for these tests.
 */
import type { InclusionEvent, Mode, TopicId } from '../../../lib/model/event.ts';
import type { FeedV1 } from '../../../lib/model/feed.ts';

interface Seed {
  title: string;
  topics: TopicId[];
  mode: Mode;
  city?: string;
  country?: string;
  venue?: string;
  zone: string;
  languages?: string[];
  organizer: string;
  description: string;
}

const SEEDS: Seed[] = [
  { title: 'Job fair for newcomers with refugee status', topics: ['labour'], mode: 'in-person', city: 'Brussels', country: 'BE', venue: 'Tour & Taxis', zone: 'Europe/Brussels', languages: ['fr', 'nl', 'en'], organizer: 'Brussels Welcome Network', description: 'Meet forty employers hiring in logistics, care and hospitality.\n\nBring a CV if you have one; volunteers help on the spot. Details: https://welcome.example.org/jobfair' },
  { title: 'Recognition of foreign diplomas: online information session', topics: ['education-skills', 'labour'], mode: 'online', zone: 'Europe/Berlin', languages: ['de', 'ar', 'uk'], organizer: 'Anerkennung Plus', description: 'How to get a degree from abroad recognised, step by step, with interpreters in Arabic and Ukrainian.' },
  { title: 'Conversation café: practise Italian', topics: ['language', 'social-inclusion'], mode: 'in-person', city: 'Bologna', country: 'IT', venue: 'Biblioteca Salaborsa', zone: 'Europe/Rome', languages: ['it'], organizer: 'Rete Accoglienza Emilia', description: 'An informal hour of conversation with volunteers. All levels welcome.' },
  { title: 'Webinar: anti-discrimination law for practitioners', topics: ['rights-anti-discrimination', 'capacity-building'], mode: 'online', zone: 'Europe/Madrid', languages: ['es', 'en'], organizer: 'Red Derechos Migrantes', description: 'Case studies from labour courts and what counsellors can do when clients face discrimination.' },
  { title: 'Housing rights clinic', topics: ['housing', 'rights-anti-discrimination'], mode: 'hybrid', city: 'Lyon', country: 'FR', venue: 'Maison des associations', zone: 'Europe/Paris', languages: ['fr', 'ar'], organizer: 'Collectif Logement Lyon', description: 'Free legal advice on tenancy, deposits and discrimination by landlords.' },
  { title: 'AMIF funding call: partner matchmaking', topics: ['policy-funding', 'capacity-building'], mode: 'online', zone: 'Europe/Brussels', languages: ['en'], organizer: 'European Integration Network', description: 'Find partners for the next call for proposals and ask the programme officers your questions.' },
  { title: 'Mental health first aid for refugee support workers', topics: ['health', 'capacity-building'], mode: 'in-person', city: 'Vienna', country: 'AT', venue: 'Volkshochschule Ottakring', zone: 'Europe/Vienna', languages: ['de'], organizer: 'Netzwerk Ankommen', description: 'A one-day training on recognising trauma and referring people to care.' },
  { title: 'Town hall: newcomers in local decision-making', topics: ['civic-participation'], mode: 'hybrid', city: 'Lisbon', country: 'PT', venue: 'Câmara Municipal', zone: 'Europe/Lisbon', languages: ['pt', 'en'], organizer: 'Lisboa Acolhe', description: 'Residents with a migrant background present proposals to the city council.' },
];

const pad = (n: number) => String(n).padStart(2, '0');

function day(base: string, offset: number): string {
  const d = new Date(`${base}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `count` events from `from` (YYYY-MM-DD), `perDay` a day, cycling through the seeds. */
export function makeEvents(count: number, from = '2026-11-23', perDay = 3): InclusionEvent[] {
  const out: InclusionEvent[] = [];
  for (let i = 0; i < count; i++) {
    const seed = SEEDS[i % SEEDS.length]!;
    const d = day(from, Math.floor(i / perDay));
    const hour = 8 + ((i % perDay) * 10) / perDay | 0;
    const allDay = i % 11 === 5;
    const e: InclusionEvent = {
      id: `ev-${i}`,
      title: count > SEEDS.length ? `${seed.title} #${i + 1}` : seed.title,
      description: seed.description,
      start: allDay ? d : `${d}T${pad(hour)}:00`,
      end: allDay ? d : `${d}T${pad(hour + 2)}:00`,
      allDay,
      timeZone: seed.zone,
      mode: seed.mode,
      topics: seed.topics,
      relevance: { score: 0.8, relevant: true, reasons: [`mentions '${seed.topics[0]}'`] },
      status: i % 17 === 3 ? 'cancelled' : 'scheduled',
      source: { format: 'json', name: seed.organizer },
      organizer: { name: seed.organizer, url: 'https://network.example.org/' },
      url: `https://network.example.org/events/${i}`,
    };
    if (allDay) delete e.timeZone;
    if (seed.city) e.location = { name: seed.venue, city: seed.city, country: seed.country };
    if (seed.mode !== 'in-person') e.onlineUrl = `https://meet.example.org/room-${i}`;
    if (i % 4 === 0) {
      e.registrationUrl = `https://network.example.org/register/${i}`;
      e.registrationDeadline = day(d, -3);
    }
    if (seed.languages) e.languages = seed.languages;
    out.push(e);
  }
  return out;
}

/** A feed v1 document around `events`. */
export function makeFeed(events: InclusionEvent[], icsUrl?: string): FeedV1 {
  const feed: FeedV1 = { version: 1, title: 'Inclusion events', updated: '2026-11-22T06:00:00.000Z', events };
  if (icsUrl) feed.icsUrl = icsUrl;
  return feed;
}

/** Strings that would run script if any of them reached innerHTML or a link unescaped. */
export const XSS = {
  img: '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  svg: '<svg onload="window.__xss=(window.__xss||0)+1"></svg>',
  script: '<script>window.__xss=(window.__xss||0)+1</script>',
  js: 'javascript:window.__xss=(window.__xss||0)+1',
};

/** Events whose every text field carries an XSS payload. */
export function hostileEvents(from = '2026-11-24'): InclusionEvent[] {
  return makeEvents(3, from, 1).map((e, i) => ({
    ...e,
    title: `Workshop ${XSS.img} ${i}`,
    description: `Read this ${XSS.svg} and ${XSS.script} then visit ${XSS.js} or https://ok.example.org/?q=<b>x</b>`,
    location: { name: XSS.img, city: `${XSS.svg}City`, country: 'BE' },
    url: XSS.js,
    onlineUrl: 'javascript:alert(1)',
    registrationUrl: 'data:text/html,<script>alert(1)</script>',
    organizer: { name: `${XSS.script}Org`, url: XSS.js },
    relevance: { score: 1, relevant: true, reasons: [XSS.img] },
  }));
}

/**
 * The instant every widget browser test runs at: the page's clock is installed at it before
 * navigation (Playwright's clock), and feeds are dated from it, so a test passes whatever the
 * machine's clock says (23:40 on New Year's Eve, a DST night). A Thursday, 10:00 in Brussels, early enough in the month for the month-grid test's week of arrow keys.
 */
export const TEST_NOW = new Date('2026-11-12T09:00:00Z');

/** The day of `now` (default TEST_NOW) as 'YYYY-MM-DD' in `zone`. */
export function todayIn(zone = 'Europe/Brussels', now: Date = TEST_NOW): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** 'YYYY-MM-DD' `days` after `from`. */
export function dayAfter(from: string, days: number): string {
  return day(from, days);
}
