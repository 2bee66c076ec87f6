/**
 * The time and task primitives the sliced work runs on, behind one interface so tests can drive
 * them deterministically and the Node scanner can run without a browser.
 */
export interface PageClock {
  now(): number;
  /** Ends the current task so input, rendering and the page's own tasks run, then resumes soon. */
  yieldToPage(): Promise<void>;
  sleep(ms: number): Promise<void>;
  /** Resolves in an idle period of the page, or after `timeoutMs` at the latest. */
  idle(timeoutMs: number): Promise<void>;
}

interface YieldingScheduler {
  yield(): Promise<void>;
}
type IdleRequest = (callback: () => void, options: { timeout: number }) => number;

// Captured once: later tampering with globals (a hostile page sharing our world in the fallback
// case) cannot change what we call.
const scope = globalThis as {
  scheduler?: Partial<YieldingScheduler>;
  requestIdleCallback?: IdleRequest;
  MessageChannel?: typeof MessageChannel;
};
const nativeScheduler = scope.scheduler;
const nativeYield = nativeScheduler?.yield;
const nativeIdle = scope.requestIdleCallback;
const NativeChannel = scope.MessageChannel;
const nativeNow = performance.now.bind(performance);

/**
 * Why these primitives:
 * - `scheduler.yield()` (Chromium 129+; used wherever it exists) ends the task but resumes ahead of other
 *   queued tasks, so a long walk finishes quickly while input is still handled between slices.
 * - Else a MessageChannel message: a real task with no minimum delay. `setTimeout(0)` is clamped
 *   to 4 ms after a few nested calls, which would leave a sliced walk idle a third of the time.
 * - `idle` uses `requestIdleCallback` with a timeout, so mutation batches wait for a quiet moment
 *   but never longer than the timeout; without it, a short timer.
 */
export const pageClock: PageClock = {
  now: nativeNow,
  yieldToPage() {
    if (typeof nativeYield === 'function') return nativeYield.call(nativeScheduler);
    if (NativeChannel !== undefined) {
      return new Promise((resolve) => {
        const channel = new NativeChannel();
        channel.port1.onmessage = () => {
          channel.port1.close(); // closes both ends; nothing keeps a Node process alive
          resolve();
        };
        channel.port2.postMessage(null);
      });
    }
    return new Promise((resolve) => setTimeout(resolve, 0));
  },
  sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  },
  idle(timeoutMs) {
    if (typeof nativeIdle === 'function') {
      return new Promise((resolve) => nativeIdle(() => resolve(), { timeout: timeoutMs }));
    }
    return new Promise((resolve) => setTimeout(resolve, Math.min(timeoutMs, 16)));
  },
};
