import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../../../src/content/watch/token-bucket.ts';

describe('TokenBucket', () => {
  it('allows a burst of one second’s budget, then makes work wait for refill', () => {
    const bucket = new TokenBucket(100, 0);
    expect(bucket.waitMs(0, 8)).toBe(0);
    bucket.spend(100, 0);
    expect(bucket.waitMs(0, 8)).toBeCloseTo(80); // 8 ms of budget refill in 80 ms at 10 %
    expect(bucket.waitMs(80, 8)).toBe(0);
  });

  it('carries an overrun as debt', () => {
    const bucket = new TokenBucket(100, 0);
    bucket.spend(150, 0);
    expect(bucket.waitMs(0, 10)).toBeCloseTo(600);
  });

  it('never refills beyond one second’s budget', () => {
    const bucket = new TokenBucket(50, 0);
    bucket.spend(50, 0);
    expect(bucket.waitMs(1_000_000, 50)).toBe(0);
    bucket.spend(50, 1_000_000);
    expect(bucket.waitMs(1_000_000, 1)).toBeGreaterThan(0);
  });

  it('keeps any work pattern that obeys it within budget × time + one burst', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 500 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 200 })), {
          minLength: 1,
          maxLength: 200,
        }),
        (budget, pattern) => {
          const bucket = new TokenBucket(budget, 0);
          let now = 0;
          let worked = 0;
          for (const [work, gap] of pattern) {
            now += bucket.waitMs(now, 8);
            bucket.spend(work, now + work);
            now += work + gap;
            worked += work;
          }
          expect(worked).toBeLessThanOrEqual(budget + (budget * now) / 1000 + 40);
        },
      ),
    );
  });

  it('rejects budgets outside (0, 1000] ms per second', () => {
    for (const bad of [0, -1, 1001, Number.NaN, Infinity]) {
      expect(() => new TokenBucket(bad, 0)).toThrow(/msPerSecond must be a number in \(0, 1000\]/);
    }
  });
});
