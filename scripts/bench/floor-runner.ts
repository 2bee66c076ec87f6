/**
 * The floor: the cost of merely reading the page's text, one TreeWalker pass over <body>
 * reading every text node's data, timed in the page. Runs in the browser context without the
 * extension; the page's heap after GC there is the baseline the content script's heap is
 * compared with.
 */
import { ELEMENT_FLOOR, FLOOR } from './page-scripts.ts';
import type { MeasuredPage } from './session.ts';

export interface FloorRun {
  readonly ms: number;
  readonly nodes: number;
  readonly chars: number;
  /** V8 heap of the page after GC, without the extension. */
  readonly heapBytes: number;
  /** The element floor, on a load of its own, ms. */
  readonly elementMs?: number;
  /** The text and element floors in an isolated world, each on a load of its own, ms. */
  readonly isolatedMs?: number;
  readonly isolatedElementMs?: number;
}

/** Measures the floor on a loaded, settled page (leaves the page as it was). */
export async function measureFloor(measured: MeasuredPage): Promise<FloorRun> {
  const heapBytes = await measured.heapAfterGc();
  const r = (await measured.page.evaluate(FLOOR)) as { ms: number; nodes: number; chars: number };
  return { ms: r.ms, nodes: r.nodes, chars: r.chars, heapBytes };
}

/** Which pass, and in which JavaScript world (see measureFloorPass). */
export interface FloorPass {
  readonly elements: boolean;
  readonly isolated: boolean;
}

/**
 * One floor pass (the text floor, or ELEMENT_FLOOR) on a freshly loaded page, in the page's main
 * world or in an isolated world made for it, as a content script's is. Blink keeps a separate
 * set of DOM wrappers per world, and outside the main world finding a node's wrapper is a
 * hash-table lookup instead of a field read, so the same pass costs more there: that is the
 * floor any content script stands on. Each pass needs a page of its own: once a world has made
 * a node's wrapper, a second pass over it would look cheaper than it is.
 */
export async function measureFloorPass(measured: MeasuredPage, pass: FloorPass): Promise<number> {
  const expression = pass.elements ? ELEMENT_FLOOR : FLOOR;
  if (!pass.isolated) return ((await measured.page.evaluate(expression)) as { ms: number }).ms;
  const { frameTree } = await measured.cdp.send('Page.getFrameTree');
  const { executionContextId } = await measured.cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'backstory-bench-floor',
  });
  const { result, exceptionDetails } = await measured.cdp.send('Runtime.evaluate', {
    expression,
    contextId: executionContextId,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`bench: floor pass failed: ${exceptionDetails.text}`);
  return (result.value as { ms: number }).ms;
}
