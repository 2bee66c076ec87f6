import { describe, expect, it } from 'vitest';
import { contrast, parseCssColour, themeFromBackgrounds } from '../../../src/core/colour.ts';

describe('colour', () => {
  it('parses computed colours in both syntaxes', () => {
    expect(parseCssColour('rgb(10, 20, 30)')).toEqual({ r: 10, g: 20, b: 30, a: 1 });
    expect(parseCssColour('rgba(10, 20, 30, 0.5)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseCssColour('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseCssColour('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseCssColour('color(display-p3 1 0 0)')).toBeNull();
  });

  it('computes WCAG contrast', () => {
    const black = { r: 0, g: 0, b: 0, a: 1 };
    const white = { r: 255, g: 255, b: 255, a: 1 };
    expect(contrast(black, white)).toBeCloseTo(21, 5);
    expect(contrast(white, white)).toBe(1);
  });

  it('tells light from dark pages by their backgrounds', () => {
    const t = (a: number) => ({ r: 0, g: 0, b: 0, a });
    expect(themeFromBackgrounds([])).toBe('light');
    expect(themeFromBackgrounds([t(0), { r: 18, g: 18, b: 18, a: 1 }])).toBe('dark');
    expect(
      themeFromBackgrounds([
        { r: 250, g: 250, b: 240, a: 1 },
        { r: 0, g: 0, b: 0, a: 1 },
      ]),
    ).toBe('light');
    // A translucent black over the default white canvas: 30% stays light, 80% turns dark.
    expect(themeFromBackgrounds([t(0.3)])).toBe('light');
    expect(themeFromBackgrounds([t(0.8)])).toBe('dark');
  });
});
