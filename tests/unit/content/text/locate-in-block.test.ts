// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { locateInBlock } from '../../../../src/content/text/locate-in-block.ts';
import type { TextBlock } from '../../../../src/content/text/text-block.ts';

function blockOf(...parts: string[]): TextBlock {
  const nodes = parts.map((part) => document.createTextNode(part));
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    starts.push(at);
    at += part.length;
  }
  return { text: parts.join(''), nodes, starts, container: document.body };
}

describe('locateInBlock', () => {
  it('maps every offset to the node holding that character', () => {
    const block = blockOf('Il', 'ham', ' ', 'Aliyev', "'s");
    for (let offset = 0; offset < block.text.length; offset++) {
      const point = locateInBlock(block, offset, 'start');
      expect(point.node.data[point.offset]).toBe(block.text[offset]);
    }
  });

  it('puts a boundary offset in the next node for starts, the previous one for ends', () => {
    const block = blockOf('Ilham', ' Aliyev');
    const [first, second] = block.nodes;
    expect(locateInBlock(block, 5, 'start')).toEqual({ node: second, offset: 0 });
    expect(locateInBlock(block, 5, 'end')).toEqual({ node: first, offset: 5 });
    expect(locateInBlock(block, 0, 'end')).toEqual({ node: first, offset: 0 });
    expect(locateInBlock(block, 12, 'start')).toEqual({ node: second, offset: 7 });
    expect(locateInBlock(block, 12, 'end')).toEqual({ node: second, offset: 7 });
  });

  it('skips empty nodes at a boundary', () => {
    const block = blockOf('Ilham', '', '', ' Aliyev');
    expect(locateInBlock(block, 5, 'start').node).toBe(block.nodes[3]);
    expect(locateInBlock(block, 5, 'end').node).toBe(block.nodes[0]);
  });

  it('handles a large block by binary search', () => {
    const parts = Array.from({ length: 10_000 }, (_, i) => `w${i} `);
    const block = blockOf(...parts);
    const offset = block.text.indexOf('w7777 ');
    expect(locateInBlock(block, offset + 2, 'start')).toEqual({
      node: block.nodes[7777],
      offset: 2,
    });
  });

  it('rejects offsets outside the text, naming them', () => {
    const block = blockOf('Baku');
    expect(() => locateInBlock(block, 5, 'start')).toThrow(/offset 5 is outside .*length 4/);
    expect(() => locateInBlock(block, -1, 'end')).toThrow(RangeError);
    expect(() => locateInBlock(block, 1.5, 'end')).toThrow(RangeError);
  });
});
