import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../../src/content/card/hover-intent.ts';

const a = { key: {}, name: 'a' };
const b = { key: {}, name: 'b' };

describe('HoverIntent', () => {
  let log: string[];
  let intent: HoverIntent<typeof a>;
  beforeEach(() => {
    vi.useFakeTimers();
    log = [];
    intent = new HoverIntent(
      { open: (t) => log.push(`open ${t.name}`), close: () => log.push('close') },
      { openDelay: 300, closeDelay: 300 },
    );
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests for the delay', () => {
    intent.pointerOver(a);
    vi.advanceTimersByTime(299);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a']);
  });

  it('does not open when the pointer passes over a name', () => {
    intent.pointerOver(a);
    vi.advanceTimersByTime(100);
    intent.pointerOver(null);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
  });

  it('stays open while the pointer is on the card, closes after leaving both', () => {
    intent.pointerOver(a);
    vi.advanceTimersByTime(300);
    intent.pointerOver(null);
    vi.advanceTimersByTime(200);
    intent.pointerOnCard(true);
    vi.advanceTimersByTime(5000);
    expect(log).toEqual(['open a']);
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(299);
    expect(log).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a', 'close']);
  });

  it('switches to another name without closing first', () => {
    intent.pointerOver(a);
    vi.advanceTimersByTime(300);
    intent.pointerOver(b);
    expect(log).toEqual(['open a', 'open b']);
    expect(intent.current).toBe(b);
  });

  it('returning to the same name cancels the pending close', () => {
    intent.pointerOver(a);
    vi.advanceTimersByTime(300);
    intent.pointerOver(null);
    vi.advanceTimersByTime(200);
    intent.pointerOver(a);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open a']);
  });

  it('closes at once on Esc and opens at once from the keyboard', () => {
    intent.openNow(a);
    intent.closeNow();
    intent.closeNow();
    expect(log).toEqual(['open a', 'close']);
  });
});
