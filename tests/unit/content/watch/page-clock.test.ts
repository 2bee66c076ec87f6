import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageClock } from '../../../../src/content/watch/page-clock.ts';

describe('pageClock', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('yields, sleeps and waits for idle without any browser scheduler', async () => {
    const before = pageClock.now();
    await pageClock.yieldToPage();
    await pageClock.sleep(1);
    await pageClock.idle(50);
    expect(pageClock.now()).toBeGreaterThanOrEqual(before);
  });

  it('prefers scheduler.yield and requestIdleCallback where the browser has them', async () => {
    const calls: string[] = [];
    vi.stubGlobal('scheduler', {
      yield: () => {
        calls.push('yield');
        return Promise.resolve();
      },
    });
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options: { timeout: number }) => {
      calls.push(`idle ${options.timeout}`);
      callback();
      return 1;
    });
    const { pageClock: fresh } = await import('../../../../src/content/watch/page-clock.ts');
    await fresh.yieldToPage();
    await fresh.idle(100);
    expect(calls).toEqual(['yield', 'idle 100']);
  });
});
