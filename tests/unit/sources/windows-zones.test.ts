import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimeZone } from '../../../lib/model/validate.ts';
import { htmlToText } from '../../../lib/sources/html-text.ts';
import { resolveTimeZone } from '../../../lib/sources/windows-zones.ts';
import { LEGACY, WINDOWS_ZONES } from '../../../lib/sources/windows-zone-table.ts';

describe('resolveTimeZone', () => {
  it.each([
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['GMT Standard Time', 'Europe/London'],
    ['Central Europe Standard Time', 'Europe/Budapest'],
    ['Central European Standard Time', 'Europe/Warsaw'],
    ['E. Europe Standard Time', 'Europe/Chisinau'],
    ['FLE Standard Time', 'Europe/Kiev'],
    ['GTB Standard Time', 'Europe/Bucharest'],
    ['Turkey Standard Time', 'Europe/Istanbul'],
    ['Morocco Standard Time', 'Africa/Casablanca'],
    ['Eastern Standard Time', 'America/New_York'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['UTC', 'UTC'],
    ['Z', 'UTC'],
    ['Europe/Brussels', 'Europe/Brussels'],
    ['"Europe/Paris"', 'Europe/Paris'],
    ['/freeassociation.sourceforge.net/Tzfile/Europe/Brussels', 'Europe/Brussels'],
    ['/freeassociation.sourceforge.net/Europe/Brussels', 'Europe/Brussels'],
    ['/mozilla.org/20050126_1/America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['/softwarestudio.org/Olson_20011030_5/Europe/Rome', 'Europe/Rome'],
    ['(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', 'Europe/Berlin'],
    ['(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', 'Europe/Paris'],
    ['(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius', 'Europe/Kiev'],
    // Outlook's display names, as written with no VTIMEZONE, with either prefix or none.
    ['(GMT+10:00) Canberra, Melbourne, Sydney', 'Australia/Sydney'],
    ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['(GMT-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['Eastern Time (US & Canada)', 'America/New_York'],
    ['Canberra, Melbourne, Sydney', 'Australia/Sydney'],
    ['Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', 'Europe/Berlin'],
    ['(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London', 'Europe/London'],
    ['(UTC) Dublin, Edinburgh, Lisbon, London', 'Europe/London'],
    ['(UTC+00:00) Dublin, Edinburgh, Lisbon, London', 'Europe/London'],
    ['(UTC) Coordinated Universal Time', 'UTC'],
    ['(UTC+02:00) Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius', 'Europe/Kiev'],
    ['(GMT+05:30) Chennai, Kolkata, Mumbai, New Delhi', 'Asia/Calcutta'],
    ['(UTC-03:00) City of Buenos Aires', 'America/Buenos_Aires'],
    ['(UTC+12:45) Chatham Islands', 'Pacific/Chatham'],
    ["(UTC+13:00) Nuku'alofa", 'Pacific/Tongatapu'],
    // A tail that changed between Windows versions: the first place still tells the zone.
    ['(UTC+08:00) Beijing, Chongqing, Hong Kong SAR, Urumqi', 'Asia/Shanghai'],
    ['(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien', 'Europe/Berlin'],
    ['Eastern Daylight Time', 'America/New_York'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['Russia Time Zone 3', 'Europe/Samara'],
    ['UTC+12', 'Etc/GMT-12'],
    // Old IANA aliases, without a warning.
    ['Japan', 'Asia/Tokyo'],
    ['GB', 'Europe/London'],
    ['US/Eastern', 'US/Eastern'],
    ['Customized Time Zone', undefined],
    ['(UTC+05:00) Nowhere, Atlantis', undefined],
    ['', undefined],
  ])('%s -> %s', (tzid, zone) => {
    expect(resolveTimeZone(tzid)).toBe(zone);
  });

  it('maps only to zones this runtime knows', () => {
    const names = ['Dateline', 'Hawaiian', 'Alaskan', 'Mountain', 'US Mountain', 'Central', 'Canada Central', 'SA Pacific', 'Atlantic', 'Newfoundland',
      'E. South America', 'Argentina', 'Greenland', 'Azores', 'Cape Verde', 'Greenwich', 'W. Central Africa', 'Jordan', 'Middle East', 'Egypt',
      'Syria', 'South Africa', 'Israel', 'Kaliningrad', 'Libya', 'Arabic', 'Arab', 'Belarus', 'Russian', 'E. Africa', 'Iran', 'Arabian',
      'Azerbaijan', 'Georgian', 'Caucasus', 'Afghanistan', 'West Asia', 'Pakistan', 'India', 'Nepal', 'Central Asia', 'Bangladesh', 'Myanmar',
      'SE Asia', 'China', 'Singapore', 'W. Australia', 'Taipei', 'Tokyo', 'Korea', 'Cen. Australia', 'AUS Central', 'E. Australia',
      'AUS Eastern', 'Tasmania', 'New Zealand', 'Fiji', 'Tonga', 'Samoa'];
    for (const name of names) {
      const zone = resolveTimeZone(`${name} Standard Time`);
      expect(zone, name).toBeDefined();
      expect(isTimeZone(zone as string), `${name} -> ${zone}`).toBe(true);
    }
  });
});

describe('the Windows zone table', () => {
  it('maps every Windows id, display name and legacy name to a zone this runtime knows', () => {
    expect(WINDOWS_ZONES.length).toBeGreaterThan(135);
    for (const [id, zone, display] of WINDOWS_ZONES) {
      expect(isTimeZone(zone), `${id} -> ${zone}`).toBe(true);
      expect(resolveTimeZone(id), id).toBe(zone);
      expect(resolveTimeZone(id.toUpperCase()), id).toBe(zone);
      expect(resolveTimeZone(display), display).toBeDefined();
      expect(isTimeZone(resolveTimeZone(`(UTC+01:00) ${display}`) as string), display).toBe(true);
    }
    for (const [name, zone] of LEGACY) {
      expect(isTimeZone(zone), name).toBe(true);
      expect(resolveTimeZone(name), name).toBe(zone);
    }
  });
});

describe('htmlToText on arbitrary markup', () => {
  const piece = fc.oneof(
    fc.constantFrom('<p>', '</p>', '<br>', '<li>', '<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&#x', '&#99999999;', '<a href="x>y">', '<', '>', '"', '\u0001', '\u0002', '<pre>', '</pre>'),
    fc.string({ maxLength: 12 }),
  );
  it('never throws, leaves no break markers and no script text', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const out = htmlToText(parts.join(''));
      expect(out).not.toMatch(/[\u0001\u0002]/);
      expect(out).toBe(out.trim());
    }), { numRuns: 500 });
    expect(htmlToText('<p>a</p><script>secret()</script><p>b</p>')).toBe('a\n\nb');
  });
});
