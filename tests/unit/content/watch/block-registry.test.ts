// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BlockRegistry } from '../../../../src/content/watch/block-registry.ts';
import type { TextBlock } from '../../../../src/content/text/text-block.ts';

describe('BlockRegistry', () => {
  it('groups blocks by container, hands them back on restart and forget', () => {
    const registry = new BlockRegistry();
    const p = document.createElement('p');
    const block = (text: string): TextBlock => ({
      text,
      nodes: [document.createTextNode(text)],
      starts: [0],
      container: p,
    });
    expect(registry.known(p)).toBe(false);
    expect(registry.restart(p)).toEqual([]);
    expect(registry.known(p)).toBe(true);
    const a = block('a');
    const b = block('b');
    registry.add(a);
    registry.add(b);
    expect(registry.restart(p)).toEqual([a, b]);
    expect(registry.known(p)).toBe(true);
    registry.add(a);
    expect(registry.forget(p)).toEqual([a]);
    expect(registry.known(p)).toBe(false);
  });
});
