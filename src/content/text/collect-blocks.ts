import { collectText } from './collect-text.ts';
import type { GetShadowRoot } from './shadow-root-of.ts';
import type { TextBlock } from './text-block.ts';

export interface CollectedText {
  /** In document order, a shadow tree's blocks before its host's light children. */
  readonly blocks: TextBlock[];
  /** Every shadow root entered, so a caller can observe them. */
  readonly shadowRoots: ShadowRoot[];
}

/**
 * Collects all text blocks under `root` in one go: for the Node scanner (jsdom) and tests. The
 * content script slices the same walk with `runSliced` instead, so a big page never blocks.
 */
export function collectBlocks(
  root: Node,
  options: { readonly getShadowRoot?: GetShadowRoot } = {},
): CollectedText {
  const blocks: TextBlock[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const job = collectText(
    root,
    { block: (block) => blocks.push(block), shadowRoot: (shadow) => shadowRoots.push(shadow) },
    { getShadowRoot: options.getShadowRoot },
  );
  while (job.next().done !== true) {
    // Each step walks a few nodes; nothing to do between them here.
  }
  return { blocks, shadowRoots };
}
