// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockRange } from '../../../../src/content/text/block-range.ts';
import { collectBlocks } from '../../../../src/content/text/collect-blocks.ts';

function firstBlock(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const block = collectBlocks(doc).blocks[0];
  if (block === undefined) throw new Error('fixture has no text');
  return { doc, block };
}

describe('blockRange', () => {
  it('spans inline tags and covers exactly the requested characters', () => {
    const { doc, block } = firstBlock('<p>President <b>Ilham</b> <i>Ali</i>yev’s speech</p>');
    const start = block.text.indexOf('Ilham');
    const end = block.text.indexOf('’s');
    const init = blockRange(block, start, end);
    const range = doc.createRange();
    range.setStart(init.startContainer, init.startOffset);
    range.setEnd(init.endContainer, init.endOffset);
    expect(range.toString()).toBe('Ilham Aliyev');
    expect(new StaticRange(init).collapsed).toBe(false);
  });

  it('ends inside the element that holds the last character', () => {
    const { block } = firstBlock('<p><b>Ilham</b> Aliyev</p>');
    const init = blockRange(block, 0, 5);
    expect(init.endContainer).toBe(block.nodes[0]);
    expect(init.endOffset).toBe(5);
  });

  it('gives an empty range for an empty span and rejects reversed ones', () => {
    const { block } = firstBlock('<p>Baku</p>');
    const empty = blockRange(block, 2, 2);
    expect([empty.startContainer, empty.startOffset]).toEqual([empty.endContainer, 2]);
    expect(() => blockRange(block, 3, 1)).toThrow(/end 1 is before start 3/);
  });
});
