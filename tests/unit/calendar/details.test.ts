import { describe, expect, it } from 'vitest';
import { calendarDescription, locationText, practicalLines } from '../../../lib/calendar/details.ts';
import { loadMessages, LOCALES } from '../../../lib/i18n/index.ts';
import type { InclusionEvent } from '../../../lib/model/event.ts';

const base: InclusionEvent = {
  id: 'x', title: 'Webinar for refugee-led organisations', start: '2027-02-16T15:00', allDay: false, timeZone: 'Europe/Brussels',
  mode: 'online', onlineUrl: 'https://meet.example/vpo', registrationUrl: 'https://forms.example/reg', registrationDeadline: '2027-02-10',
  organizer: { name: 'Welcome Network' }, location: { country: 'BE' }, topics: [], relevance: { score: 1, relevant: true, reasons: [] },
  status: 'scheduled', source: { format: 'json' },
};

describe('calendar details in the reader language', () => {
  it.each([
    ['en', ['Online: https://meet.example/vpo', 'Registration: https://forms.example/reg', 'Registration deadline: 2027-02-10', 'Organiser: Welcome Network']],
    ['fr', ['En ligne\u00a0: https://meet.example/vpo', 'Inscription\u00a0: https://forms.example/reg', 'Date limite d’inscription\u00a0: 2027-02-10', 'Organisé par\u00a0: Welcome Network']],
    ['de', ['Online: https://meet.example/vpo', 'Anmeldung: https://forms.example/reg', 'Anmeldeschluss: 2027-02-10', 'Veranstalter: Welcome Network']],
    ['ar', ['عبر الإنترنت: https://meet.example/vpo', 'التسجيل: https://forms.example/reg', 'آخر موعد للتسجيل: 2027-02-10', 'الجهة المنظمة: Welcome Network']],
  ] as const)('%s labels', async (locale, lines) => {
    expect(practicalLines(base, { messages: await loadMessages(locale) })).toEqual(lines);
  });

  it('every locale labels every line and keeps the value', async () => {
    for (const locale of LOCALES) {
      const messages = await loadMessages(locale);
      const text = calendarDescription({ ...base, status: 'cancelled', url: 'https://net.example/e' }, { url: true, messages });
      expect(text.split('\n')).toHaveLength(6);
      expect(text).not.toMatch(/[{}]/);
      for (const value of ['https://meet.example/vpo', 'https://forms.example/reg', '2027-02-10', 'Welcome Network', 'https://net.example/e']) expect(text, locale).toContain(value);
    }
  });

  it.each([
    ['online with a link: "Online" and the link, never the organiser country', base, 'Online: https://meet.example/vpo'],
    ['online without a link', { ...base, onlineUrl: undefined }, 'Online'],
    ['online with an unsafe link', { ...base, onlineUrl: 'javascript:alert(1)' }, 'Online'],
    ['hybrid keeps its place', { ...base, mode: 'hybrid' as const, location: { name: 'ICC', city: 'Gent', country: 'BE' } }, 'ICC, Gent, BE'],
    ['in person', { ...base, mode: 'in-person' as const, location: { name: 'Gent', city: 'gent', country: 'BE' } }, 'Gent, BE'],
  ])('location: %s', (_label, event, text) => expect(locationText(event)).toBe(text));

  it('the online place speaks the reader language', async () => {
    expect(locationText({ ...base, onlineUrl: undefined }, await loadMessages('es'))).toBe('En línea');
    expect(locationText(base, await loadMessages('uk'))).toBe('Онлайн: https://meet.example/vpo');
  });
});
