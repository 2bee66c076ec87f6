// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ChangeCollector } from '../../../../src/content/watch/block-changes.ts';
import type { TextBlock } from '../../../../src/content/text/text-block.ts';

const block = (text: string): TextBlock => ({
  text,
  nodes: [document.createTextNode(text)],
  starts: [0],
  container: document.body,
});

describe('ChangeCollector', () => {
  it('reports additions and removals once, then starts afresh', () => {
    const changes = new ChangeCollector();
    const a = block('a');
    const b = block('b');
    changes.add(a);
    changes.remove([b]);
    expect(changes.take()).toEqual({ added: [a], removed: [b] });
    expect(changes.take()).toBeNull();
  });

  it('cancels a block added and removed before the report', () => {
    const changes = new ChangeCollector();
    const a = block('a');
    changes.add(a);
    changes.remove([a]);
    expect(changes.take()).toBeNull();
  });
});
