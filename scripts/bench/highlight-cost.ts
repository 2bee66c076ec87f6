/**
 * A control: what the browser alone charges for one change to CSS.highlights on a big page, per
 * highlight style, with no Backstory code running. It runs in the clean context on a loaded,
 * settled fixture page with Backstory's own highlight stylesheet added, then changes one
 * Highlight (create it with one range, add a range, add 100 ranges) and times the frame that
 * follows: from the change to the end of the next rendering (a timeout queued from
 * requestAnimationFrame runs after that frame's paint).
 *
 * Why: on fixture 2 the content script's longest tasks are rendering, not JavaScript. This shows
 * how much of a highlight change's rendering any script would pay, whatever it does.
 */
import { readFileSync } from 'node:fs';
import type { BenchSession } from './session.ts';
import { summarize, type Summary } from './stats.ts';

export interface HighlightCostRow {
  /** The highlight name's style part: underline, tint, or unstyled (a name no rule targets). */
  readonly style: string;
  readonly change: string;
  /** Change → end of the next frame's rendering, ms. */
  readonly frameMs: Summary;
}

export interface HighlightCostFigures {
  readonly page: string;
  readonly runs: number;
  readonly rows: readonly HighlightCostRow[];
}

const STYLES: readonly (readonly [string, string])[] = [
  ['underline (default)', 'backstory-light-underline-person'],
  ['tint', 'backstory-light-tint-person'],
  ['unstyled', 'backstory-bench-unstyled'],
];
const CHANGES = ['new Highlight, 1 range', '+1 range', '+100 ranges'] as const;

/** Runs in the page: one style's three changes, each timed as described above. */
const PROBE = `async (name) => {
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.trim().length > 3) texts.push(n);
  const range = (i) => new StaticRange({ startContainer: texts[i % texts.length], startOffset: 0,
    endContainer: texts[i % texts.length], endOffset: 2 });
  const highlight = new Highlight();
  const changes = [
    () => { highlight.add(range(10)); CSS.highlights.set(name, highlight); },
    () => highlight.add(range(Math.floor(texts.length / 2))),
    () => { for (let i = 0; i < 100; i++) highlight.add(range(1000 + i * 97)); },
  ];
  const out = [];
  for (const change of changes) {
    await wait(250);
    const t0 = performance.now();
    change();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(performance.now() - t0);
  }
  CSS.highlights.delete(name);
  return out;
}`;

export async function measureHighlightCost(
  session: BenchSession,
  blankUrl: string,
  fixtureUrl: string,
  runs: number,
  cssPath: string,
): Promise<HighlightCostFigures> {
  const css = readFileSync(cssPath, 'utf8');
  const samples = new Map<string, number[]>();
  for (let run = 0; run < runs; run++) {
    // Rotate the order of styles, so none always runs first on a fresh page.
    for (let s = 0; s < STYLES.length; s++) {
      const [style, name] = STYLES[(s + run) % STYLES.length]!;
      const measured = await session.open(false, blankUrl, false);
      try {
        const { page } = measured;
        await page.goto(fixtureUrl, { waitUntil: 'load', timeout: 180_000 });
        await page.addStyleTag({ content: css });
        // The page's own first layout and paint are long on 2 MB: let them finish.
        await new Promise((r) => setTimeout(r, 1500));
        const result = (await page.evaluate(`(${PROBE})(${JSON.stringify(name)})`)) as number[];
        result.forEach((frameMs, i) => {
          const key = `${style}\u0000${CHANGES[i]}`;
          samples.set(key, [...(samples.get(key) ?? []), frameMs]);
        });
      } finally {
        await measured.close();
      }
    }
  }
  const rows: HighlightCostRow[] = [];
  for (const [style] of STYLES) {
    for (const change of CHANGES) {
      const frameMs = summarize(samples.get(`${style}\u0000${change}`) ?? []);
      if (frameMs) rows.push({ style, change, frameMs });
    }
  }
  return { page: fixtureUrl.replace(/^.*\//, '/'), runs, rows };
}
