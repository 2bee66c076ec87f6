import type { GetShadowRoot } from './shadow-root-of.ts';
import type { TextBlock } from './text-block.ts';
import { TextWalker } from './text-walker.ts';

export interface CollectOptions {
  readonly getShadowRoot?: GetShadowRoot;
  /**
   * Collect only the root's own blocks: nested block containers and shadow roots are not entered
   * but reported to `passedOver`. The mutation watcher uses it to re-read one changed container.
   */
  readonly shallow?: boolean;
  /** Nodes walked per step of the job (default 128): the granularity at which a slice may end. */
  readonly stepNodes?: number;
}

/** Receives what a walk finds, in document order (a shadow tree before its host's children). */
export interface CollectSink {
  block(block: TextBlock): void;
  /** The walk starts reading `container`'s own text: blocks seen for it before are outdated. */
  container?(container: Node): void;
  shadowRoot?(root: ShadowRoot, host: Element): void;
  /** A shallow walk left this nested block container (or shadow host) unread. */
  passedOver?(boundary: Element): void;
  /**
   * The walk met this block boundary empty. A re-read needs it: the element may have been a
   * container with text when last read (emptied and moved in one batch, say).
   */
  empty?(boundary: Element): void;
}

/**
 * One walk, advanced by `next()` in steps of `stepNodes` nodes. The caller passes
 * `next(true)` when it let the page run since the previous step, so the walk checks that its
 * position is still in the tree.
 */
export type CollectJob = Generator<void, void, boolean | undefined>;

const STEP_NODES = 128;

/**
 * Walks the text under `root` (a document, shadow root or element) into blocks, incrementally:
 * drain it at once (`collectBlocks`) or slice it (`runSliced`). Skipped elements are never entered;
 * text inside them never reaches a block. A document in design mode yields nothing.
 *
 * The walk keeps only the block being built plus the path of open elements, so memory stays
 * proportional to depth, not to page size, beyond the blocks it hands out.
 *
 * If, during a pause, the page removes or moves a node on the walk's path, the walk drops the
 * block it was building and skips the rest of the nearest ancestor still in place. The page's
 * change queued a mutation record for that ancestor, so whoever pauses a walk must re-read the
 * changed containers (watchMutations does); a walk drained without pauses never needs it.
 */
export function collectText(
  root: Node,
  sink: CollectSink,
  options: CollectOptions = {},
): CollectJob {
  const stepNodes = options.stepNodes ?? STEP_NODES;
  if (!Number.isInteger(stepNodes) || stepNodes < 1) {
    throw new RangeError(
      `collectText: stepNodes must be a positive integer, got ${String(options.stepNodes)}`,
    );
  }
  const walker = new TextWalker(root, sink, options.getShadowRoot, options.shallow === true);
  return steps(walker, stepNodes);
}

function* steps(walker: TextWalker, stepNodes: number): CollectJob {
  while (!walker.step(stepNodes)) {
    if ((yield) === true) walker.recheck();
  }
}
