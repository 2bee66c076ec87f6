import { extensionAlive } from '../platform/browser.ts';

/** Event a fresh content script dispatches so an orphaned one from before an update can leave. */
const HELLO_EVENT = 'backstory:content-started';
const INSTANCE_KEY = Symbol.for('backstory.content.instance');

export interface Lifecycle {
  /** Aborted on teardown: every listener, observer and timer of the content script hangs on it. */
  readonly signal: AbortSignal;
  /** Registers cleanup to run on teardown (highlights, card host). */
  onTeardown(cleanup: () => void): void;
  /** Checks the extension context and tears down if it is gone; true while alive. */
  check(): boolean;
  teardown(reason: string): void;
}

interface Registered {
  readonly lifecycle: Lifecycle;
}

/**
 * Starts the content script's lifecycle, or returns null when a live instance already runs in
 * this world (double injection: `executeScript` after the manifest injection, bfcache, …).
 *
 * After an extension update or reload Chrome leaves the old script running with a dead
 * `runtime`; it must remove its highlights, listeners and card so the new one does not paint a
 * second set. It learns this from the new script's hello event, and from `check()` calls made on
 * every batch of work and user interaction.
 */
export function startLifecycle(): Lifecycle | null {
  const scope = globalThis as unknown as Record<symbol, Registered | undefined>;
  const previous = scope[INSTANCE_KEY];
  if (previous && previous.lifecycle.check()) return null;

  const controller = new AbortController();
  const cleanups: Array<() => void> = [];
  const lifecycle: Lifecycle = {
    signal: controller.signal,
    onTeardown: (cleanup) => {
      if (controller.signal.aborted) cleanup();
      else cleanups.push(cleanup);
    },
    check: () => {
      if (controller.signal.aborted) return false;
      if (extensionAlive()) return true;
      lifecycle.teardown('extension context invalidated');
      return false;
    },
    teardown: (reason) => {
      if (controller.signal.aborted) return;
      controller.abort(reason);
      for (const cleanup of cleanups.splice(0).reverse()) {
        try {
          cleanup();
        } catch {
          // Teardown must finish whatever one cleanup does.
        }
      }
      if (scope[INSTANCE_KEY]?.lifecycle === lifecycle) scope[INSTANCE_KEY] = undefined;
    },
  };
  scope[INSTANCE_KEY] = { lifecycle };

  document.addEventListener(HELLO_EVENT, () => lifecycle.check(), { signal: controller.signal });
  // Tell any orphan from a previous install to check itself (it shares the DOM, not our world).
  document.dispatchEvent(new CustomEvent(HELLO_EVENT));
  const timer = setInterval(() => lifecycle.check(), 5000);
  lifecycle.onTeardown(() => clearInterval(timer));
  return lifecycle;
}
