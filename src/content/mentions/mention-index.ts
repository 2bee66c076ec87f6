/**
 * The one owner of the page's mentions. It holds every mention found, whatever the settings
 * show, indexed the ways the content script needs them: by text block (to replace a changed
 * block's mentions), by text node (hit-testing from a caret position), by range
 * (highlightsFromPoint) and as counts per entity (popup, badge). Every query answers for the
 * mentions the current filter shows, so a settings change costs only what it changes: nothing
 * is re-found or re-indexed, and the caller learns which types and weak kinds flipped.
 */
import {
  scopeShown,
  type EntityScope,
  type EntityType,
  type WeakKind,
} from '../../core/dataset/kinds.ts';
import type { TextBlock } from '../text/text-block.ts';

/** One mention on the page. Its identity is the object: a re-read block gets new ones. */
export interface PageMention {
  readonly entity: string;
  readonly type: EntityType;
  readonly weak: WeakKind | undefined;
  /** General names are shown only where the filter says so (pages about the story, by default). */
  readonly scope: EntityScope;
  readonly block: TextBlock;
  readonly start: number;
  readonly end: number;
  readonly range: AbstractRange;
}

/**
 * Which mentions are shown: by entity type, by weak kind for weak ones, general names only when
 * `general` and region names only when `region` (the page is on the story, or the reader asked;
 * see settings' showsGeneral and showsRegion).
 */
export interface MentionFilter {
  readonly types: Readonly<Record<EntityType, boolean>>;
  readonly weak: Readonly<Record<WeakKind, boolean>>;
  readonly general: boolean;
  readonly region: boolean;
}

/** What a new filter changed. */
export interface FilterChange {
  readonly typesOn: readonly EntityType[];
  readonly typesOff: readonly EntityType[];
  readonly weakChanged: readonly WeakKind[];
  readonly generalChanged: boolean;
}

/** Counts for one entity, strong mentions under '' and weak ones under their kind. */
type EntityCounts = Map<WeakKind | '', number>;

interface EntityEntry {
  readonly type: EntityType;
  readonly scope: EntityScope;
  readonly n: EntityCounts;
}

/** Answers hit tests too (card/hit-test.ts's HitIndex), without the stage below importing it. */
export class MentionIndex {
  private readonly byBlock = new Map<TextBlock, readonly PageMention[]>();
  private readonly byNode = new WeakMap<Node, PageMention[]>();
  private readonly byRange = new WeakMap<AbstractRange, PageMention>();
  private readonly counts = new Map<string, EntityEntry>();
  private filter: MentionFilter;

  constructor(filter: MentionFilter) {
    this.filter = filter;
  }

  /** Whether the current filter shows a mention. */
  shows(m: Pick<PageMention, 'type' | 'weak' | 'scope'>): boolean {
    return (
      this.filter.types[m.type] &&
      (m.weak === undefined || this.filter.weak[m.weak]) &&
      scopeShown(m.scope, this.filter)
    );
  }

  /** Replaces a block's mentions with all the mentions found in it. */
  set(block: TextBlock, mentions: readonly PageMention[]): void {
    this.delete(block);
    if (mentions.length === 0) return;
    this.byBlock.set(block, [...mentions]);
    for (const m of mentions) {
      this.byRange.set(m.range, m);
      let entry = this.counts.get(m.entity);
      if (!entry) {
        entry = { type: m.type, scope: m.scope, n: new Map() };
        this.counts.set(m.entity, entry);
      }
      const kind = m.weak ?? '';
      entry.n.set(kind, (entry.n.get(kind) ?? 0) + 1);
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
      this.byRange.delete(m.range);
      const entry = this.counts.get(m.entity);
      if (entry) {
        const kind = m.weak ?? '';
        const n = (entry.n.get(kind) ?? 1) - 1;
        if (n > 0) entry.n.set(kind, n);
        else entry.n.delete(kind);
        if (entry.n.size === 0) this.counts.delete(m.entity);
      }
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

  /** Applies a new filter; says which types and weak kinds it turned on or off. */
  setFilter(next: MentionFilter): FilterChange {
    const old = this.filter;
    this.filter = next;
    const types = Object.keys(next.types) as EntityType[];
    const kinds = Object.keys(next.weak) as WeakKind[];
    return {
      typesOn: types.filter((t) => next.types[t] && !old.types[t]),
      typesOff: types.filter((t) => !next.types[t] && old.types[t]),
      weakChanged: kinds.filter((k) => next.weak[k] !== old.weak[k]),
      generalChanged: next.general !== old.general || next.region !== old.region,
    };
  }

  /** Every mention found in a block, shown or not. */
  found(block: TextBlock): readonly PageMention[] {
    return this.byBlock.get(block) ?? [];
  }

  /**
   * A block's mentions that pass the weak-kind and general parts of the filter: what the painter
   * holds (types it shows or hides itself).
   */
  paintable(block: TextBlock): readonly PageMention[] {
    const all = this.found(block);
    const { filter } = this;
    const pass = (m: PageMention): boolean =>
      (m.weak === undefined || filter.weak[m.weak]) && scopeShown(m.scope, filter);
    return all.every(pass) ? all : all.filter(pass);
  }

  /** Blocks holding a mention of one of these weak kinds, or a general name with `general`. */
  *blocksAffected(kinds: readonly WeakKind[], general: boolean): Generator<TextBlock> {
    if (kinds.length === 0 && !general) return;
    for (const [block, list] of this.byBlock) {
      if (
        list.some(
          (m) =>
            (general && m.scope !== 'story') || (m.weak !== undefined && kinds.includes(m.weak)),
        )
      )
        yield block;
    }
  }

  /** Shown mentions touching a text node. */
  atNode(node: Node): readonly PageMention[] | undefined {
    const list = this.byNode.get(node)?.filter((m) => this.shows(m));
    return list?.length ? list : undefined;
  }

  /** The shown mention a range belongs to. */
  ofRange(range: AbstractRange): PageMention | undefined {
    const m = this.byRange.get(range);
    return m && this.shows(m) ? m : undefined;
  }

  /** Entity → shown mentions, most mentioned first (ties by id, so the order is stable). */
  countList(): Array<[string, number]> {
    return this.tally((entry) => scopeShown(entry.scope, this.filter));
  }

  /** General names found but held back because the page is off the story: the popup's quiet list. */
  quietList(): Array<[string, number]> {
    return this.tally((entry) => !scopeShown(entry.scope, this.filter));
  }

  private tally(include: (entry: EntityEntry) => boolean): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (const [entity, entry] of this.counts) {
      if (!this.filter.types[entry.type] || !include(entry)) continue;
      let n = 0;
      for (const [kind, count] of entry.n) if (kind === '' || this.filter.weak[kind]) n += count;
      if (n > 0) out.push([entity, n]);
    }
    return out.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  /** Shown mentions on the page, all entities together. */
  get total(): number {
    let n = 0;
    for (const [, count] of this.countList()) n += count;
    return n;
  }

  /** Entities with a shown mention. */
  get size(): number {
    return this.countList().length;
  }

  /** Every shown mention (of one entity, if given) in document order. */
  inOrder(entity?: string): PageMention[] {
    const all: PageMention[] = [];
    for (const list of this.byBlock.values())
      for (const m of list)
        if ((entity === undefined || m.entity === entity) && this.shows(m)) all.push(m);
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

/** A node and the shadow hosts above it, outermost last: where it sits in the composed tree. */
function composedPath(node: Node): Node[] {
  const path = [node];
  let root = node.getRootNode();
  while ('host' in root && root.host instanceof Node) {
    path.push(root.host);
    root = root.host.getRootNode();
  }
  return path;
}

/**
 * Document order of two mentions. Text inside a shadow tree sorts at its host, before the
 * host's light-DOM children (the order in which the reader sees a rendered shadow tree).
 */
export function compareMentions(a: PageMention, b: PageMention): number {
  if (a.block === b.block) return a.start - b.start;
  const na = a.range.startContainer;
  const nb = b.range.startContainer;
  if (na === nb) return a.range.startOffset - b.range.startOffset;
  return compareNodes(na, nb);
}

/** Document order of two text blocks, by their first text node (see compareMentions). */
export function compareBlocks(a: TextBlock, b: TextBlock): number {
  if (a === b) return 0;
  const na = a.nodes[0];
  const nb = b.nodes[0];
  if (na === undefined || nb === undefined) return 0;
  return na === nb ? 0 : compareNodes(na, nb);
}

function compareNodes(na: Node, nb: Node): number {
  const pa = composedPath(na);
  const pb = composedPath(nb);
  let i = pa.length - 1;
  let j = pb.length - 1;
  // Down from the document through the hosts both sit under, to the first tree they differ in.
  while (i > 0 && j > 0 && pa[i] === pb[j]) {
    i--;
    j--;
  }
  const x = pa[i]!;
  const y = pb[j]!;
  if (x === y) return 0;
  const pos = x.compareDocumentPosition(y);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}
