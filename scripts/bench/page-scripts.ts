/**
 * Code that runs inside the fixture pages, as plain JavaScript source: it is sent to the page
 * verbatim (evaluateOnNewDocument / evaluate), so no TypeScript helper can leak into it.
 */

/**
 * Installed before any page script: marks the document's start (to find the page's thread and
 * clock in the trace) and resolves `__bench.idle` when the bench build's content script marks
 * `backstory:idle` (user-timing marks made in the content script's isolated world land on the
 * page's shared performance timeline, so the main world sees them).
 */
export const HARNESS = `(() => {
  performance.mark('bench:document');
  const b = (window.__bench = {});
  b.idle = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      // Settled: done scanning, or (the site switched off) done reading the settings.
      for (const e of list.getEntries())
        if (e.name === 'backstory:idle' || e.name === 'backstory:off') resolve(e.startTime);
    }).observe({ type: 'mark', buffered: true });
  });
})();`;

/** Marks of the content script and the total number of ranges it registered. */
export const READ_OURS = `(() => {
  const marks = performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('backstory:'))
    .map((m) => [m.name, m.startTime]);
  let ranges = 0;
  for (const [name, h] of CSS.highlights) if (name.startsWith('backstory-')) ranges += h.size;
  return { marks, ranges };
})()`;

/** The floor: one TreeWalker pass reading every text node's data, nothing else. */
export const FLOOR = `(() => {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0, chars = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) { chars += n.data.length; nodes++; }
  const end = performance.now();
  return { start, ms: end - start, nodes, chars };
})()`;

/**
 * The element floor: one TreeWalker pass over <body> visiting every element and text node,
 * reading each element's tag name and each text node's data. Any walk that must find block
 * boundaries, skipped subtrees and shadow hosts (which no selector can find) pays at least this.
 */
export const ELEMENT_FLOOR = `(() => {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let nodes = 0, chars = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    chars += n.nodeType === 3 ? n.data.length : n.localName.length;
    nodes++;
  }
  return { ms: performance.now() - start, nodes, chars };
})()`;

/**
 * mark.js over document.body with every alias Backstory highlights by default, longest first
 * (as mark.js orders an array of keywords), one keyword at a time so a run can stop after
 * `capMs`; case-sensitive aliases are searched case-sensitively. It runs in one task of its own
 * (started by a timer, so the driver's call returns at once) and leaves its result in
 * `window.__benchMarkJs`.
 */
export function markJs(
  caseSensitive: readonly string[],
  caseInsensitive: readonly string[],
  options: Readonly<Record<string, unknown>>,
  capMs: number,
): string {
  return `((cs, ci, options, capMs) => setTimeout(() => {
    const all = cs.map((k) => [k, true]).concat(ci.map((k) => [k, false]))
      .sort((a, b) => b[0].length - a[0].length);
    const start = performance.now();
    const instance = new Mark(document.body);
    let marks = 0, done = 0;
    for (const [keyword, sensitive] of all) {
      instance.mark(keyword, Object.assign({}, options, {
        caseSensitive: sensitive,
        done: (n) => { marks += n; },
      }));
      done++;
      if (performance.now() - start > capMs) break;
    }
    const end = performance.now();
    window.__benchMarkJs = { start, ms: end - start, marks, done, total: all.length };
  }, 0))(${JSON.stringify(caseSensitive)}, ${JSON.stringify(caseInsensitive)}, ${JSON.stringify(options)}, ${capMs})`;
}

/**
 * Fixture 4, ours: on every animation frame, the number of ranges in our highlights, recorded
 * whenever it changes (a frame's rAF callbacks run just before it paints).
 */
export const WATCH_HIGHLIGHTS = `(() => {
  const log = (window.__benchHighlights = []);
  let last = -1, stopped = false;
  // Mentions found, from the content script's latest 'backstory:found:N' mark: past 1,000
  // mentions it paints only those near the viewport, so painted ranges undercount the rest.
  const count = () => {
    const marks = performance.getEntriesByType('mark');
    for (let i = marks.length - 1; i >= 0; i--) {
      const name = marks[i].name;
      if (name.startsWith('backstory:found:')) return Number(name.slice(16));
    }
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('backstory-')) n += h.size;
    return n;
  };
  const frame = () => {
    if (stopped) return;
    const n = count();
    if (n !== last) { log.push([performance.now(), n]); last = n; }
    requestAnimationFrame(frame);
  };
  window.__benchStopWatch = () => { stopped = true; return log; };
  window.__benchCount = count;
  requestAnimationFrame(frame);
  return count();
})()`;

/**
 * Fixture 4, mark.js and the floor: a MutationObserver on the feed handles each inserted batch
 * at once (mark.js on the new paragraphs, or a TreeWalker reading them), recording when each
 * batch was done, the cumulative count, and the time spent. `highlight` is a control: it only
 * registers one StaticRange per long paragraph in a CSS highlight, to show what painting that
 * many ranges costs the page whoever registers them.
 */
export function liveObserver(
  kind: 'markjs' | 'floor' | 'highlight',
  caseSensitive: readonly string[],
  caseInsensitive: readonly string[],
  options: Readonly<Record<string, unknown>>,
): string {
  return `((kind, cs, ci, options) => {
    const all = cs.map((k) => [k, true]).concat(ci.map((k) => [k, false]))
      .sort((a, b) => b[0].length - a[0].length);
    const log = (window.__benchHighlights = []);
    let total = 0, busy = 0, highlight = null;
    if (kind === 'highlight') {
      highlight = new Highlight();
      CSS.highlights.set('bench-control', highlight);
      const style = document.createElement('style');
      style.textContent = '::highlight(bench-control) { text-decoration: underline 2px; }';
      document.head.append(style);
    }
    const handle = (nodes) => {
      const start = performance.now();
      if (kind === 'highlight') {
        // The cost of the Highlight API alone: one range per paragraph, over its whole text.
        for (const node of nodes) {
          const text = node.firstChild;
          if (text && text.data.length > 40) {
            highlight.add(new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 12 }));
            total++;
          }
        }
      } else if (kind === 'markjs') {
        const instance = new Mark(nodes);
        for (const [keyword, sensitive] of all) {
          instance.mark(keyword, Object.assign({}, options, {
            caseSensitive: sensitive,
            done: (n) => { total += n; },
          }));
        }
      } else {
        for (const node of nodes) {
          const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) total += n.data.length > 0 ? 1 : 0;
        }
      }
      const end = performance.now();
      busy += end - start;
      log.push([end, total]);
    };
    const observer = new MutationObserver((records) => {
      const nodes = [];
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.localName === 'p') nodes.push(n);
      if (nodes.length) handle(nodes);
    });
    observer.observe(document.getElementById('feed'), { childList: true });
    window.__benchStopWatch = () => { observer.disconnect(); return log; };
    window.__benchBusy = () => busy;
    return 0;
  })(${JSON.stringify(kind)}, ${JSON.stringify(caseSensitive)}, ${JSON.stringify(caseInsensitive)}, ${JSON.stringify(options)})`;
}
