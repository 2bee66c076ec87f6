/**
 * Keeps the number of registered highlight ranges small on pages with very many mentions.
 *
 * Chromium re-validates every range of every registered Highlight whenever any of them changes
 * (measured: ~10 µs per range per change, so 5,000 ranges turn each added batch into a 50 ms
 * render task, and a huge page's scan into seconds of PrePaint). Up to `eagerLimit` ranges
 * everything is painted at once, as before. Past it, a part of a block is painted only while
 * its element is within `margin` of the viewport, as an IntersectionObserver reports it; the
 * index of mentions (popup, badge, stepping, hit-testing) still holds every mention, and
 * scrolling paints what comes near before it shows.
 *
 * A long page goes lazy early even with few mentions (`eagerBlocks`): the rendering that follows
 * any change to an underline highlight grows with the page, not with the change (measured in
 * Chromium 156 on a 2 MB page with no script of ours: ~40-50 ms per change, against 5-8 ms for a
 * tint; `npm run bench`'s control table). Painting as the first read goes down such a page would
 * pay that once per slice, for mentions nobody sees yet.
 */
import type { HighlightStyle } from '../../core/settings.ts';
import type { PaintItem, Painter } from './highlight-painter.ts';
import type { PageTheme } from '../../core/colour.ts';
import type { EntityType } from '../../core/dataset/kinds.ts';

export interface ViewportPainterOptions {
  /** Ranges painted eagerly before switching to viewport painting. */
  readonly eagerLimit: number;
  /** Blocks (with mentions or not) seen before switching to viewport painting in any case. */
  readonly eagerBlocks?: number;
  /** IntersectionObserver rootMargin: how far outside the viewport parts are still painted. */
  readonly margin: string;
  /** For tests: the IntersectionObserver constructor (the global one by default). */
  readonly Observer?: typeof IntersectionObserver;
}

export const VIEWPORT_DEFAULTS: ViewportPainterOptions = {
  eagerLimit: 1_000,
  // Fixture pages: the article has ~100 blocks, 100 KB of reference text ~1,200, 2 MB ~24,000.
  eagerBlocks: 500,
  margin: '150% 0px',
};

/** The items of one block that sit in one element: painted and unpainted together. */
interface Part {
  readonly items: readonly PaintItem[];
  /** Null where the text has no element to observe: then it is always painted. */
  readonly element: Element | null;
  painted: boolean;
}

/** What is known of one observed element: its parts, and whether it was last seen near. */
interface Watched {
  readonly parts: Set<Part>;
  near: boolean | undefined;
}

/** The element an item's range starts in: its text node's parent, or a shadow root's host. */
function elementOf(item: PaintItem): Element | null {
  const node = item.range.startContainer;
  if (node.nodeType === 1) return node as Element;
  const parent = node.parentNode;
  if (parent === null) return null;
  if (parent.nodeType === 1) return parent as Element;
  return parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : null;
}

export function createViewportPainter(
  inner: Painter,
  options: ViewportPainterOptions = VIEWPORT_DEFAULTS,
): Painter {
  const Observer =
    options.Observer ?? (typeof IntersectionObserver === 'function' ? IntersectionObserver : null);
  /** Every block's items, split into parts by element; a part is the inner painter's key. */
  const blocks = new Map<object, Part[]>();
  const watched = new Map<Element, Watched>();
  let total = 0;
  let seen = 0;
  const eagerBlocks = options.eagerBlocks ?? Infinity;
  let observer: IntersectionObserver | null = null;

  const show = (part: Part, on: boolean): void => {
    if (part.painted === on) return;
    part.painted = on;
    if (on) inner.set(part, part.items);
    else inner.delete(part);
  };

  const onEntries = (entries: readonly IntersectionObserverEntry[]): void => {
    for (const entry of entries) {
      const box = entry.boundingClientRect;
      // No box at all (display: contents, or not rendered): distance is unknown, so paint; an
      // element without a box of its own may well hold visible text.
      const near = entry.isIntersecting || (box.width === 0 && box.height === 0);
      const w = watched.get(entry.target);
      if (!w) continue;
      w.near = near;
      for (const part of w.parts) show(part, near);
    }
  };

  /** Starts watching a part; returns whether it should be painted now (undefined: not known). */
  const watch = (part: Part): boolean | undefined => {
    if (part.element === null) return true;
    let w = watched.get(part.element);
    if (!w) {
      w = { parts: new Set(), near: undefined };
      watched.set(part.element, w);
      observer?.observe(part.element);
    }
    w.parts.add(part);
    return observer ? w.near : true;
  };
  const unwatch = (part: Part): void => {
    if (part.element !== null) watched.get(part.element)?.parts.delete(part);
  };
  /** Forgets an element once no part is left in it. */
  const release = (element: Element | null): void => {
    if (element === null || watched.get(element)?.parts.size !== 0) return;
    watched.delete(element);
    observer?.unobserve(element);
  };

  /**
   * Past the limit: the observer reports every watched element once soon after, which unpaints
   * what is far away; until then what was painted stays.
   */
  const goLazy = (): void => {
    if (observer || !Observer) return;
    observer = new Observer(onEntries, { rootMargin: options.margin });
    for (const element of watched.keys()) observer.observe(element);
  };

  /** Unpaints and unwatches a block's parts; their elements stay watched until `release`. */
  const drop = (parts: readonly Part[]): void => {
    for (const part of parts) {
      total -= part.items.length;
      unwatch(part);
      show(part, false);
    }
  };
  const remove = (key: object): void => {
    const old = blocks.get(key) ?? [];
    blocks.delete(key);
    drop(old);
    for (const part of old) release(part.element);
  };

  return {
    set(key, items) {
      // The old parts are unpainted first (the new ones may hold the very same ranges), but
      // their elements stay watched until the new parts are in, so an element keeps what the
      // observer last said about it: it will not say it again while nothing changes.
      const old = blocks.get(key) ?? [];
      blocks.delete(key);
      drop(old);
      if (items.length > 0) {
        // Most blocks have one mention, or all of them in one element: one part, no grouping.
        const first = elementOf(items[0]!);
        let byElement: Iterable<[Element | null, readonly PaintItem[]]> = [[first, items]];
        if (items.length > 1 && items.some((item) => elementOf(item) !== first)) {
          const grouped = new Map<Element | null, PaintItem[]>();
          for (const item of items) {
            const element = elementOf(item);
            const list = grouped.get(element);
            if (list) list.push(item);
            else grouped.set(element, [item]);
          }
          byElement = grouped;
        }
        const parts: Part[] = [];
        for (const [element, list] of byElement) {
          const part: Part = { items: list, element, painted: false };
          parts.push(part);
          total += list.length;
          if (watch(part) === true) show(part, true);
        }
        blocks.set(key, parts);
      }
      for (const part of old) release(part.element);
      if (total > options.eagerLimit || ++seen > eagerBlocks) goLazy();
    },
    delete: remove,
    showType(type, on) {
      inner.showType(type, on);
    },
    restyle(styles: Readonly<Record<EntityType, HighlightStyle>>, theme: PageTheme) {
      inner.restyle(styles, theme);
    },
    clear() {
      observer?.disconnect();
      observer = null;
      blocks.clear();
      watched.clear();
      total = 0;
      seen = 0;
      inner.clear();
    },
  };
}
