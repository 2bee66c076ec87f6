/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per entity type, registered
 * under a name that also encodes the page theme and the user's style for that type, so that all
 * looks live in one static stylesheet (content/highlights.css, injected by the browser and so
 * immune to the page's CSP) and switching a style only renames a registry entry. The page's
 * DOM is never touched.
 */
import type { HighlightStyle } from '../../core/settings.ts';
import type { PageTheme } from '../../core/colour.ts';
import type { EntityType } from '../../core/dataset/kinds.ts';

export interface PaintItem {
  readonly range: AbstractRange;
  readonly type: EntityType;
}

export interface Painter {
  /** Replaces what `key` (a text block) had painted with `items`. */
  set(key: object, items: readonly PaintItem[]): void;
  delete(key: object): void;
  /** Shows or hides every mention of a type by (un)registering its highlight: no repaint. */
  showType(type: EntityType, on: boolean): void;
  /** Applies a style per type (and theme) without repainting. */
  restyle(styles: Readonly<Record<EntityType, HighlightStyle>>, theme: PageTheme): void;
  clear(): void;
}

/** Registry name for a type: `backstory-<theme>-<style>-<type>`. */
export const highlightName = (theme: PageTheme, style: HighlightStyle, type: EntityType): string =>
  `backstory-${theme}-${style}-${type}`;

export function highlightApiAvailable(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    typeof CSS.highlights === 'object' &&
    CSS.highlights !== null &&
    typeof Highlight === 'function'
  );
}

export function createHighlightPainter(
  styles: Readonly<Record<EntityType, HighlightStyle>>,
  theme: PageTheme,
  hidden: Iterable<EntityType> = [],
): Painter {
  const registry = CSS.highlights;
  const byType = new Map<EntityType, Highlight>();
  const names = new Map<EntityType, string>();
  const painted = new WeakMap<object, readonly PaintItem[]>();
  let current = { styles, theme };
  const hiddenTypes = new Set(hidden);

  const register = (type: EntityType, highlight: Highlight): void => {
    const old = names.get(type);
    if (old) registry.delete(old);
    names.delete(type);
    const style = current.styles[type];
    if (style === 'none' || hiddenTypes.has(type)) return;
    const name = highlightName(current.theme, style, type);
    registry.set(name, highlight);
    names.set(type, name);
  };
  const highlightFor = (type: EntityType): Highlight => {
    let h = byType.get(type);
    if (!h) {
      h = new Highlight();
      byType.set(type, h);
      register(type, h);
    }
    return h;
  };

  const remove = (key: object): void => {
    for (const item of painted.get(key) ?? []) byType.get(item.type)?.delete(item.range);
    painted.delete(key);
  };

  return {
    set(key, items) {
      remove(key);
      if (items.length === 0) return;
      for (const item of items) highlightFor(item.type).add(item.range);
      painted.set(key, items);
    },
    delete: remove,
    showType(type, on) {
      if (hiddenTypes.has(type) === !on) return;
      if (on) hiddenTypes.delete(type);
      else hiddenTypes.add(type);
      const h = byType.get(type);
      if (h) register(type, h);
    },
    restyle(styles, theme) {
      current = { styles, theme };
      for (const [type, h] of byType) register(type, h);
    },
    clear() {
      for (const name of names.values()) registry.delete(name);
      for (const h of byType.values()) h.clear();
      byType.clear();
      names.clear();
    },
  };
}
