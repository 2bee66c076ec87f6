import { parseCssColour, themeFromBackgrounds } from '../../core/colour.ts';
import type { Rgba } from '../../core/colour.ts';
import type { PageTheme } from '../../core/colour.ts';

/**
 * Light or dark, read from the computed backgrounds of the page's main content, body and root
 * (two or three `getComputedStyle` calls, once per page: cheap).
 */
export function pageTheme(doc: Document = document): PageTheme {
  const layers: Rgba[] = [];
  const main = doc.querySelector('main, article, [role=main]');
  for (const el of [main, doc.body, doc.documentElement]) {
    if (!el) continue;
    const c = parseCssColour(getComputedStyle(el).backgroundColor);
    if (c) layers.push(c);
  }
  return themeFromBackgrounds(layers);
}
