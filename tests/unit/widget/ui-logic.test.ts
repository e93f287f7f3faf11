import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../../widget/download.ts';
import { linkify } from '../../../widget/ui/linkify.ts';
import { safeHref } from '../../../widget/ui/safe-url.ts';
import { nextDay, shiftMonth, weekStart } from '../../../widget/ui/MonthGrid.tsx';

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/x  ', 'https://example.org/x'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox', undefined],
    ['/relative/path', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s', (input, expected) => expect(safeHref(input)).toBe(expected));
});

describe('linkify', () => {
  it('links only http(s) addresses and keeps the rest as text', () => {
    expect(linkify('See https://a.example.org/x. Or javascript:alert(1) <img src=x onerror=alert(1)>')).toEqual([
      { text: 'See ' },
      { text: 'https://a.example.org/x', href: 'https://a.example.org/x' },
      { text: '. Or javascript:alert(1) <img src=x onerror=alert(1)>' },
    ]);
  });
  it('leaves trailing punctuation out of the link', () => {
    expect(linkify('(https://a.example.org/path),')[1]).toEqual({ text: 'https://a.example.org/path', href: 'https://a.example.org/path' });
  });
  it('handles text without links', () => expect(linkify('plain')).toEqual([{ text: 'plain' }]));
});

describe('month grid navigation', () => {
  it.each([
    ['2026-11-23', 'ArrowRight', false, '2026-11-24'],
    ['2026-11-23', 'ArrowRight', true, '2026-11-22'],
    ['2026-11-23', 'ArrowLeft', true, '2026-11-24'],
    ['2026-11-23', 'ArrowDown', false, '2026-11-30'],
    ['2026-11-02', 'ArrowUp', false, '2026-10-26'],
    ['2026-11-25', 'Home', false, '2026-11-23'],
    ['2026-11-25', 'End', false, '2026-11-29'],
    ['2026-01-31', 'PageDown', false, '2026-02-28'],
    ['2026-03-15', 'PageUp', false, '2026-02-15'],
  ])('%s %s (rtl %s) -> %s', (day, key, rtl, expected) => expect(nextDay(day, key, rtl)).toBe(expected));
  it('ignores other keys', () => expect(nextDay('2026-11-23', 'a', false)).toBeUndefined());
  it('finds the Monday of a week and shifts months across years', () => {
    expect(weekStart('2026-11-01')).toBe('2026-10-26');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});

describe('fileNameFor', () => {
  it.each([
    ['Job fair: newcomers & refugees', 'job-fair-newcomers-refugees.ics'],
    ['Café d’été à Liège', 'cafe-d-ete-a-liege.ics'],
    ['ورشة عمل', 'ورشة-عمل.ics'],
    ['../../etc/passwd', 'etc-passwd.ics'],
    ['!!!', 'event.ics'],
  ])('%s', (title, expected) => expect(fileNameFor(title)).toBe(expected));
});
