// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../../src/content/text/collect-blocks.ts';
import { locateInBlock } from '../../../../src/content/text/locate-in-block.ts';
import { isInsideSkipped } from '../../../../src/content/text/skip-rules.ts';
import { referenceBlocks } from '../support/reference-blocks.ts';
import { build, forestArb } from '../support/random-dom.ts';

describe('collectBlocks on random DOM trees', () => {
  it('equals the recursive reference and keeps every block consistent', () => {
    fc.assert(
      fc.property(forestArb, fc.nat(), (forest, seed) => {
        const doc = document.implementation.createHTMLDocument('random');
        const closed = new Map<Element, ShadowRoot>();
        for (const spec of forest) doc.body.append(build(doc, spec, closed));
        const getShadowRoot = (el: Element): ShadowRoot | null => closed.get(el) ?? el.shadowRoot;

        const { blocks, shadowRoots } = collectBlocks(doc, { getShadowRoot });
        const reference = referenceBlocks(doc, getShadowRoot);
        expect(blocks.map((b) => [b.text, b.container])).toEqual(
          reference.map((r) => [r.text, r.container]),
        );
        for (const block of blocks) {
          expect(block.text).toBe(block.nodes.map((n) => n.data).join(''));
          let at = 0;
          block.nodes.forEach((node, i) => {
            expect(block.starts[i]).toBe(at);
            at += node.data.length;
            // A mention is never reported inside a skipped element.
            expect(isInsideSkipped(node)).toBe(false);
          });
          const offset = seed % (block.text.length + 1);
          if (offset < block.text.length) {
            const point = locateInBlock(block, offset, 'start');
            expect(point.node.data[point.offset]).toBe(block.text[offset]);
          }
        }
        for (const shadow of shadowRoots) expect(getShadowRoot(shadow.host)).toBe(shadow);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
