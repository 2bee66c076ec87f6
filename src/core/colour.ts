/**
 * Colour arithmetic for choosing highlight colours that stay readable on the page's own
 * background (WCAG relative luminance), without relying on `prefers-color-scheme`: many dark
 * sites ignore it, and many light sites are read with a dark OS theme.
 */

export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** Parses the `rgb()`/`rgba()` strings `getComputedStyle` returns (both comma and space forms). */
export function parseCssColour(value: string): Rgba | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(
    value.trim(),
  );
  if (!m) return value.trim() === 'transparent' ? { r: 0, g: 0, b: 0, a: 0 } : null;
  const alpha =
    m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: Math.min(1, Math.max(0, alpha)) };
}

/** WCAG 2 relative luminance of an opaque colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two opaque colours (1 to 21). */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The page theme from its background layers, innermost first: the first opaque layer decides;
 * translucent layers are composited over what lies beneath; none at all means the browser's
 * default white canvas.
 */
/** Whether a page reads as dark text on light, or light text on dark. */
export type PageTheme = 'light' | 'dark';

export function themeFromBackgrounds(layers: readonly Rgba[]): PageTheme {
  let colour: Rgba = { r: 255, g: 255, b: 255, a: 1 };
  const stack: Rgba[] = [];
  for (const layer of layers) {
    if (layer.a <= 0) continue;
    stack.push(layer);
    if (layer.a >= 1) break;
  }
  for (const layer of stack.reverse()) {
    colour = {
      r: layer.r * layer.a + colour.r * (1 - layer.a),
      g: layer.g * layer.a + colour.g * (1 - layer.a),
      b: layer.b * layer.a + colour.b * (1 - layer.a),
      a: 1,
    };
  }
  // Mid-grey (luminance ~0.18) is where black and white text have equal contrast.
  return luminance(colour) < 0.18 ? 'dark' : 'light';
}
