import type { TextBlock } from './text-block.ts';

/** A DOM boundary point inside one text node. */
export interface TextPoint {
  readonly node: Text;
  readonly offset: number;
}

/**
 * Maps an offset in `block.text` to the text node and offset it falls in, by binary search over
 * `block.starts` (O(log n), no allocation but the result).
 *
 * An offset that sits exactly between two nodes belongs to the next node when it starts a range
 * (`bias: 'start'`) and to the previous node when it ends one (`bias: 'end'`), so a range never
 * reaches into a neighbouring node it does not cover (`<b>Ilham</b> Aliyev`: "Ilham" ends inside
 * the `<b>`, not at offset 0 of " Aliyev").
 */
export function locateInBlock(block: TextBlock, offset: number, bias: 'start' | 'end'): TextPoint {
  const { nodes, starts, text } = block;
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(
      `locateInBlock: offset ${String(offset)} is outside the block text (length ${text.length})`,
    );
  }
  const last = nodes.length - 1;
  let lo = 0;
  let hi = last;
  if (bias === 'start') {
    // The last node starting at or before offset (later nodes win ties, so empty nodes lose).
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
  } else {
    // The first node ending at or after offset; a node ends where the next one starts.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const end = mid === last ? text.length : (starts[mid + 1] ?? text.length);
      if (end >= offset) hi = mid;
      else lo = mid + 1;
    }
  }
  const node = nodes[lo];
  if (node === undefined) throw new RangeError('locateInBlock: the block has no text nodes');
  return { node, offset: offset - (starts[lo] ?? 0) };
}
