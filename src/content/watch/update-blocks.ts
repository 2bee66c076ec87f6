import { isBlockBoundary } from '../text/block-boundary.ts';
import type { BlockRegistry } from './block-registry.ts';
import type { ChangeCollector } from './block-changes.ts';
import { collectText, type CollectJob, type CollectSink } from '../text/collect-text.ts';
import type { MutationBatch } from './mutation-buffer.ts';
import { shadowRootOf, type GetShadowRoot } from '../text/shadow-root-of.ts';
import { isInsideSkipped, isSkippedElement } from '../text/skip-rules.ts';

export interface UpdateContext {
  readonly registry: BlockRegistry;
  readonly changes: ChangeCollector;
  readonly getShadowRoot: GetShadowRoot | undefined;
  readonly stepNodes: number | undefined;
  /** Called for every shadow root a walk enters, so its mutations are observed too. */
  readonly observeShadowRoot: (root: ShadowRoot) => void;
  readonly root: Document | ShadowRoot;
  /** Every shadow root observed so far, besides the root. */
  readonly observed: WeakSet<ShadowRoot>;
}

const SHOW_ELEMENT = 0x1;
const STEP_ITEMS = 64;

/**
 * Brings the reported blocks up to date with one batch of mutations, re-reading only what
 * changed, as a sliceable job:
 * 1. elements whose editor attributes changed are forgotten and re-read as if just inserted;
 * 2. removed subtrees (and ones moved where we do not read) drop their blocks;
 * 3. each changed node maps to its closest block container; containers inside skipped elements,
 *    inside our UI, or inside a subtree inserted in this batch (read whole below) are dropped;
 * 4. each remaining container is re-read shallowly (its own text: a text edit re-reads one
 *    block's container, not the page), entering only nested containers that were inserted in
 *    this batch or never read before.
 */
export function* updateBlocks(batch: MutationBatch, context: UpdateContext): CollectJob {
  const { added, targets } = batch;
  let steps = 0;
  for (const el of batch.attributes) {
    if (!el.isConnected) continue;
    yield* forgetSubtree(el, context);
    added.add(el);
    if (el.parentNode !== null) targets.add(el.parentNode);
  }
  for (const node of batch.removed) {
    // A node moved within what we observe is either re-read in step 4 (its insertion was
    // recorded) or was read by the walk that found its new shadow root (inserted before we
    // observed that root). Anything else removed is gone for us, including moves into a skipped
    // element or into a shadow root we cannot see.
    if (node.isConnected && !isInsideSkipped(node) && isObserved(node, context)) continue;
    yield* forgetSubtree(node, context);
  }

  const containers = new Set<Node>();
  for (const target of targets) {
    const container = containerToRead(target, added, context);
    if (container !== null) containers.add(container);
    if (++steps % STEP_ITEMS === 0) yield;
  }

  let inner: Node[] = [];
  let current: Node | null = null;
  const sink: CollectSink = {
    ...recordingSink(context),
    passedOver: (el) => {
      if (!context.registry.known(el) || insertedBelow(el, current, added)) inner.push(el);
      else pushUnreadShadow(el, inner, context);
    },
  };
  const options = { getShadowRoot: context.getShadowRoot, stepNodes: context.stepNodes };
  for (const container of containers) {
    if (!container.isConnected) continue; // removed while we were paused: step 2 of a later batch
    current = container;
    inner = [];
    yield* collectText(container, sink, { ...options, shallow: true });
    if (container.nodeType === 1) pushUnreadShadow(container as Element, inner, context);
    for (const node of inner) {
      if (!node.isConnected) continue;
      if (node.nodeType === 11) context.observeShadowRoot(node as ShadowRoot);
      yield* collectText(node, sink, options);
    }
  }

  // Block-level insertions that left their parent's own text alone: read each alone, unless a
  // re-read above covered it or it sits inside something inserted, skipped or editable.
  const recording = recordingSink(context);
  for (const el of batch.appended) {
    const parent = el.parentNode;
    if (parent === null || !el.isConnected || isSkippedElement(el)) continue;
    const container = containerToRead(parent, added, context);
    if (container === null || containers.has(container)) continue;
    yield* collectText(el, recording, options);
  }
}

/** The first full read of `root`: every block is new. */
export function readAllBlocks(root: Node, context: UpdateContext): CollectJob {
  const { getShadowRoot, stepNodes } = context;
  const { empty: _nothingKnownYet, ...sink } = recordingSink(context);
  return collectText(root, sink, { getShadowRoot, stepNodes });
}

/**
 * Records every block a walk reports, and reports the blocks of re-read containers as removed,
 * and of containers found empty.
 */
function recordingSink(context: UpdateContext): CollectSink {
  const { registry, changes } = context;
  return {
    container: (container) => changes.remove(registry.restart(container)),
    block: (block) => {
      registry.add(block);
      changes.add(block);
    },
    shadowRoot: (root) => context.observeShadowRoot(root),
    empty: (el) => changes.remove(registry.forget(el)),
  };
}

/** True when `node` is under the watched root through shadow roots we all observe. */
function isObserved(node: Node, context: UpdateContext): boolean {
  for (let n: Node | null = node; n !== null;) {
    if (n === context.root) return true;
    if (n.nodeType === 11) {
      const shadow = n as ShadowRoot;
      // A shadow root we do not observe was never read (or is not found yet).
      if (!context.observed.has(shadow)) return false;
      n = shadow.host;
    } else {
      n = n.parentNode;
    }
  }
  return false;
}

/**
 * A shallow read leaves a known host's shadow tree alone, as it does any nested container. But a
 * host can be known while its shadow tree was never read: a walk that the page cut short (a node
 * on its path removed during a pause) skips the rest of its root, and a later re-read of the host
 * alone is shallow. Such a shadow tree is read whole.
 */
function pushUnreadShadow(host: Element, inner: Node[], context: UpdateContext): void {
  const shadow = shadowRootOf(host, context.getShadowRoot);
  if (shadow !== null && !context.registry.known(shadow)) inner.push(shadow);
}

/** True when `el`, or an element between it and `container`, was inserted in this batch. */
function insertedBelow(el: Element, container: Node | null, added: Set<Node>): boolean {
  for (let n: Node | null = el; n !== null && n !== container; n = n.parentNode) {
    if (added.has(n)) return true;
  }
  return false;
}

/**
 * The closest block container of `target` (itself if it is one), or null when it needs no
 * re-read: gone from the page, inside a skipped element, inside a node inserted in this batch
 * (that node's own container reads it whole), or inside a shadow root we do not observe (one we
 * cannot reach, such as a closed root on a built-in element: a page may move a node we read into
 * it, and what a fresh read would not find must not be read now). O(depth), crossing shadow roots
 * to their hosts.
 */
function containerToRead(target: Node, added: Set<Node>, context: UpdateContext): Node | null {
  if (!target.isConnected || added.has(target)) return null;
  const doc = target.nodeType === 9 ? (target as Document) : target.ownerDocument;
  if (doc?.designMode === 'on') return null;
  const { getShadowRoot, observed, root } = context;
  let container: Node | null = null;
  const type = target.nodeType;
  let n: Node | null = type === 1 || type === 9 || type === 11 ? target : target.parentNode;
  while (n !== null) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (added.has(n) || isSkippedElement(el)) return null;
      if (container === null && (isBlockBoundary(el) || shadowRootOf(el, getShadowRoot) !== null)) {
        container = el;
      }
      n = el.parentNode;
    } else if (n.nodeType === 11) {
      const shadow = n as ShadowRoot;
      if (added.has(n) || (shadow !== root && !observed.has(shadow))) return null;
      container ??= n;
      n = shadow.host ?? null;
    } else {
      container ??= n;
      n = null;
    }
  }
  return container;
}

/** Forgets the blocks of every container in `node`'s subtree, shadow trees included. */
function* forgetSubtree(node: Node, context: UpdateContext): CollectJob {
  const { registry, changes } = context;
  changes.remove(registry.forget(node));
  const doc = node.ownerDocument;
  if (doc === null || (node.nodeType !== 1 && node.nodeType !== 11)) return;
  const walker = doc.createTreeWalker(node, SHOW_ELEMENT);
  let steps = 0;
  for (let el: Node | null = node; el !== null; el = walker.nextNode()) {
    if (el !== node) changes.remove(registry.forget(el));
    if (el.nodeType === 1) {
      const shadow = shadowRootOf(el as Element, context.getShadowRoot);
      if (shadow !== null) yield* forgetSubtree(shadow, context);
    }
    if (++steps % STEP_ITEMS === 0) yield;
  }
}
