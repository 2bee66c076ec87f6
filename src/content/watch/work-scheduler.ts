import { pageClock, type PageClock } from './page-clock.ts';
import type { TokenBucket } from './token-bucket.ts';

export interface SliceOptions {
  readonly signal?: AbortSignal;
  /** Work per slice before yielding to the page, in ms (default 8: well under a 50 ms task). */
  readonly sliceMs?: number;
  /** Caps the work per second (see TokenBucket); slices wait while it is empty. */
  readonly bucket?: TokenBucket;
  readonly clock?: PageClock;
  /** Runs at the end of every slice, inside the slice's time (delivering its results). */
  readonly onSliceEnd?: () => void;
}

/** A job advanced step by step; `next(true)` tells it the page ran since the last step. */
export type SlicedJob = Iterator<unknown, unknown, boolean | undefined>;

const DEFAULT_SLICE_MS = 8;

/**
 * Runs `job` to completion in slices of about `sliceMs`, yielding to the page between slices so
 * no task it causes comes near 50 ms, whatever the size of the job. Each step must be short (the
 * collector's steps walk ~128 nodes); the clock is read after every step.
 *
 * Resolves true when the job finished, false when `signal` aborted it (checked between slices,
 * and the job is then closed). A step that throws rejects the promise.
 */
export async function runSliced(job: SlicedJob, options: SliceOptions = {}): Promise<boolean> {
  const { signal, bucket, onSliceEnd } = options;
  const clock = options.clock ?? pageClock;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  if (!Number.isFinite(sliceMs) || sliceMs <= 0) {
    throw new RangeError(`runSliced: sliceMs must be a positive number, got ${String(sliceMs)}`);
  }
  let resumed = false;
  for (;;) {
    if (bucket !== undefined) {
      const wait = bucket.waitMs(clock.now(), sliceMs);
      if (wait > 0) {
        await clock.sleep(wait);
        resumed = true;
      }
    }
    if (signal?.aborted === true) {
      job.return?.(undefined);
      return false;
    }
    const start = clock.now();
    let done: boolean;
    do {
      done = job.next(resumed).done === true;
      resumed = false;
    } while (!done && clock.now() - start < sliceMs);
    onSliceEnd?.();
    bucket?.spend(clock.now() - start, clock.now());
    if (done) return true;
    await clock.yieldToPage();
    resumed = true;
  }
}
