// ICS export of 10,000 events (lib/calendar/ics.ts through ical-generator), against the same
// events through JSON.stringify as a reference for "just serialising them". No hard target:
// the line prints the ratio and the throughput. Run: node_modules/.bin/node tests/bench/ics-export.ts
import { eventsToIcs } from '../../lib/calendar/ics.ts';
import type { InclusionEvent, Mode, TopicId } from '../../lib/model/event.ts';

const ZONES = [undefined, 'UTC', 'Europe/Brussels', 'Europe/Kyiv', 'Europe/Madrid', 'Europe/Berlin'];
const MODES: Mode[] = ['in-person', 'online', 'hybrid', 'unknown'];
const TOPICS: TopicId[] = ['labour', 'language', 'housing', 'education-skills', 'social-inclusion'];
const CITIES = ['Bruxelles', 'Liège', 'Kyiv', 'Madrid', 'Berlin', 'Gent'];

function generate(n: number): InclusionEvent[] {
  const events: InclusionEvent[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2026, 0, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
    const allDay = i % 7 === 0;
    const hour = String(8 + (i % 11)).padStart(2, '0');
    const zone = ZONES[i % ZONES.length];
    events.push({
      id: `bench-${i}`,
      title: `Information session ${i}: rights, work and language courses for newcomers`,
      description: `Session ${i} for refugees and migrants. Interpretation available (العربية, українська). `.repeat(4),
      start: allDay ? day : `${day}T${hour}:00`,
      end: allDay ? day : `${day}T${hour}:45`,
      allDay,
      ...(zone && !allDay ? { timeZone: zone } : {}),
      location: { name: `Centre ${i % 50}`, city: CITIES[i % CITIES.length], country: 'BE' },
      mode: MODES[i % MODES.length]!,
      url: `https://partner.example/events/${i}`,
      ...(i % 3 === 0 ? { registrationUrl: `https://forms.example/${i}`, registrationDeadline: day } : {}),
      topics: [TOPICS[i % TOPICS.length]!],
      relevance: { score: 0.8, relevant: true, reasons: [] },
      status: i % 50 === 0 ? 'cancelled' : 'scheduled',
      source: { format: 'json', url: 'https://network.example/feed.json' },
    });
  }
  return events;
}

function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(run: () => unknown, rounds: number): number {
  run(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const N = 10_000;
const events = generate(N);
const now = new Date(Date.UTC(2026, 10, 22));
let size = 0;
const ours = time(() => (size = eventsToIcs(events, { name: 'Bench', now }).length), 5);
const reference = time(() => JSON.stringify(events), 5);
const perSecond = Math.round(N / (ours / 1000));
console.log(
  `ics-export (${N} events): ours ${ours.toFixed(1)} ms, reference ${reference.toFixed(1)} ms, ratio ${(ours / reference).toFixed(1)} (target <= none; JSON.stringify as reference)`,
);
console.log(`ics-export throughput: ${perSecond} events/s, ${(size / 1e6).toFixed(1)} MB of ICS`);
