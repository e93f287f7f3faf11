/**
 * The `accent` attribute: one colour a partner picks, turned into the shades the widget needs
 * in light and dark mode, each readable (WCAG contrast 4.5:1 against the background, and the
 * text on it). Set as custom properties through the CSSOM, so no inline <style> is needed.
 */

type Rgb = [number, number, number];

const LIGHT_BG: Rgb = [255, 255, 255];
const DARK_BG: Rgb = [0x15, 0x18, 0x1c];
const DARK_TEXT = '#0b1a16';

/** '#0a6' or '#00aa66' (any case) as RGB; undefined for anything else. */
export function parseHexColour(value: string | null | undefined): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((value ?? '').trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const toHex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
const mix = (a: Rgb, b: Rgb, t: number): Rgb => a.map((v, i) => v + (b[i]! - v) * t) as Rgb;

/** `colour` moved towards `toward` in small steps until it reads on `background`. */
function readableOn(colour: Rgb, background: Rgb, toward: Rgb): Rgb {
  let out = colour;
  for (let t = 0.05; contrast(out, background) < 4.5 && t <= 1; t += 0.05) out = mix(colour, toward, t);
  return out;
}

/** Text colour for a button filled with `fill`: white or near-black, whichever reads better. */
function textOn(fill: Rgb): string {
  return contrast(fill, LIGHT_BG) >= contrast(fill, parseHexColour(DARK_TEXT)!) ? '#ffffff' : DARK_TEXT;
}

/**
 * Custom properties for an accent colour, or an empty object when it is not a hex colour.
 * @example accentProperties('#0a6')['--inclusio-accent'] // '#00aa66' darkened until it reads on white
 */
export function accentProperties(value: string | null | undefined): Record<string, string> {
  const rgb = parseHexColour(value);
  if (!rgb) return {};
  const light = readableOn(rgb, LIGHT_BG, [0, 0, 0]);
  const dark = readableOn(rgb, DARK_BG, [255, 255, 255]);
  return {
    '--inclusio-accent': toHex(light),
    '--inclusio-accent-text': textOn(light),
    '--inclusio-accent-dark': toHex(dark),
    '--inclusio-accent-text-dark': textOn(dark),
  };
}
