// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { PaintItem, Painter } from '../../../../src/content/paint/highlight-painter.ts';
import { createViewportPainter } from '../../../../src/content/paint/viewport-painter.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings.ts';

/** An inner painter that records what is painted, by key. */
function recorder() {
  const painted = new Map<object, readonly PaintItem[]>();
  const calls: string[] = [];
  const painter: Painter = {
    set(key, items) {
      painted.set(key, items);
      calls.push('set');
    },
    delete(key) {
      painted.delete(key);
      calls.push('delete');
    },
    showType() {
      calls.push('showType');
    },
    restyle() {
      calls.push('restyle');
    },
    clear() {
      painted.clear();
      calls.push('clear');
    },
  };
  const texts = () =>
    [...painted.values()]
      .flat()
      .map((i) => i.range.startContainer.textContent!.slice(i.range.startOffset, i.range.endOffset))
      .sort();
  return { painter, painted, calls, texts };
}

/** A stand-in IntersectionObserver the test drives by hand. */
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly targets = new Set<Element>();
  readonly options: IntersectionObserverInit | undefined;
  constructor(
    readonly callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.options = options;
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  /** Reports `near` elements as intersecting and the rest of `els` as far away (with a box). */
  report(els: readonly Element[], near: (el: Element) => boolean, box = { w: 100, h: 20 }) {
    const entries = els.map(
      (target) =>
        ({
          target,
          isIntersecting: near(target),
          boundingClientRect: { width: box.w, height: box.h },
        }) as unknown as IntersectionObserverEntry,
    );
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

/** `count` paragraphs each naming Baku once; returns one block key and item per paragraph. */
function paragraphs(count: number) {
  document.body.textContent = '';
  const blocks: { key: object; el: HTMLElement; items: PaintItem[] }[] = [];
  for (let i = 0; i < count; i++) {
    const p = document.createElement('p');
    p.textContent = `Row ${i} in Baku`;
    document.body.append(p);
    const text = p.firstChild!;
    const at = text.textContent!.indexOf('Baku');
    const range = new StaticRange({
      startContainer: text,
      startOffset: at,
      endContainer: text,
      endOffset: at + 4,
    });
    blocks.push({ key: {}, el: p, items: [{ range, type: 'place' }] });
  }
  return blocks;
}

const options = (eagerLimit: number) => ({
  eagerLimit,
  margin: '150% 0px',
  Observer: FakeObserver as unknown as typeof IntersectionObserver,
});

describe('viewport painter', () => {
  beforeEach(() => {
    FakeObserver.last = null;
  });

  it('paints everything at once up to the limit, and observes nothing', () => {
    const r = recorder();
    const painter = createViewportPainter(r.painter, options(10));
    const blocks = paragraphs(10);
    for (const b of blocks) painter.set(b.key, b.items);
    expect(r.texts()).toHaveLength(10);
    expect(FakeObserver.last).toBeNull();
  });

  it('on a long page goes lazy after so many blocks, however few their mentions', () => {
    const r = recorder();
    const painter = createViewportPainter(r.painter, { ...options(100), eagerBlocks: 4 });
    const blocks = paragraphs(8);
    // Blocks without mentions count too: they are what makes a page long.
    for (let i = 0; i < 3; i++) painter.set({}, []);
    for (const b of blocks) painter.set(b.key, b.items);
    const observer = FakeObserver.last!;
    expect(observer).not.toBeNull();
    expect(observer.targets.size).toBe(8);
    // The two blocks set up to the switch stay painted until the observer says otherwise.
    expect(r.painted.size).toBe(2);
    const els = blocks.map((b) => b.el);
    observer.report(els, (el) => els.indexOf(el as HTMLElement) >= 6);
    expect(r.painted.size).toBe(2);
    painter.clear();
    // After clear, counting starts again: a short page stays eager.
    painter.set(blocks[0]!.key, blocks[0]!.items);
    expect(r.painted.size).toBe(1);
  });

  it('past the limit, keeps painted only what the observer reports near the viewport', () => {
    const r = recorder();
    const painter = createViewportPainter(r.painter, options(5));
    const blocks = paragraphs(12);
    for (const b of blocks) painter.set(b.key, b.items);
    const observer = FakeObserver.last!;
    expect(observer.options?.rootMargin).toBe('150% 0px');
    expect(observer.targets.size).toBe(12);
    // Before the observer's first report, the eager six stay painted and the rest wait.
    expect(r.painted.size).toBe(6);
    const els = blocks.map((b) => b.el);
    observer.report(els, (el) => els.indexOf(el as HTMLElement) < 3);
    expect(r.painted.size).toBe(3);
    expect(
      [...r.painted.keys()].every((k) => els.indexOf((k as { element: HTMLElement }).element) < 3),
    ).toBe(true);
    // Scrolling: the bottom comes near, the top goes away.
    observer.report(els, (el) => els.indexOf(el as HTMLElement) >= 9);
    expect(r.painted.size).toBe(3);
    expect(r.texts()).toEqual(['Baku', 'Baku', 'Baku']);
  });

  it('paints a changed block at once where its element is known to be near', () => {
    const r = recorder();
    const painter = createViewportPainter(r.painter, options(1));
    const [a, b] = paragraphs(2);
    painter.set(a!.key, a!.items);
    painter.set(b!.key, b!.items);
    const observer = FakeObserver.last!;
    observer.report([a!.el, b!.el], (el) => el === a!.el);
    expect(r.painted.size).toBe(1);
    // The page rewrites block a (same element): no new report will come, so it paints now.
    painter.set(a!.key, a!.items);
    expect(r.painted.size).toBe(1);
    painter.set(b!.key, b!.items);
    expect(r.painted.size).toBe(1);
  });

  it('keeps ranges painted when a block is set again with the very same ranges', () => {
    // Like the Highlight API: membership is per range, whichever key added it.
    const ranges = new Set<AbstractRange>();
    const byKey = new Map<object, readonly PaintItem[]>();
    const inner: Painter = {
      set(key, items) {
        byKey.set(key, items);
        for (const i of items) ranges.add(i.range);
      },
      delete(key) {
        for (const i of byKey.get(key) ?? []) ranges.delete(i.range);
        byKey.delete(key);
      },
      showType() {},
      restyle() {},
      clear() {
        ranges.clear();
      },
    };
    for (const limit of [100, 0]) {
      const painter = createViewportPainter(inner, options(limit));
      const [a] = paragraphs(1);
      painter.set(a!.key, a!.items);
      FakeObserver.last?.report([a!.el], () => true);
      painter.set(a!.key, a!.items);
      expect(ranges.size, `limit ${limit}`).toBe(1);
      painter.clear();
    }
  });

  it('paints elements without a box of their own (display: contents, unknown distance)', () => {
    const r = recorder();
    const painter = createViewportPainter(r.painter, options(0));
    const [a] = paragraphs(1);
    painter.set(a!.key, a!.items);
    FakeObserver.last!.report([a!.el], () => false, { w: 0, h: 0 });
    expect(r.painted.size).toBe(1);
  });

  it('unobserves and unpaints deleted blocks, and clears everything', () => {
    const r = recorder();
    const painter = createViewportPainter(r.painter, options(0));
    const [a, b] = paragraphs(2);
    painter.set(a!.key, a!.items);
    painter.set(b!.key, b!.items);
    const observer = FakeObserver.last!;
    observer.report([a!.el, b!.el], () => true);
    expect(r.painted.size).toBe(2);
    painter.delete(a!.key);
    expect(r.painted.size).toBe(1);
    expect(observer.targets.has(a!.el)).toBe(false);
    painter.set(b!.key, []);
    expect(r.painted.size).toBe(0);
    expect(observer.targets.size).toBe(0);
    painter.set(a!.key, a!.items);
    painter.clear();
    expect(observer.targets.size).toBe(0);
    expect(r.calls.at(-1)).toBe('clear');
  });

  it('splits a long block by element, so each part paints on its own', () => {
    const r = recorder();
    const painter = createViewportPainter(r.painter, options(0));
    document.body.textContent = '';
    const p = document.createElement('p');
    const b1 = document.createElement('b');
    b1.textContent = 'Baku';
    const b2 = document.createElement('b');
    b2.textContent = 'Yerevan';
    p.append(b1, ' and ', b2);
    document.body.append(p);
    const item = (el: Element): PaintItem => ({
      range: new StaticRange({
        startContainer: el.firstChild!,
        startOffset: 0,
        endContainer: el.firstChild!,
        endOffset: el.textContent!.length,
      }),
      type: 'place',
    });
    painter.set(p, [item(b1), item(b2)]);
    FakeObserver.last!.report([b1, b2], (el) => el === b2);
    expect(r.texts()).toEqual(['Yerevan']);
  });

  it('passes restyles through unchanged', () => {
    const r = recorder();
    const painter = createViewportPainter(r.painter, options(0));
    painter.restyle(DEFAULT_SETTINGS.styles, 'dark');
    expect(r.calls).toEqual(['restyle']);
  });

  it('stays eager where there is no IntersectionObserver', () => {
    const saved = globalThis.IntersectionObserver;
    Reflect.deleteProperty(globalThis, 'IntersectionObserver');
    try {
      const r = recorder();
      const painter = createViewportPainter(r.painter, { eagerLimit: 0, margin: '0px' });
      const blocks = paragraphs(3);
      for (const b of blocks) painter.set(b.key, b.items);
      expect(r.painted.size).toBe(3);
    } finally {
      if (saved) globalThis.IntersectionObserver = saved;
    }
  });
});
