// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../../src/content/text/collect-blocks.ts';
import { collectText, type CollectSink } from '../../../../src/content/text/collect-text.ts';
import type { TextBlock } from '../../../../src/content/text/text-block.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const texts = (root: Node): string[] => collectBlocks(root).blocks.map((b) => b.text);
const byId = (doc: Document, id: string): Element => {
  const el = doc.getElementById(id);
  if (el === null) throw new Error(`fixture has no #${id}`);
  return el;
};

describe('collectText: joining inside a block', () => {
  it('joins text across inline tags, keeping each node and its start', () => {
    const doc = parse('<p><b>Ilham</b> Aliyev said</p>');
    const [block, ...rest] = collectBlocks(doc).blocks;
    expect(rest).toEqual([]);
    expect(block?.text).toBe('Ilham Aliyev said');
    expect(block?.nodes.map((n) => n.data)).toEqual(['Ilham', ' Aliyev said']);
    expect(block?.starts).toEqual([0, 5]);
    expect(block?.container).toBe(doc.querySelector('p'));
  });

  it('joins a name split across spans, sups, custom elements and comments', () => {
    expect(texts(parse('<p><span>Il</span><span>ham Ali</span><i>yev</i></p>'))).toEqual([
      'Ilham Aliyev',
    ]);
    expect(texts(parse("<p>Aliyev<sup>[1]</sup>'s</p>"))).toEqual(["Aliyev[1]'s"]);
    expect(texts(parse('<p><x-name>Ilham</x-name> <a href="#">Aliyev</a></p>'))).toEqual([
      'Ilham Aliyev',
    ]);
    expect(texts(parse('<p>Ilham<!-- note --> Aliyev</p>'))).toEqual(['Ilham Aliyev']);
  });

  it('keeps the page text as it is: no collapsing, nothing inserted', () => {
    expect(texts(parse('<p>Ilham\n     Aliyev\u00a0</p>'))).toEqual(['Ilham\n     Aliyev\u00a0']);
  });

  it('reads code and pre', () => {
    expect(texts(parse('<pre>Ilham Aliyev</pre><p><code>Baku</code></p>'))).toEqual([
      'Ilham Aliyev',
      'Baku',
    ]);
  });
});

describe('collectText: block boundaries', () => {
  it('never joins two cells, two list items or two paragraphs', () => {
    const doc = parse(
      '<table><tr><td>Ilham</td><td>Aliyev</td></tr></table>' +
        '<ul><li>Ilham</li><li>Aliyev</li></ul><p>Ilham</p><p>Aliyev</p>',
    );
    expect(texts(doc)).toEqual(['Ilham', 'Aliyev', 'Ilham', 'Aliyev', 'Ilham', 'Aliyev']);
  });

  it('splits at <br> and <hr>, both halves belonging to the same container', () => {
    const doc = parse('<p>Ilham<br>Aliyev<hr>Baku</p>');
    const { blocks } = collectBlocks(doc);
    expect(blocks.map((b) => b.text)).toEqual(['Ilham', 'Aliyev', 'Baku']);
    const p = doc.querySelector('p');
    expect(blocks.slice(0, 2).every((b) => b.container === p)).toBe(true);
  });

  it('splits a container around a nested block, in document order', () => {
    const doc = parse('<div id="d">Ilham <p>in between</p> Aliyev</div>');
    const { blocks } = collectBlocks(doc);
    expect(blocks.map((b) => b.text)).toEqual(['Ilham ', 'in between', ' Aliyev']);
    expect(blocks.map((b) => (b.container as Element).localName)).toEqual(['div', 'p', 'div']);
  });

  it('drops whitespace-only runs between blocks', () => {
    expect(texts(parse('<ul>\n  <li>a</li>\n  <li> </li>\n</ul>'))).toEqual(['a']);
  });

  it('treats a button or form control as a box between words', () => {
    expect(texts(parse('<p>Ilham<button>Follow</button>Aliyev</p>'))).toEqual([
      'Ilham',
      'Follow',
      'Aliyev',
    ]);
  });
});

describe('collectText: shadow roots', () => {
  const withShadow = (mode: 'open' | 'closed'): { doc: Document; shadow: ShadowRoot } => {
    const doc = parse('<p>before</p><x-card id="host"><span>light</span></x-card><p>after</p>');
    const shadow = byId(doc, 'host').attachShadow({ mode });
    const b = doc.createElement('b');
    b.append('Ilham');
    shadow.append(b, ' Aliyev');
    return { doc, shadow };
  };

  it('reads an open shadow root as its own blocks, before the host’s light children', () => {
    const { doc, shadow } = withShadow('open');
    const { blocks, shadowRoots } = collectBlocks(doc);
    expect(blocks.map((b) => b.text)).toEqual(['before', 'Ilham Aliyev', 'light', 'after']);
    expect(blocks[1]?.container).toBe(shadow);
    expect(blocks[2]?.container).toBe(byId(doc, 'host'));
    expect(shadowRoots).toEqual([shadow]);
  });

  it('reads a closed shadow root only through the injected getter', () => {
    const { doc, shadow } = withShadow('closed');
    expect(texts(doc)).toEqual(['before', 'light', 'after']);
    const getShadowRoot = (el: Element): ShadowRoot | null =>
      el.id === 'host' ? shadow : el.shadowRoot;
    const found = collectBlocks(doc, { getShadowRoot });
    expect(found.blocks.map((b) => b.text)).toEqual(['before', 'Ilham Aliyev', 'light', 'after']);
    expect(found.shadowRoots).toEqual([shadow]);
  });

  it('survives a getter that throws', () => {
    const { doc } = withShadow('closed');
    const getShadowRoot = (): ShadowRoot => {
      throw new Error('extension context gone');
    };
    expect(collectBlocks(doc, { getShadowRoot }).blocks.map((b) => b.text)).toEqual([
      'before',
      'light',
      'after',
    ]);
  });

  it('treats a shadow host as a boundary even when its tag is inline', () => {
    const doc = parse('<p>Ilham<span id="host"></span>Aliyev</p>');
    byId(doc, 'host').attachShadow({ mode: 'open' }).append('card');
    expect(texts(doc)).toEqual(['Ilham', 'card', 'Aliyev']);
  });
});

describe('collectText: as a resumable job', () => {
  const bigPage = (): Document => {
    const doc = parse('<main></main>');
    const main = doc.querySelector('main');
    for (let i = 0; i < 300; i++) {
      const p = doc.createElement('p');
      p.append(`para ${i} `, doc.createElement('b'), 'end');
      main?.append(p);
    }
    return doc;
  };

  it('walks in steps of stepNodes and yields the same blocks as a single pass', () => {
    const doc = bigPage();
    const blocks: TextBlock[] = [];
    const job = collectText(doc, { block: (b) => blocks.push(b) }, { stepNodes: 10 });
    let steps = 0;
    while (job.next().done !== true) steps++;
    expect(steps).toBeGreaterThan(100);
    expect(blocks.map((b) => b.text)).toEqual(texts(doc));
  });

  it('announces every container it enters', () => {
    const doc = parse('<div><p>a</p><p>b</p></div>');
    const entered: string[] = [];
    const sink: CollectSink = {
      block: () => undefined,
      container: (c) => entered.push(c.nodeName),
    };
    for (const _ of collectText(doc, sink));
    expect(entered).toEqual(['#document', 'HTML', 'BODY', 'DIV', 'P', 'P']);
  });

  it('continues after the nearest intact ancestor when its position is removed while paused', () => {
    const doc = parse(
      '<section><div id="a"><p>one</p><p>two</p></div><div><p>three</p></div></section><p>four</p>',
    );
    const blocks: string[] = [];
    const job = collectText(doc, { block: (b) => blocks.push(b.text) }, { stepNodes: 1 });
    while (!blocks.includes('one')) job.next();
    byId(doc, 'a').remove();
    while (job.next(true).done !== true);
    // The rest of <section> is left to the re-read its mutation record triggers (watchMutations).
    expect(blocks).toEqual(['one', 'four']);
  });

  it('does not notice changes when the caller says it did not pause', () => {
    const doc = parse('<div id="a"><p>one</p><p>two</p></div><p>three</p>');
    const blocks: string[] = [];
    const job = collectText(doc, { block: (b) => blocks.push(b.text) }, { stepNodes: 1 });
    while (!blocks.includes('one')) job.next();
    while (job.next().done !== true);
    expect(blocks).toEqual(['one', 'two', 'three']);
  });

  it('stops quietly when its root leaves the page while paused', () => {
    const doc = parse('<div id="host"></div>');
    const shadow = byId(doc, 'host').attachShadow({ mode: 'open' });
    for (let i = 0; i < 5; i++) shadow.append(doc.createElement('p'), `t${i}`);
    const blocks: string[] = [];
    const job = collectText(shadow, { block: (b) => blocks.push(b.text) }, { stepNodes: 1 });
    job.next();
    job.next();
    byId(doc, 'host').remove();
    expect(job.next(true).done).toBe(true);
    expect(blocks.length).toBeLessThan(5);
  });

  it('reports nested containers instead of entering them when shallow', () => {
    const doc = parse('<div id="d">Ilham <b>Aliyev</b><p>nested</p> said</div>');
    const blocks: string[] = [];
    const passed: string[] = [];
    const sink: CollectSink = {
      block: (b) => blocks.push(b.text),
      passedOver: (el) => passed.push(el.localName),
    };
    for (const _ of collectText(byId(doc, 'd'), sink, { shallow: true }));
    expect(blocks).toEqual(['Ilham Aliyev', ' said']);
    expect(passed).toEqual(['p']);
  });

  it('collects nothing from a document in design mode', () => {
    const doc = parse('<p>Ilham Aliyev</p>');
    Object.defineProperty(doc, 'designMode', { value: 'on' });
    expect(texts(doc)).toEqual([]);
  });

  it('rejects a step size that is not a positive integer', () => {
    expect(() => collectText(parse(''), { block: () => undefined }, { stepNodes: 0 })).toThrow(
      /stepNodes must be a positive integer, got 0/,
    );
  });
});
