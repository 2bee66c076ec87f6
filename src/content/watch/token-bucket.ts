/**
 * Caps how much main-thread time a stream of work may take: at most `msPerSecond` of work per
 * second on average, with bursts up to one second's allowance. Work is charged after it ran (it
 * may overrun, leaving a debt), and new work waits until the bucket holds enough for one slice.
 *
 * This is what keeps a page that mutates without pause (a ticker, a chat) from driving the
 * content script into a loop: however fast changes arrive, processing them costs at most this
 * share of the CPU, and the changes that pile up meanwhile coalesce into one later batch.
 */
export class TokenBucket {
  private readonly msPerSecond: number;
  private readonly perMs: number;
  private tokens: number;
  private last: number;

  constructor(msPerSecond: number, now: number) {
    if (!Number.isFinite(msPerSecond) || msPerSecond <= 0 || msPerSecond > 1000) {
      throw new RangeError(
        `TokenBucket: msPerSecond must be a number in (0, 1000], got ${String(msPerSecond)}`,
      );
    }
    this.msPerSecond = msPerSecond;
    this.perMs = msPerSecond / 1000;
    this.tokens = msPerSecond;
    this.last = now;
  }

  /** Milliseconds to wait before `needMs` of work may start (0 when it may start now). */
  waitMs(now: number, needMs: number): number {
    this.refill(now);
    const need = Math.min(needMs, this.msPerSecond);
    return this.tokens >= need ? 0 : (need - this.tokens) / this.perMs;
  }

  /** Charges `ms` of work that just ran. */
  spend(ms: number, now: number): void {
    this.refill(now);
    this.tokens -= Math.max(0, ms);
  }

  private refill(now: number): void {
    const elapsed = now - this.last;
    if (elapsed > 0) {
      this.tokens = Math.min(this.msPerSecond, this.tokens + elapsed * this.perMs);
      this.last = now;
    }
  }
}
