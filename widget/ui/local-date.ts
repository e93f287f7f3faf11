/**
 * Dates typed in the widget's language. A native <input type="date"> shows the browser's
 * format (mm/dd/yyyy in a French widget on an American browser), so the filters use a text
 * field that reads and writes the numeric date order Intl gives for the widget's locale.
 */

type Part = 'day' | 'month' | 'year';

const orders = new Map<string, Part[]>();

/** Day, month and year in the order the locale writes them. */
export function dateOrder(locale: string): Part[] {
  let order = orders.get(locale);
  if (!order) {
    order = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2026, 11, 31, 12)))
      .map((p) => p.type)
      .filter((t): t is Part => t === 'day' || t === 'month' || t === 'year');
    if (order.length !== 3) order = ['year', 'month', 'day'];
    orders.set(locale, order);
  }
  return order;
}

/**
 * A 'YYYY-MM-DD' day written the locale's numeric way.
 * @example formatLocalDate('2026-12-31', 'fr') // '31/12/2026'
 * @example formatLocalDate('2026-12-31', 'en-US') // '12/31/2026'
 */
export function formatLocalDate(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** Arabic-Indic and Eastern Arabic-Indic digits as ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * Reads a date typed in the locale's order ('31/12/2026', '31.12.26', '١٢/٣١/٢٠٢٦'), or in ISO
 * form ('2026-12-31'). Returns 'YYYY-MM-DD', '' for an empty field, or null when it is not a date.
 * @example parseLocalDate('31/12/2026', 'fr') // '2026-12-31'
 * @example parseLocalDate('12/31/2026', 'en-US') // '2026-12-31'
 */
export function parseLocalDate(text: string, locale: string): string | null {
  const clean = asciiDigits(text).trim();
  if (!clean) return '';
  const numbers = clean.match(/\d+/g);
  if (!numbers || numbers.length !== 3 || clean.length > 24) return null;
  let parts: Record<Part, number>;
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(clean)) parts = { year: +numbers[0]!, month: +numbers[1]!, day: +numbers[2]! };
  else {
    const order = dateOrder(locale);
    parts = { day: 0, month: 0, year: 0 };
    order.forEach((part, i) => (parts[part] = Number(numbers[i])));
    if (numbers[order.indexOf('year')]!.length <= 2) parts.year += 2000;
  }
  const { year, month, day } = parts;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31 April and the like
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
