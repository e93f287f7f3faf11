/**
 * Building blocks of the hostile calendars (issue 13), generated in the tests rather than
 * committed: the same shapes go through the reader in unit tests and through the widget in
 * Chromium.
 */

/** A calendar around `body`. */
export const cal = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n${body}END:VCALENDAR\r\n`;

/** A VEVENT around `lines` (each ending in CRLF). */
export const vevent = (lines: string) => `BEGIN:VEVENT\r\n${lines}END:VEVENT\r\n`;

/** `f(0) + f(1) + … + f(n - 1)`. */
export const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');

/** A VTIMEZONE whose STANDARD and DAYLIGHT rules repeat at `freq` (yearly is the honest one). */
export const zoneRules = (freq: string) =>
  'BEGIN:VTIMEZONE\r\nTZID:Hostile Zone\r\n' +
  `BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=${freq}\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n` +
  `BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=${freq}\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n` +
  'END:VTIMEZONE\r\n';
