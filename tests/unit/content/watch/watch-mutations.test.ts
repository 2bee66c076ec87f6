// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectBlocks } from '../../../../src/content/text/collect-blocks.ts';
import type { PageClock } from '../../../../src/content/watch/page-clock.ts';
import { watchMutations } from '../../../../src/content/watch/watch-mutations.ts';
import { steppingClock } from '../support/test-clocks.ts';
import { watch, type Watched } from '../support/watch-harness.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const byId = (doc: Document, id: string): Element => {
  const el = doc.getElementById(id);
  if (el === null) throw new Error(`fixture has no #${id}`);
  return el;
};
const lastCall = (
  calls: ReadonlyArray<{
    added: readonly { text: string }[];
    removed: readonly { text: string }[];
  }>,
) => {
  const call = calls[calls.length - 1];
  return { added: call?.added.map((b) => b.text), removed: call?.removed.map((b) => b.text) };
};

describe('watchMutations: first read', () => {
  it('reports every block of the page', async () => {
    const doc = parse('<h1>Ilham Aliyev</h1><ul><li>Baku</li><li><b>Yere</b>van</li></ul>');
    const watched = watch(doc);
    await watched.watcher.whenIdle();
    expect(watched.texts()).toEqual(
      collectBlocks(doc)
        .blocks.map((b) => b.text)
        .sort(),
    );
    expect(watched.errors).toEqual([]);
  });

  it('reads what the page changes while the first read is paused', async () => {
    const doc = parse(
      '<section><div id="a"><p>one</p><p>two</p></div><div><p>three</p></div></section><p>four</p>',
    );
    const a = byId(doc, 'a');
    const readSoFar = (): string[] =>
      watched?.calls.flatMap((c) => c.added.map((b) => b.text)) ?? [];
    let watched: Watched | undefined;
    const clock = steppingClock(() => {
      if (readSoFar().includes('one') && a.isConnected) a.remove();
    });
    watched = watch(doc, { clock, sliceMs: 1, stepNodes: 1 });
    await watched.watcher.whenIdle();
    // "one" was read before its div went away mid-walk; "three" was skipped then, read after.
    const added = readSoFar();
    expect(added).toContain('one');
    expect(added).not.toContain('two');
    expect(added.indexOf('one')).toBeLessThan(added.indexOf('three'));
    expect(watched.texts()).toEqual(['four', 'three']);
    expect(watched.errors).toEqual([]);
  });
});

describe('watchMutations: changes', () => {
  const setup = async (html: string) => {
    const doc = parse(html);
    const watched = watch(doc);
    await watched.watcher.whenIdle();
    watched.calls.length = 0;
    return { doc, ...watched };
  };

  it('reports an added subtree, and only it', async () => {
    const { doc, watcher, calls } = await setup('<main id="m"><p>Baku</p></main>');
    const p = doc.createElement('p');
    p.append('Ilham ', doc.createElement('b'), 'Aliyev');
    byId(doc, 'm').append(p);
    await watcher.whenIdle();
    expect(calls).toHaveLength(1);
    expect(lastCall(calls)).toEqual({ added: ['Ilham Aliyev'], removed: [] });
  });

  it('re-reads only the block whose text changed', async () => {
    const { doc, watcher, calls } = await setup(
      '<p>Baku</p><p id="x">Ilham <b>Aliev</b></p><p>Yerevan</p>',
    );
    const bold = byId(doc, 'x').querySelector('b')?.firstChild as Text;
    bold.data = 'Aliyev';
    await watcher.whenIdle();
    expect(lastCall(calls)).toEqual({ added: ['Ilham Aliyev'], removed: ['Ilham Aliev'] });
  });

  it('joins inline content inserted into a block', async () => {
    const { doc, watcher, calls, texts } = await setup('<p id="x"> Aliyev</p><p>Baku</p>');
    const b = doc.createElement('b');
    b.append('Ilham');
    byId(doc, 'x').prepend(b);
    await watcher.whenIdle();
    expect(lastCall(calls)).toEqual({ added: ['Ilham Aliyev'], removed: [' Aliyev'] });
    expect(texts()).toEqual(['Baku', 'Ilham Aliyev']);
  });

  it('drops the blocks of removed nodes', async () => {
    const { doc, watcher, calls, texts } = await setup(
      '<ul id="u"><li>Baku</li><li id="y">Yerevan <b>city</b></li></ul><p id="p">Ilham <i>x</i></p>',
    );
    byId(doc, 'y').remove();
    byId(doc, 'p').querySelector('i')?.remove();
    await watcher.whenIdle();
    expect(calls.flatMap((c) => c.removed.map((b) => b.text)).sort()).toEqual([
      'Ilham x',
      'Yerevan city',
    ]);
    expect(texts()).toEqual(['Baku', 'Ilham ']);
  });

  it('ignores typing in form fields and editors', async () => {
    const { doc, watcher, calls } = await setup(
      '<textarea id="t">draft</textarea><div contenteditable id="e"><p>Ilham</p></div>' +
        '<div role="textbox" id="r"></div><p>Baku</p>',
    );
    byId(doc, 't').append(' Aliyev');
    (byId(doc, 'e').querySelector('p')?.firstChild as Text).data = 'Ilham Aliyev';
    byId(doc, 'r').append('Ilham Aliyev');
    await watcher.whenIdle();
    expect(calls).toEqual([]);
  });

  it('ignores our own card host coming and going', async () => {
    const { doc, watcher, calls } = await setup('<p>Baku</p>');
    const host = doc.createElement('backstory-card-host');
    host.attachShadow({ mode: 'open' }).append('Ilham Aliyev');
    doc.body.append(host);
    await watcher.whenIdle();
    host.remove();
    await watcher.whenIdle();
    expect(calls).toEqual([]);
  });

  it('follows an element becoming an editor and back', async () => {
    const { doc, watcher, texts } = await setup('<div id="d"><p>Ilham Aliyev</p></div><p>Baku</p>');
    byId(doc, 'd').setAttribute('contenteditable', 'true');
    await watcher.whenIdle();
    expect(texts()).toEqual(['Baku']);
    byId(doc, 'd').removeAttribute('contenteditable');
    await watcher.whenIdle();
    expect(texts()).toEqual(['Baku', 'Ilham Aliyev']);
  });

  it('drops the text of an element that a code editor takes over by class', async () => {
    const { doc, watcher, texts } = await setup('<pre id="code">Ilham Aliyev</pre><p>Baku</p>');
    const pre = byId(doc, 'code');
    pre.className = 'ace_editor';
    pre.replaceChildren(doc.createElement('div'));
    pre.firstChild?.appendChild(doc.createTextNode('Ilham Aliyev'));
    await watcher.whenIdle();
    expect(texts()).toEqual(['Baku']);
  });

  it('coalesces a burst of edits to one block into one report', async () => {
    const { doc, watcher, calls } = await setup('<p id="x">0</p>');
    const text = byId(doc, 'x').firstChild as Text;
    for (let i = 1; i <= 100; i++) text.data = `tick ${i}`;
    await watcher.whenIdle();
    expect(calls).toHaveLength(1);
    expect(lastCall(calls)).toEqual({ added: ['tick 100'], removed: ['0'] });
  });
});

describe('watchMutations: shadow roots', () => {
  it('observes open shadow roots, closed ones through the getter, and hosts added later', async () => {
    const doc = parse('<div id="open"></div><x-card id="closed"></x-card><main id="m"></main>');
    const open = byId(doc, 'open').attachShadow({ mode: 'open' });
    const closed = byId(doc, 'closed').attachShadow({ mode: 'closed' });
    open.append('open root');
    closed.append('closed root');
    const getShadowRoot = (el: Element): ShadowRoot | null =>
      el.id === 'closed' ? closed : el.shadowRoot;
    const { watcher, texts, errors } = watch(doc, { getShadowRoot });
    await watcher.whenIdle();
    expect(texts()).toEqual(['closed root', 'open root']);

    (open.firstChild as Text).data = 'open edited';
    closed.append(doc.createElement('p'));
    closed.lastChild?.appendChild(doc.createTextNode('closed added'));
    const late = doc.createElement('div');
    late.attachShadow({ mode: 'open' }).append('late root');
    byId(doc, 'm').append(late);
    await watcher.whenIdle();
    expect(texts()).toEqual(['closed added', 'closed root', 'late root', 'open edited']);

    (late.shadowRoot?.firstChild as Text).data = 'late edited';
    await watcher.whenIdle();
    expect(texts()).toEqual(['closed added', 'closed root', 'late edited', 'open edited']);
    expect(errors).toEqual([]);
  });

  it('drops the blocks of a container emptied and moved in one batch', async () => {
    const doc = parse('<div id="list"><span><h2 id="h">Ilham</h2></span></div>');
    const { watcher, texts, errors } = watch(doc);
    await watcher.whenIdle();
    expect(texts()).toEqual(['Ilham']);
    const heading = byId(doc, 'h');
    byId(doc, 'list').prepend(heading);
    heading.firstChild?.remove();
    await watcher.whenIdle();
    expect(texts()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('forgets text moved into a shadow root it cannot see, even if edited on the way', async () => {
    // A closed root on a built-in element is out of reach (see shadowRootOf): a fresh read does
    // not find what is in it, so neither may a re-read triggered by an edit made before the move.
    const doc = parse(
      '<span id="host"></span><div id="card"><span id="s"><b>Aliyev</b></span><p>Baku</p></div>',
    );
    const hidden = byId(doc, 'host').attachShadow({ mode: 'closed' });
    const card = byId(doc, 'card');
    const getShadowRoot = (el: Element): ShadowRoot | null =>
      el.id === 'host' ? hidden : el.shadowRoot;
    const { watcher, texts, errors } = watch(doc, { getShadowRoot });
    await watcher.whenIdle();
    expect(texts()).toEqual(['Aliyev', 'Baku']);

    // One batch: the span's content changes while its block container is moved out of sight.
    const bold = byId(doc, 's').firstChild as Element;
    byId(doc, 's').append(doc.createTextNode(' Ilham'));
    bold.remove();
    hidden.append(card);
    await watcher.whenIdle();
    expect(texts()).toEqual([]);
    expect(errors).toEqual([]);
  });
  it('reads a shadow tree that a cut-short walk missed, when its host is re-read alone', async () => {
    // The page removes a node on the walk's path (the walk skips the rest of the box, to re-read
    // it) and edits the host's light DOM: the host is re-read first, shallow, and becomes known
    // before the box's re-read passes over it. Its shadow tree must still be read.
    const doc = parse('<div id="box"><b id="lead">a</b></div>');
    const outer = doc.createElement('span');
    const host = outer.appendChild(doc.createElement('span'));
    host.attachShadow({ mode: 'open' }).append('Ilham');
    let pauses = -1;
    const clock = steppingClock(() => {
      if (pauses >= 0 && ++pauses === 2) {
        host.append(doc.createElement('i'));
        byId(doc, 'lead').remove();
      }
    });
    const { watcher, texts, errors } = watch(doc, { clock, sliceMs: 1, stepNodes: 1 });
    await watcher.whenIdle();
    pauses = 0;
    byId(doc, 'box').append(outer);
    await watcher.whenIdle();
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(texts()).toEqual(['Ilham']);
    expect(errors).toEqual([]);
  });
});

describe('watchMutations: lifecycle and safety', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stops everything on abort', async () => {
    const doc = parse('<p id="x">Baku</p>');
    const { watcher, controller, calls } = watch(doc);
    await watcher.whenIdle();
    const before = calls.length;
    controller.abort();
    (byId(doc, 'x').firstChild as Text).data = 'Yerevan';
    doc.body.append(doc.createElement('p'));
    await watcher.whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toHaveLength(before);
  });

  it('abandons the first read when aborted in the middle of it', async () => {
    const doc = parse(Array.from({ length: 50 }, (_, i) => `<p>block ${i}</p>`).join(''));
    let controller: AbortController | undefined;
    const clock = steppingClock(() => controller?.abort());
    const watched = watch(doc, { clock, sliceMs: 1, stepNodes: 1 });
    controller = watched.controller;
    await watched.watcher.whenIdle();
    expect(watched.live.size).toBeLessThan(3);
  });

  it('reports a failing consumer and keeps going', async () => {
    const doc = parse('<p id="x">Baku</p>');
    const errors: unknown[] = [];
    const seen: string[] = [];
    const controller = new AbortController();
    const watcher = watchMutations(
      doc,
      (changes) => {
        seen.push(...changes.added.map((b) => b.text));
        throw new Error('consumer failed');
      },
      { signal: controller.signal, onError: (error) => errors.push(error) },
    );
    await watcher.whenIdle();
    (byId(doc, 'x').firstChild as Text).data = 'Yerevan';
    await watcher.whenIdle();
    expect(seen).toEqual(['Baku', 'Yerevan']);
    expect(errors).toHaveLength(2);
    controller.abort();
  });

  it('rejects a root that is not a document or shadow root, and bad budgets', () => {
    const signal = new AbortController().signal;
    const el = document.createElement('div') as unknown as Document;
    expect(() => watchMutations(el, () => undefined, { signal })).toThrow(
      /root must be a Document or a ShadowRoot/,
    );
    expect(() =>
      watchMutations(document, () => undefined, { signal, budgetMsPerSecond: 0 }),
    ).toThrow(/budgetMsPerSecond must be a number in \(0, 1000\], got 0/);
  });

  it('caps the work a page that never stops mutating can cause', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const run = async (budgetMsPerSecond: number) => {
      const doc = parse('<p>Baku</p><p id="ticker">0</p>');
      let cost = 0; // the consumer's simulated matching time, 30 ms per report
      const clock: PageClock = {
        now: () => Date.now() + cost,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
        idle: () => new Promise((resolve) => setTimeout(resolve, 16)),
      };
      const controller = new AbortController();
      let reports = 0;
      let last = '';
      const watcher = watchMutations(
        doc,
        (changes) => {
          reports++;
          cost += 30;
          last = changes.added.map((b) => b.text).join() || last;
        },
        { signal: controller.signal, clock, budgetMsPerSecond },
      );
      const settled = watcher.whenIdle();
      await vi.advanceTimersByTimeAsync(50);
      await settled;
      reports = 0;
      const start = clock.now();
      const text = byId(doc, 'ticker').firstChild as Text;
      let tick = 0;
      const interval = setInterval(() => (text.data = `tick ${++tick}`), 10);
      await vi.advanceTimersByTimeAsync(3000);
      clearInterval(interval);
      const elapsed = clock.now() - start;
      const busy = reports;
      const done = watcher.whenIdle();
      await vi.advanceTimersByTimeAsync(10_000);
      await done;
      controller.abort();
      return { busy, elapsed, last, final: `tick ${tick}` };
    };

    const capped = await run(100);
    // Each report costs 30 ms: 100 ms/s allows a 100 ms burst, 10 % of the time, one overrun.
    expect(capped.busy * 30).toBeLessThanOrEqual(100 + 0.1 * capped.elapsed + 30);
    expect(capped.last).toBe(capped.final);
    const uncapped = await run(1000);
    expect(uncapped.busy).toBeGreaterThan(3 * capped.busy);
    expect(uncapped.last).toBe(uncapped.final);
  });
});
