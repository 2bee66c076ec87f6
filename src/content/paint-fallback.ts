/**
 * Fallback painter for browsers without the CSS Custom Highlight API: wraps each mention in a
 * `<backstory-mark>` element, a custom tag no page stylesheet targets. This is the only place
 * Backstory ever changes a page's DOM, and it undoes itself exactly: the text nodes it split are
 * joined back into the original node (never with `normalize()`, which would also merge the
 * page's own adjacent text nodes).
 */
import type { HighlightStyle, HighlightType } from '../core/settings.ts';
import type { PageTheme, Painter } from './paint/highlight-painter.ts';

export const MARK_TAG = 'backstory-mark';

interface Wrap {
  readonly mark: Element;
  /** The original node's text before the mention (null when the mention starts it). */
  readonly left: Text | null;
  readonly mid: Text;
  /** The text split off after the mention (null when the mention ends the node). */
  readonly rest: Text | null;
}

export function createFallbackPainter(
  styles: Readonly<Record<HighlightType, HighlightStyle>>,
  theme: PageTheme,
  /** Lets the mutation watcher ignore the wraps this painter makes and removes. */
  ownMutation: (run: () => void) => void = (run) => run(),
): Painter {
  const wraps = new Map<object, Wrap[]>();
  let current = { styles, theme };

  const styleMark = (mark: Element, type: HighlightType): void => {
    mark.setAttribute('data-type', type);
    mark.setAttribute('data-style', current.styles[type]);
    mark.setAttribute('data-theme', current.theme);
  };

  const wrapSegment = (
    node: Text,
    start: number,
    end: number,
    type: HighlightType,
  ): Wrap | null => {
    const parent = node.parentNode;
    if (start >= end || !parent) return null;
    const mid = start > 0 ? node.splitText(start) : node;
    const rest = end - start < mid.data.length ? mid.splitText(end - start) : null;
    const mark = node.ownerDocument.createElement(MARK_TAG);
    styleMark(mark, type);
    parent.insertBefore(mark, mid);
    mark.append(mid);
    return { mark, left: start > 0 ? node : null, mid, rest };
  };

  /** Splits a range into its text-node segments before any wrapping changes the tree. */
  const segments = (range: AbstractRange): Array<[Text, number, number]> => {
    const { startContainer: sc, endContainer: ec, startOffset: so, endOffset: eo } = range;
    if (sc === ec) return sc.nodeType === Node.TEXT_NODE ? [[sc as Text, so, eo]] : [];
    const out: Array<[Text, number, number]> = [];
    const doc = sc.ownerDocument ?? document;
    const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
    walker.currentNode = sc;
    for (let n: Node | null = sc; n; n = walker.nextNode()) {
      if (n.nodeType !== Node.TEXT_NODE) continue;
      const t = n as Text;
      out.push([t, t === sc ? so : 0, t === ec ? eo : t.data.length]);
      if (t === ec) break;
    }
    return out;
  };

  /** Undoes wraps newest first, joining every split piece back into the original node. */
  const unwrap = (list: readonly Wrap[]): void => {
    for (const { mark, left, mid, rest } of [...list].reverse()) {
      mark.parentNode?.insertBefore(mid, mark);
      mark.remove();
      let keep = mid;
      if (left && left.nextSibling === mid) {
        left.data += mid.data;
        mid.remove();
        keep = left;
      }
      if (rest && keep.nextSibling === rest) {
        keep.data += rest.data;
        rest.remove();
      }
    }
  };

  return {
    set(key, items) {
      ownMutation(() => {
        const old = wraps.get(key);
        if (old) unwrap(old);
        const made: Wrap[] = [];
        const parts = items.flatMap((item) =>
          segments(item.range).map((seg) => ({ seg, type: item.type })),
        );
        // Right to left, so the offsets of earlier segments stay valid as later text is split.
        for (const { seg, type } of parts.reverse()) {
          const w = wrapSegment(seg[0], seg[1], seg[2], type);
          if (w) made.push(w);
        }
        if (made.length) wraps.set(key, made);
        else wraps.delete(key);
      });
    },
    delete(key) {
      const old = wraps.get(key);
      if (!old) return;
      ownMutation(() => unwrap(old));
      wraps.delete(key);
    },
    restyle(styles, theme) {
      current = { styles, theme };
      for (const list of wraps.values())
        for (const { mark } of list)
          styleMark(mark, mark.getAttribute('data-type') as HighlightType);
    },
    clear() {
      ownMutation(() => {
        for (const list of wraps.values()) unwrap(list);
      });
      wraps.clear();
    },
  };
}
