/**
 * "3 minutes ago", "yesterday" in the user's language, through Intl only.
 * @example relativeTime(new Date('2026-11-23T10:00Z'), new Date('2026-11-23T10:05Z'), 'en') // '5 minutes ago'
 */
export function relativeTime(then: Date, now: Date, locale: string): string {
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(0, 'minute');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}
