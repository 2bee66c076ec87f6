import type { BlockChanges } from '../../../../src/content/watch/block-changes.ts';
import type { TextBlock } from '../../../../src/content/text/text-block.ts';
import {
  watchMutations,
  type TextWatcher,
  type WatchOptions,
} from '../../../../src/content/watch/watch-mutations.ts';

export interface Watched {
  readonly watcher: TextWatcher;
  readonly controller: AbortController;
  /** The blocks a consumer holds: every `added` minus every `removed`. */
  readonly live: Set<TextBlock>;
  readonly calls: BlockChanges[];
  readonly errors: unknown[];
  /** Sorted texts of the live blocks. */
  texts(): string[];
}

/**
 * Watches `root` the way the content script will: keeps the live blocks, and fails (through
 * `errors`) if a block is removed without having been added or added twice.
 */
export function watch(
  root: Document | ShadowRoot,
  options: Omit<WatchOptions, 'signal'> = {},
): Watched {
  const controller = new AbortController();
  const live = new Set<TextBlock>();
  const calls: BlockChanges[] = [];
  const errors: unknown[] = [];
  const watcher = watchMutations(
    root,
    (changes) => {
      calls.push(changes);
      for (const block of changes.removed) {
        if (!live.delete(block)) throw new Error(`removed a block never added: ${block.text}`);
      }
      for (const block of changes.added) {
        if (live.has(block)) throw new Error(`added a block twice: ${block.text}`);
        live.add(block);
      }
    },
    { onError: (error) => errors.push(error), ...options, signal: controller.signal },
  );
  const texts = (): string[] => [...live].map((block) => block.text).sort();
  return { watcher, controller, live, calls, errors, texts };
}
