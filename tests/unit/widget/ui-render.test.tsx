/**
 * The UI components render from props alone (no custom element, no shadow root), as the
 * extension popup uses them: rendered here into a linkedom document.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishMessages, loadMessages } from '../../../lib/i18n/index.ts';
import type { Ui } from '../../../widget/ui/context.ts';
import { EventDetail } from '../../../widget/ui/EventDetail.tsx';
import { EventList } from '../../../widget/ui/EventList.tsx';
import { StatusBar } from '../../../widget/ui/StatusBar.tsx';
import { hostileEvents, makeEvents } from '../../e2e/support/widget-fixtures.ts';

const saved: Record<string, unknown> = {};
let doc: Document;

beforeAll(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  doc = document as unknown as Document;
  for (const key of ['document', 'window', 'Node', 'Element', 'HTMLElement', 'Event']) {
    saved[key] = (globalThis as Record<string, unknown>)[key];
    (globalThis as Record<string, unknown>)[key] = (window as unknown as Record<string, unknown>)[key] ?? window;
  }
});
afterAll(() => {
  for (const [key, value] of Object.entries(saved)) (globalThis as Record<string, unknown>)[key] = value;
});

const ui: Ui = { messages: englishMessages, locale: 'en-GB', viewerZone: 'Europe/Brussels' };
const noop = () => undefined;
const root = () => doc.getElementById('root') as unknown as HTMLElement;

describe('UI components from props', () => {
  it('EventList: day headings, titles, times and a show-more button', () => {
    const events = makeEvents(4, '2026-11-23', 2);
    render(<EventList ui={ui} days={[{ day: '2026-11-23', events: events.slice(0, 2) }, { day: '2026-11-24', events: events.slice(2) }]} more={3} today="2026-11-23" onShowMore={noop} onOpen={noop} onDownload={noop} />, root());
    const r = root();
    expect([...r.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Today · Monday, 23 November 2026', 'Tuesday, 24 November 2026']);
    expect([...r.querySelectorAll('.event-title')].map((h) => h.textContent)).toEqual(events.map((e) => e.title));
    expect(r.querySelector('.event .start')?.textContent).toBe('8:00');
    expect(r.querySelector('button.more')?.textContent).toBe('Show more');
    render(null, root());
  });

  it('EventDetail: feed text stays text and only http(s) links become links', () => {
    const [event] = hostileEvents('2026-11-24');
    render(<EventDetail ui={ui} event={{ ...event!, url: 'https://ok.example.org/page' }} onBack={noop} onDownload={noop} />, root());
    const r = root();
    expect(r.querySelector('h3')?.textContent).toContain('<img src=x onerror=');
    expect(r.querySelectorAll('img, script, svg:not(.icon)').length).toBe(0);
    const hrefs = [...r.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => h!.startsWith('https://'))).toBe(true);
    expect(hrefs).toContain('https://ok.example.org/page');
    render(null, root());
  });

  it('EventDetail: says why an event is listed only when it was judged relevant', () => {
    const [event] = makeEvents(1, '2026-11-24');
    render(<EventDetail ui={ui} event={event!} onBack={noop} onDownload={noop} />, root());
    expect(root().querySelector('.why')?.textContent).toContain('Why it is listed');
    render(<EventDetail ui={ui} event={{ ...event!, relevance: { score: 0.1, relevant: false, reasons: ['no mention of newcomers'] } }} onBack={noop} onDownload={noop} />, root());
    expect(root().querySelector('.why')).toBeNull();
    render(null, root());
  });

  it('StatusBar: a failing feed explains itself in the viewer\'s language', async () => {
    const fr = await loadMessages('fr');
    render(<StatusBar ui={{ ...ui, messages: fr, locale: 'fr' }} status="stale" updated="2026-11-21T09:30:00.000Z" onRetry={noop} />, root());
    const r = root();
    expect(r.textContent).toContain('Impossible d’actualiser les événements.');
    expect(r.textContent).toContain('Mis à jour 21 nov. 2026');
    expect(r.querySelector('button')?.textContent).toBe('Réessayer');
    render(null, root());
  });
});
