import { BlockRegistry } from './block-registry.ts';
import { ChangeCollector, type BlockChanges } from './block-changes.ts';
import type { CollectJob } from '../text/collect-text.ts';
import { MutationBuffer } from './mutation-buffer.ts';
import { pageClock, type PageClock } from './page-clock.ts';
import type { GetShadowRoot } from '../text/shadow-root-of.ts';
import { SKIP_ATTRIBUTES } from '../text/skip-rules.ts';
import { TokenBucket } from './token-bucket.ts';
import { readAllBlocks, updateBlocks, type UpdateContext } from './update-blocks.ts';
import { runSliced } from './work-scheduler.ts';

export interface WatchOptions {
  /** Aborting disconnects the observer, drops buffered changes and stops all work. */
  readonly signal: AbortSignal;
  readonly getShadowRoot?: GetShadowRoot;
  /**
   * Main-thread ms per second that mutation processing may use (default 80). The observer's
   * callback and the viewport painter run outside the cap, so 80 keeps the whole content script
   * under 10 % of a core on a page that never stops changing (measured: 11.5 % at 100).
   */
  readonly budgetMsPerSecond?: number;
  /** Length of one slice of work, in ms (default 8). */
  readonly sliceMs?: number;
  /** Nodes walked between two clock readings (default 128; see CollectOptions). */
  readonly stepNodes?: number;
  /** How long a batch of mutations may wait for an idle moment, in ms (default 100). */
  readonly idleTimeoutMs?: number;
  readonly clock?: PageClock;
  /** Receives errors of our own (and of `onChange`); they never reach the page. */
  readonly onError?: (error: unknown) => void;
}

export interface TextWatcher {
  /** Resolves once every change seen so far has been collected and reported, or on abort. */
  whenIdle(): Promise<void>;
}

/**
 * Collects the text of `root` (a document, or a shadow root) and keeps it current: reports all
 * blocks once, in slices, then the blocks that changed as the page mutates.
 *
 * One MutationObserver serves the root and every shadow root found inside it. Its callback only
 * buffers (see MutationBuffer); batches are processed later, when the page is idle (or after
 * `idleTimeoutMs`), in time slices, re-reading only the changed containers (see updateBlocks).
 * Mutation processing is capped at `budgetMsPerSecond` by a token bucket: a page that mutates
 * without pause gets its changes coalesced into fewer, later batches instead of keeping us busy.
 * `onChange` runs at the end of each slice and its time counts against the slice and the cap,
 * so keep it proportional to the blocks it receives (match, paint, return).
 */
export function watchMutations(
  root: Document | ShadowRoot,
  onChange: (changes: BlockChanges) => void,
  options: WatchOptions,
): TextWatcher {
  checkArguments(root, options);
  const { signal, getShadowRoot, sliceMs } = options;
  if (signal.aborted) return { whenIdle: () => Promise.resolve() };
  const clock = options.clock ?? pageClock;
  const idleTimeoutMs = options.idleTimeoutMs ?? 100;
  const bucket = new TokenBucket(options.budgetMsPerSecond ?? 80, clock.now());
  const buffer = new MutationBuffer();
  const changes = new ChangeCollector();
  const waiters: Array<() => void> = [];
  let running = false;

  const report = (error: unknown): void => {
    try {
      (options.onError ?? defaultReport)(error);
    } catch {
      // Reporting must not become the error.
    }
  };
  const deliver = (): void => {
    const batch = changes.take();
    if (batch === null || signal.aborted) return;
    try {
      onChange(batch);
    } catch (error) {
      report(error);
    }
  };
  const settle = (): void => {
    if (running || !(signal.aborted || buffer.isEmpty)) return;
    for (const resolve of waiters.splice(0)) resolve();
  };

  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const Observer = globalThis.MutationObserver ?? doc?.defaultView?.MutationObserver;
  const observer = new Observer((records) => {
    try {
      buffer.add(records);
      if (!running) void run(null);
    } catch (error) {
      report(error);
    }
  });
  const observeOptions: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: [...SKIP_ATTRIBUTES],
    attributeOldValue: true, // to tell an editor class being added from other class changes
  };
  const observed = new WeakSet<ShadowRoot>();
  const context: UpdateContext = {
    registry: new BlockRegistry(),
    changes,
    getShadowRoot,
    stepNodes: options.stepNodes,
    root,
    observed,
    observeShadowRoot: (shadow) => {
      try {
        observer.observe(shadow, observeOptions);
        observed.add(shadow);
      } catch (error) {
        report(error);
      }
    },
  };
  const slicing = { signal, sliceMs, clock, onSliceEnd: deliver };

  async function run(first: CollectJob | null): Promise<void> {
    running = true;
    try {
      // The first full read is not capped: it is what the user waits for after page load. It
      // starts in a task of its own, so the start-up work before it (building the matcher,
      // reading the page's theme) and its first slice never add up to one long task.
      if (first !== null) {
        await clock.yieldToPage();
        if (!signal.aborted) await runSliced(first, slicing).catch(report);
      }
      while (!signal.aborted && !buffer.isEmpty) {
        await clock.idle(idleTimeoutMs);
        const batch = buffer.take();
        if (batch === null || signal.aborted) break;
        await runSliced(updateBlocks(batch, context), { ...slicing, bucket }).catch(report);
      }
    } catch (error) {
      report(error);
    } finally {
      running = false;
      settle();
    }
  }

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      buffer.clear();
      settle();
    },
    { once: true },
  );
  // Observe before reading, so nothing that changes during the sliced first read is missed.
  observer.observe(root, observeOptions);
  void run(readAllBlocks(root, context));

  return {
    async whenIdle() {
      // Let mutation records queued before this call reach the buffer first.
      await Promise.resolve();
      if (running || !(signal.aborted || buffer.isEmpty)) {
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}

function checkArguments(root: Document | ShadowRoot, options: WatchOptions): void {
  const where = 'watchMutations';
  if (typeof root !== 'object' || root === null || (root.nodeType !== 9 && root.nodeType !== 11)) {
    throw new TypeError(`${where}: root must be a Document or a ShadowRoot`);
  }
  const positive = (name: string, value: number | undefined, max: number): void => {
    if (value !== undefined && !(Number.isFinite(value) && value > 0 && value <= max)) {
      throw new RangeError(`${where}: ${name} must be a number in (0, ${max}], got ${value}`);
    }
  };
  positive('budgetMsPerSecond', options.budgetMsPerSecond, 1000);
  positive('sliceMs', options.sliceMs, 1000);
  positive('idleTimeoutMs', options.idleTimeoutMs, 60_000);
  positive('stepNodes', options.stepNodes, 1_000_000);
}

function defaultReport(error: unknown): void {
  console.debug('[Backstory] text watcher:', error);
}
