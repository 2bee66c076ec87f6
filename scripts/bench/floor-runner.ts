/**
 * The floor: the cost of merely reading the page's text, one TreeWalker pass over <body>
 * reading every text node's data, timed in the page. Runs in the browser context without the
 * extension; the page's heap after GC there is the baseline the content script's heap is
 * compared with.
 */
import { FLOOR } from './page-scripts.ts';
import type { MeasuredPage } from './session.ts';

export interface FloorRun {
  readonly ms: number;
  readonly nodes: number;
  readonly chars: number;
  /** V8 heap of the page after GC, without the extension. */
  readonly heapBytes: number;
}

/** Measures the floor on a loaded, settled page (leaves the page as it was). */
export async function measureFloor(measured: MeasuredPage): Promise<FloorRun> {
  const heapBytes = await measured.heapAfterGc();
  const r = (await measured.page.evaluate(FLOOR)) as { ms: number; nodes: number; chars: number };
  return { ms: r.ms, nodes: r.nodes, chars: r.chars, heapBytes };
}
