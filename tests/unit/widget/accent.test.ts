import { describe, expect, it } from 'vitest';
import { accentProperties, contrast, parseHexColour } from '../../../widget/accent.ts';

describe('the accent attribute', () => {
  it.each(['#0a6', '#00AA66', ' #123456 '])('accepts the hex colour %s', (v) => expect(parseHexColour(v)).toBeDefined());
  it.each(['red', '#12345', 'url(x)', '#0a6;color:red', 'rgb(1,2,3)', '', null])('refuses %s, leaving the default theme', (v) => {
    expect(parseHexColour(v)).toBeUndefined();
    expect(accentProperties(v)).toEqual({});
  });

  it.each(['#0a6', '#ffdd00', '#1a1a80', '#ff0000', '#000000', '#ffffff'])('gives readable light and dark shades of %s', (v) => {
    const p = accentProperties(v);
    const rgb = (k: string) => parseHexColour(p[k])!;
    expect(contrast(rgb('--inclusio-accent'), [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb('--inclusio-accent-dark'), [0x15, 0x18, 0x1c])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb('--inclusio-accent'), rgb('--inclusio-accent-text'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(rgb('--inclusio-accent-dark'), rgb('--inclusio-accent-text-dark'))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a colour that already reads well as it is', () => {
    expect(accentProperties('#0a6b58')['--inclusio-accent']).toBe('#0a6b58');
  });
});
