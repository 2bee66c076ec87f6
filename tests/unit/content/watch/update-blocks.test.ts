// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInsideSkipped } from '../../../../src/content/text/skip-rules.ts';
import { referenceBlocks } from '../support/reference-blocks.ts';
import {
  ATTRIBUTES,
  allNodes,
  build,
  forestArb,
  nodeArb,
  textArb,
  type NodeSpec,
} from '../support/random-dom.ts';
import { steppingClock } from '../support/test-clocks.ts';
import { watch } from '../support/watch-harness.ts';

/** A page change, its targets picked by index among the nodes present when it runs. */
type Change =
  | { readonly kind: 'text'; readonly pick: number; readonly data: string }
  | { readonly kind: 'remove'; readonly pick: number }
  | { readonly kind: 'insert'; readonly pick: number; readonly at: number; readonly spec: NodeSpec }
  | { readonly kind: 'move'; readonly pick: number; readonly to: number; readonly at: number }
  | {
      readonly kind: 'attribute';
      readonly pick: number;
      readonly attr: readonly [string, string] | null;
    };

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant('text' as const),
    pick: fc.nat(),
    data: textArb.map((t) => (t.kind === 'text' ? t.data : '')),
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), pick: fc.nat(), at: fc.nat(), spec: nodeArb }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: fc.nat(), at: fc.nat() }),
  fc.record({
    kind: fc.constant('attribute' as const),
    pick: fc.nat(),
    attr: fc.option(fc.constantFrom(...ATTRIBUTES)),
  }),
);

function apply(change: Change, body: HTMLElement, closed: Map<Element, ShadowRoot>): void {
  const doc = body.ownerDocument;
  const nodes = allNodes(body, closed).filter((n) => n !== body);
  const parents = [body, ...nodes.filter((n) => n.nodeType === 1 || n.nodeType === 11)];
  const pick = <T>(list: readonly T[], index: number): T | undefined =>
    list[index % Math.max(list.length, 1)];
  const movable = nodes.filter((n) => n.nodeType !== 11);
  try {
    switch (change.kind) {
      case 'text': {
        const text = pick(
          nodes.filter((n) => n.nodeType === 3),
          change.pick,
        );
        if (text !== undefined) (text as Text).data = change.data;
        break;
      }
      case 'remove':
        (pick(movable, change.pick) as ChildNode | undefined)?.remove();
        break;
      case 'insert': {
        const parent = pick(parents, change.pick);
        const ref = parent?.childNodes[change.at % (parent.childNodes.length + 1)] ?? null;
        parent?.insertBefore(build(doc, change.spec, closed), ref);
        break;
      }
      case 'move': {
        const node = pick(movable, change.pick);
        const parent = pick(parents, change.to);
        const ref = parent?.childNodes[change.at % (parent.childNodes.length + 1)] ?? null;
        if (node !== undefined && ref !== node) parent?.insertBefore(node, ref);
        break;
      }
      case 'attribute': {
        const el = pick(
          nodes.filter((n) => n.nodeType === 1),
          change.pick,
        ) as Element | undefined;
        if (change.attr === null)
          el?.getAttributeNames().forEach((name) => el.removeAttribute(name));
        else el?.setAttribute(change.attr[0], change.attr[1]);
        break;
      }
    }
  } catch {
    // A move into its own subtree: the DOM refuses it, and so does a page.
  }
}

describe('updateBlocks on random pages changing at random moments', () => {
  it('ends with exactly the blocks a fresh read finds, with no block reported wrongly', async () => {
    await fc.assert(
      fc.asyncProperty(
        forestArb,
        fc.array(
          fc.record({ change: changeArb, wait: fc.nat({ max: 60 }), settle: fc.boolean() }),
          {
            maxLength: 12,
          },
        ),
        async (forest, changes) => {
          const doc = document.implementation.createHTMLDocument('random');
          const closed = new Map<Element, ShadowRoot>();
          for (const spec of forest) doc.body.append(build(doc, spec, closed));
          const getShadowRoot = (el: Element): ShadowRoot | null => closed.get(el) ?? el.shadowRoot;
          // Changes land while a walk is paused (after `wait` pauses), or between batches.
          const queue = changes.map((c) => ({ ...c }));
          const clock = steppingClock(() => {
            const head = queue[0];
            if (head !== undefined && head.wait-- <= 0) {
              queue.shift();
              apply(head.change, doc.body, closed);
            }
          });
          const watched = watch(doc, { clock, sliceMs: 1, stepNodes: 1, getShadowRoot });
          await watched.watcher.whenIdle();
          for (let head = queue.shift(); head !== undefined; head = queue.shift()) {
            apply(head.change, doc.body, closed);
            if (head.settle) await watched.watcher.whenIdle();
            else await Promise.resolve();
          }
          await watched.watcher.whenIdle();
          watched.controller.abort();

          expect(watched.errors).toEqual([]);
          const key = (text: string, container: Node): string =>
            `${text}\u0000${allNodes(doc, closed).indexOf(container)}`;
          expect([...watched.live].map((b) => key(b.text, b.container)).sort()).toEqual(
            referenceBlocks(doc, getShadowRoot)
              .map((r) => key(r.text, r.container))
              .sort(),
          );
          for (const block of watched.live) {
            expect(block.nodes.map((n) => n.data).join('')).toBe(block.text);
            expect(block.nodes.every((n) => n.isConnected && !isInsideSkipped(n))).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});
