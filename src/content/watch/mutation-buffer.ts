import { isBlockBoundary } from '../text/block-boundary.ts';
import { skipMayHaveChanged } from '../text/skip-rules.ts';

/** The changes of one or more mutation records, coalesced: each node appears once. */
export interface MutationBatch {
  /** Nodes whose content changed: parents that gained or lost children, edited text nodes. */
  readonly targets: Set<Node>;
  readonly added: Set<Node>;
  /**
   * Block-level elements inserted between block boundaries (or at either end) with nothing
   * removed: the parent's own text is unchanged, so only these are read, not the parent. A feed
   * that appends paragraphs would otherwise re-read its whole, ever longer list every time.
   * Each is also in `added`; its parent is not in `targets` for that record.
   */
  readonly appended: Set<Element>;
  readonly removed: Set<Node>;
  /** Elements whose skip-deciding attributes changed (see SKIP_ATTRIBUTES). */
  readonly attributes: Set<Element>;
}

const emptyBatch = (): MutationBatch => ({
  targets: new Set(),
  added: new Set(),
  appended: new Set(),
  removed: new Set(),
  attributes: new Set(),
});

/**
 * Buffers mutation records for later processing. Adding is the observer callback's only work:
 * a few Set insertions per record (and a class-name test), no walking, no matching. Sets coalesce: a ticker rewriting one
 * text node a hundred times before we look costs one entry, so the buffer stays as small as the
 * set of nodes touched, however fast the page mutates.
 */
export class MutationBuffer {
  private batch = emptyBatch();

  get isEmpty(): boolean {
    const { targets, added, appended, removed, attributes } = this.batch;
    return targets.size + added.size + appended.size + removed.size + attributes.size === 0;
  }

  add(records: readonly MutationRecord[]): void {
    const { targets, added, appended, removed, attributes } = this.batch;
    for (const record of records) {
      if (record.type === 'characterData') {
        // Comments change too (framework anchors) but hold no text we read.
        if (record.target.nodeType === 3) targets.add(record.target);
      } else if (record.type === 'attributes') {
        const el = record.target as Element;
        if (skipMayHaveChanged(el, record.attributeName, record.oldValue)) attributes.add(el);
      } else if (isBlockInsertion(record)) {
        for (const node of record.addedNodes) {
          added.add(node);
          appended.add(node as Element);
        }
      } else {
        // Records that only move comments or our own card host in and out change no text.
        let foreign = false;
        for (const node of record.addedNodes) {
          if (isInert(node)) continue;
          added.add(node);
          foreign = true;
        }
        for (const node of record.removedNodes) {
          if (isInert(node)) continue;
          removed.add(node);
          foreign = true;
        }
        if (foreign) targets.add(record.target);
      }
    }
  }

  /** The buffered changes, leaving the buffer empty; null when there are none. */
  take(): MutationBatch | null {
    if (this.isEmpty) return null;
    const batch = this.batch;
    this.batch = emptyBatch();
    return batch;
  }

  clear(): void {
    this.batch = emptyBatch();
  }
}

/** An element that always separates blocks: nothing before it joins text after it. */
function isBoundaryElement(node: Node | null): boolean {
  return node !== null && node.nodeType === 1 && isBlockBoundary(node as Element);
}

/**
 * A record that only inserts block-level elements into a block container, each side of the run
 * being a block-level element or nothing: no block of the container's text is split, joined or
 * changed. Anything
 * else (a text or inline neighbour, a removal, a text node inserted) re-reads the parent.
 */
function isBlockInsertion(record: MutationRecord): boolean {
  const nodes = record.addedNodes;
  if (nodes.length === 0 || record.removedNodes.length !== 0) return false;
  // Into a block container only: a <div> put in an inline <span> splits the text around the span.
  const parent = record.target;
  if (parent.nodeType !== 9 && parent.nodeType !== 11 && !isBoundaryElement(parent)) return false;
  const { previousSibling, nextSibling } = record;
  if (previousSibling !== null && !isBoundaryElement(previousSibling)) return false;
  if (nextSibling !== null && !isBoundaryElement(nextSibling)) return false;
  for (const node of nodes) if (!isBoundaryElement(node)) return false;
  return true;
}

/**
 * Nodes whose coming and going changes no block: comments and processing instructions (framework
 * anchors), and our card host, which is skipped and inline. Other elements marked
 * data-backstory-ui may split blocks (a <div> between two words), so they are processed.
 */
function isInert(node: Node): boolean {
  const type = node.nodeType;
  if (type === 1) return (node as Element).localName === 'backstory-card-host';
  return type !== 3;
}
