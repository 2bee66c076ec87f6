import type { PageClock } from '../../../../src/content/watch/page-clock.ts';

/**
 * A clock that advances 1 ms on every reading, so a 1 ms slice ends after each step, and whose
 * pauses resolve on a microtask after running `onPause` (the test's page changes). Sleeping
 * advances the clock by the time slept. Nothing depends on wall-clock time.
 */
export function steppingClock(onPause: () => void = () => undefined): PageClock & { time: number } {
  const clock = {
    time: 0,
    now: () => ++clock.time,
    yieldToPage: async () => {
      onPause();
      await Promise.resolve();
    },
    sleep: async (ms: number) => {
      clock.time += ms;
      onPause();
      await Promise.resolve();
    },
    idle: async () => {
      onPause();
      await Promise.resolve();
    },
  };
  return clock;
}
