/**
 * The page's mentions, indexed the ways the content script needs them: by text block (to
 * replace a changed block's mentions), by text node (hit-testing from a caret position), by
 * painted range (highlightsFromPoint), and as counts per entity (popup, badge).
 */
import type { Mention, WeakKind } from '../../core/matcher/types.ts';
import type { HighlightType } from '../../core/settings.ts';
import type { HitIndex } from '../card/hit-test.ts';
import type { TextBlock } from '../text/text-block.ts';

export interface PageMention {
  /** Hover-intent identity: the mention object itself. */
  readonly key: object;
  readonly entity: string;
  readonly type: HighlightType;
  readonly weak: WeakKind | undefined;
  readonly block: TextBlock;
  readonly start: number;
  readonly end: number;
  readonly range: AbstractRange;
}

export type MentionFilter = (m: Mention, type: HighlightType) => boolean;

export class PageMentions implements HitIndex<PageMention> {
  private readonly byBlock = new Map<TextBlock, PageMention[]>();
  private readonly byNode = new WeakMap<Node, PageMention[]>();
  private readonly byRange = new WeakMap<AbstractRange, PageMention>();
  private readonly counts = new Map<string, number>();
  private all = 0;

  /** Replaces a block's mentions; returns the ones to paint. */
  set(block: TextBlock, mentions: readonly PageMention[]): void {
    this.delete(block);
    if (mentions.length === 0) return;
    this.byBlock.set(block, [...mentions]);
    for (const m of mentions) {
      this.byRange.set(m.range, m);
      this.counts.set(m.entity, (this.counts.get(m.entity) ?? 0) + 1);
      this.all++;
      for (const node of nodesOf(m)) {
        const list = this.byNode.get(node);
        if (list) list.push(m);
        else this.byNode.set(node, [m]);
      }
    }
  }

  delete(block: TextBlock): void {
    const old = this.byBlock.get(block);
    if (!old) return;
    this.byBlock.delete(block);
    for (const m of old) {
      const n = (this.counts.get(m.entity) ?? 1) - 1;
      if (n > 0) this.counts.set(m.entity, n);
      else this.counts.delete(m.entity);
      this.all--;
      for (const node of nodesOf(m)) {
        const list = this.byNode.get(node)?.filter((x) => x !== m);
        if (list?.length) this.byNode.set(node, list);
        else this.byNode.delete(node);
      }
    }
  }

  clear(): void {
    for (const block of [...this.byBlock.keys()]) this.delete(block);
  }

  blocks(): IterableIterator<TextBlock> {
    return this.byBlock.keys();
  }

  get(block: TextBlock): readonly PageMention[] {
    return this.byBlock.get(block) ?? [];
  }

  atNode(node: Node): readonly PageMention[] | undefined {
    return this.byNode.get(node);
  }

  ofRange(range: AbstractRange): PageMention | undefined {
    return this.byRange.get(range);
  }

  /** Entity → mentions, most mentioned first (ties by id, so the order is stable). */
  countList(): Array<[string, number]> {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  /** Mentions on the page, all entities together. */
  get total(): number {
    return this.all;
  }

  get size(): number {
    return this.counts.size;
  }

  /** Every mention (of one entity, if given) in document order. */
  inOrder(entity?: string): PageMention[] {
    const all: PageMention[] = [];
    for (const list of this.byBlock.values())
      for (const m of list) if (entity === undefined || m.entity === entity) all.push(m);
    return all.sort(compareMentions);
  }
}

function nodesOf(m: PageMention): Text[] {
  const { nodes, starts } = m.block;
  const out: Text[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const from = starts[i]!;
    // From the offsets recorded at collection, not live node data that may have changed since.
    const to = starts[i + 1] ?? m.block.text.length;
    if (to > m.start && from < m.end) out.push(nodes[i]!);
    if (from >= m.end) break;
  }
  return out;
}

/** Document order of two mentions (shadow trees sort by their host). */
export function compareMentions(a: PageMention, b: PageMention): number {
  if (a.block === b.block) return a.start - b.start;
  const na = a.range.startContainer;
  const nb = b.range.startContainer;
  if (na === nb) return a.range.startOffset - b.range.startOffset;
  const pos = na.compareDocumentPosition(nb);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
