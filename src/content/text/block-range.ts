import { locateInBlock } from './locate-in-block.ts';
import type { TextBlock } from './text-block.ts';

/**
 * The DOM range covering `block.text.slice(start, end)`, as a `StaticRangeInit`, which is what
 * `new StaticRange(…)` takes. Highlights should use StaticRange: a live `Range` is updated by the
 * browser on every DOM mutation, which costs a page with thousands of mentions on each change,
 * while our mutation watcher already replaces the ranges of changed blocks. For a live Range,
 * pass the result to `range.setStart` / `range.setEnd`.
 */
export function blockRange(block: TextBlock, start: number, end: number): StaticRangeInit {
  if (end < start) {
    throw new RangeError(`blockRange: end ${end} is before start ${start}`);
  }
  const from = locateInBlock(block, start, 'start');
  const to = start === end ? from : locateInBlock(block, end, 'end');
  return {
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  };
}
