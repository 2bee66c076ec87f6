/**
 * Finds the mention under the pointer. Highlights are not elements, so there is no event
 * target to read: where the browser has `CSS.highlights.highlightsFromPoint` it answers
 * directly; elsewhere the caret position under the pointer names a text node and offset, and the
 * candidate mention's client rects confirm that the pointer is over its glyphs, not merely on
 * the same line past the end of the text.
 */

export interface HitCandidate {
  readonly range: AbstractRange;
}

export interface HitIndex<M extends HitCandidate> {
  /** Mentions touching a text node. */
  atNode(node: Node): readonly M[] | undefined;
  /** The mention a painted range belongs to (for highlightsFromPoint). */
  ofRange(range: AbstractRange): M | undefined;
}

interface CaretPoint {
  readonly node: Node;
  readonly offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?(
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

type HighlightsFromPoint = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => Array<{ highlight: Highlight; ranges: AbstractRange[] }>;

function caretAt(
  doc: CaretDoc,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** The pointer is inside one of the range's line boxes (with a pixel of slack at the edges). */
export function rectsContain(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

export function liveRange(doc: Document, r: AbstractRange): Range {
  if (r instanceof Range) return r;
  const live = doc.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live;
}

export function hitTest<M extends HitCandidate>(
  doc: Document,
  index: HitIndex<M>,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): M | null {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  const fromPoint = (
    registry as unknown as { highlightsFromPoint?: HighlightsFromPoint } | undefined
  )?.highlightsFromPoint;
  if (registry && typeof fromPoint === 'function') {
    for (const hit of fromPoint.call(registry, x, y, { shadowRoots })) {
      for (const range of hit.ranges) {
        const m = index.ofRange(range);
        if (m) return m;
      }
    }
    // A mention styled "none" is not painted, so fall through to the caret test for it.
  }
  const caret = caretAt(doc as CaretDoc, x, y, shadowRoots);
  if (!caret) return null;
  const candidates = index.atNode(caret.node);
  if (!candidates) return null;
  for (const m of candidates) {
    const r = m.range;
    const startsBefore = r.startContainer !== caret.node || r.startOffset <= caret.offset;
    const endsAfter = r.endContainer !== caret.node || r.endOffset >= caret.offset;
    if (!startsBefore || !endsAfter) continue;
    if (rectsContain(liveRange(doc, r).getClientRects(), x, y)) return m;
  }
  return null;
}
