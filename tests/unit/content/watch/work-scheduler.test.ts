import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../../../src/content/watch/token-bucket.ts';
import { runSliced } from '../../../../src/content/watch/work-scheduler.ts';
import { steppingClock } from '../support/test-clocks.ts';

/** A job of `steps` steps that records, per step, whether it was told the page ran. */
function* job(
  steps: number,
  log: Array<boolean | undefined>,
): Generator<void, void, boolean | undefined> {
  log.push(undefined);
  for (let i = 1; i < steps; i++) log.push(yield);
}

describe('runSliced', () => {
  it('ends a slice once its time is used and tells the job it resumed', async () => {
    let pauses = 0;
    const clock = steppingClock(() => pauses++);
    const log: Array<boolean | undefined> = [];
    const slices: number[] = [];
    let stepsBefore = 0;
    const done = await runSliced(job(20, log), {
      clock,
      sliceMs: 4,
      onSliceEnd: () => {
        slices.push(log.length - stepsBefore);
        stepsBefore = log.length;
      },
    });
    expect(done).toBe(true);
    expect(log).toHaveLength(20);
    // The stepping clock advances 1 ms per reading, and each step costs one reading.
    expect(Math.max(...slices)).toBeLessThanOrEqual(4);
    expect(pauses).toBe(slices.length - 1);
    expect(log.filter((resumed) => resumed === true)).toHaveLength(pauses);
  });

  it('stops between slices when aborted, closing the job', async () => {
    const controller = new AbortController();
    const log: Array<boolean | undefined> = [];
    const gen = job(1000, log);
    const clock = steppingClock(() => controller.abort());
    expect(await runSliced(gen, { clock, sliceMs: 2, signal: controller.signal })).toBe(false);
    expect(log.length).toBeLessThan(10);
    expect(gen.next().done).toBe(true);
  });

  it('waits for the token bucket before a slice and charges it after', async () => {
    const clock = steppingClock();
    const bucket = new TokenBucket(10, clock.now());
    bucket.spend(10, clock.now());
    const before = clock.time;
    await runSliced(job(3, []), { clock, sliceMs: 5, bucket });
    // An empty 10 ms/s bucket needs 500 ms to hold 5 ms of work.
    expect(clock.time - before).toBeGreaterThanOrEqual(500);
  });

  it('rejects when a step throws, and on a bad slice length', async () => {
    function* failing(): Generator<void, void, boolean | undefined> {
      yield;
      throw new Error('step failed');
    }
    await expect(runSliced(failing(), { clock: steppingClock() })).rejects.toThrow('step failed');
    await expect(runSliced(job(1, []), { sliceMs: 0 })).rejects.toThrow(
      /sliceMs must be a positive number, got 0/,
    );
  });
});
