/**
 * `npm run bench:toggle -- --baseline DIR [--runs N]`: what switching one entity type off and on
 * again costs the page, for this tree's build and for another build of the extension (DIR, as
 * built by scripts/bench/build-variants.ts from an older commit), measured in one run with the
 * two builds alternating, on the benchmark's 2 MB reference page.
 *
 * Main-thread time is the renderer's TaskDuration (CDP Performance.getMetrics): our script and
 * the rendering the change causes. Each step writes the settings through an extension page, as
 * the options page does, waits until the type's highlight is gone (or back), then lets the page
 * settle; an idle window of the same length is measured first and subtracted.
 */
import { parseArgs } from 'node:util';
import type { Page } from 'puppeteer-core';
import { loadDataset } from '../lib/load-dataset.ts';
import { serve } from '../lib/serve.ts';
import { toMatchAliases } from '../../src/core/dataset/compile.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import type { EntityType } from '../../src/core/dataset/kinds.ts';
import { setStoredSettings } from '../../tests/e2e/support/extension-probes.ts';
import { benchPages } from './bench-pages.ts';
import { buildBenchVariant } from './build-variants.ts';
import { pollPage } from './ours-runner.ts';
import { oursDuring, taskMs } from './page-cost.ts';
import { openSession } from './session.ts';
import { summarize } from './stats.ts';
import { buildVocabulary } from './vocabulary.ts';

const SETTLE_MS = 1_500;
const PAGE = '/reference.html';

const { values } = parseArgs({
  options: { baseline: { type: 'string' }, runs: { type: 'string', default: '3' } },
});
if (!values.baseline) {
  console.error('usage: npm run bench:toggle -- --baseline DIR [--runs N]');
  process.exit(2);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench:toggle: --runs must be a whole number ≥ 1 (got ${values.runs})`);
  process.exit(2);
}
const log = (line: string): void => void process.stderr.write(line + '\n');

interface Step {
  readonly offMs: number;
  readonly onMs: number;
  /** The content script's own JavaScript in each step (CPU profile), ms. */
  readonly offJsMs: number;
  readonly onJsMs: number;
  readonly idleMs: number;
  readonly type: string;
  readonly ranges: number;
}

const RANGES = `(() => {
  const out = {};
  for (const [name, h] of CSS.highlights) if (name.startsWith('backstory-')) out[name] = h.size;
  return out;
})()`;

function writeTypes(writer: Page, type: EntityType, on: boolean): Promise<void> {
  return setStoredSettings(writer, {
    ...DEFAULT_SETTINGS,
    types: { ...DEFAULT_SETTINGS.types, [type]: on },
  });
}

async function measureOnce(dir: string, urls: { blank: string; fixture: string }): Promise<Step> {
  const session = await openSession(dir);
  try {
    // The settings are written from an extension page opened once, behind the measured page:
    // opening a tab while measuring would hide the page and cost a full repaint on its return.
    const writer = await session.extension.openExtensionPage('src/options/index.html');
    const measured = await session.open(true, urls.blank, false);
    await measured.page.goto(urls.fixture, { waitUntil: 'load', timeout: 180_000 });
    await measured.page.evaluate('window.__bench.idle');
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const before = (await measured.page.evaluate(RANGES)) as Record<string, number>;
    const visibility = await measured.page.evaluate('document.visibilityState');
    if (visibility !== 'visible') throw new Error(`bench: the measured page is ${visibility}`);
    const [name, ranges] = Object.entries(before).sort((a, b) => b[1] - a[1])[0] ?? [];
    if (name === undefined || ranges === undefined) throw new Error('bench: nothing was painted');
    const type = name.split('-').at(-1) as EntityType;
    // Hidden: unregistered (this tree) or registered but emptied (builds that repaint).
    const has = (present: boolean): string =>
      `${present ? '' : '!'}(CSS.highlights.get(${JSON.stringify(name)})?.size > 0)`;

    const t0 = await taskMs(measured);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const t1 = await taskMs(measured);
    const origin = session.extension.extensionOrigin;
    const toggle = async (on: boolean): Promise<void> => {
      await writeTypes(writer, type, on);
      await pollPage(measured.page, has(on), 30_000, `waiting for ${type} (${on})`);
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    };
    const offJsMs = await oursDuring(measured, origin, () => toggle(false));
    const t2 = await taskMs(measured);
    const onJsMs = await oursDuring(measured, origin, () => toggle(true));
    const t3 = await taskMs(measured);
    await measured.close();
    const idleMs = t1 - t0;
    return {
      offMs: t2 - t1 - idleMs,
      onMs: t3 - t2 - idleMs,
      offJsMs,
      onJsMs,
      idleMs,
      type,
      ranges,
    };
  } finally {
    await session.close();
  }
}

const dataset = loadDataset();
const lookalikes = new Set(dataset.entities.filter((e) => e.lookalike).map((e) => e.id));
const bench = benchPages(buildVocabulary(toMatchAliases(dataset), lookalikes), []);
const server = await serve('.', bench.routes);
const current = 'dist-bench/toggle/chrome';
log(`bench:toggle: building this tree into ${current}/ …`);
await buildBenchVariant(current);
const builds = { baseline: values.baseline, current };
const steps: Record<keyof typeof builds, Step[]> = { baseline: [], current: [] };
try {
  const urls = { blank: `${server.origin}/blank.html`, fixture: `${server.origin}${PAGE}` };
  for (let i = 0; i < runs; i++) {
    for (const key of ['baseline', 'current'] as const) {
      const step = await measureOnce(builds[key], urls);
      steps[key].push(step);
      log(
        `  run ${i + 1} ${key}: ${step.type} (${step.ranges} ranges) off ${step.offMs.toFixed(1)} ms, ` +
          `on ${step.onMs.toFixed(1)} ms (idle ${step.idleMs.toFixed(1)} ms subtracted); ` +
          `content script JS off ${step.offJsMs.toFixed(1)} ms, on ${step.onJsMs.toFixed(1)} ms`,
      );
    }
  }
} finally {
  await server.close();
}
const row = (key: keyof typeof builds): string => {
  const off = summarize(steps[key].map((s) => s.offMs))!;
  const on = summarize(steps[key].map((s) => s.onMs))!;
  const both = summarize(steps[key].map((s) => s.offMs + s.onMs))!;
  const js = summarize(steps[key].map((s) => s.offJsMs + s.onJsMs))!;
  const f = (n: number): string => n.toFixed(1).padStart(9);
  return `${key.padEnd(9)}${f(off.median)}${f(on.median)}${f(both.median)}${f(js.median)}   ${builds[key]}`;
};
console.log(`Switching one type off and on again on ${PAGE} (2 MB), medians of ${runs} runs.`);
console.log('Main thread: all renderer tasks (our script and the rendering it causes);');
console.log('JS: the content script alone, from the CPU profile.');
console.log(`build     main off  main on main both  JS both   extension`);
console.log(row('baseline'));
console.log(row('current'));
