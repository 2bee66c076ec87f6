/**
 * `npm run bench:stage -- [--baseline DIR] [--runs N] [--pages /a.html,…]`: what the page stage
 * costs the page, as an A/B of two builds measured in one run, the builds alternating: this
 * tree, and a baseline without the stage. By default the baseline is this same tree built with
 * the stage switched off (BACKSTORY_NO_STAGE=1: every match painted, as before the stage), so
 * the matcher and the dataset are the same on both sides; DIR instead names another build
 * (scripts/bench/build-variants.ts run in a checkout of 2722c28, say).
 *
 * Pages: the benchmark's generated fixtures (article, 2 MB reference page, 500 KB page without a
 * mention) and two long real pages from the corpus: a whole saved news page off the story (BBC)
 * and every news excerpt of tests/eval/real/news in one page, on the story. Per load it reads the
 * renderer's main-thread time (TaskDuration) from the navigation until the content script is
 * idle and the page has settled, minus an idle window of the same length, and the content
 * script's own JavaScript from the CPU profile.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../lib/load-dataset.ts';
import { serve } from '../lib/serve.ts';
import { toMatchAliases } from '../../src/core/dataset/compile.ts';
import { benchPages } from './bench-pages.ts';
import { buildBenchVariant } from './build-variants.ts';
import { oursDuring, taskMs } from './page-cost.ts';
import { openSession } from './session.ts';
import { summarize } from './stats.ts';
import { buildVocabulary } from './vocabulary.ts';

const SETTLE_MS = 1_500;

const { values } = parseArgs({
  options: {
    baseline: { type: 'string' },
    runs: { type: 'string', default: '5' },
    pages: { type: 'string' },
  },
});

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench:stage: --runs must be a whole number ≥ 1 (got ${values.runs})`);
  process.exit(2);
}
const log = (line: string): void => void process.stderr.write(line + '\n');

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every news excerpt of the corpus as one long page, each an article of paragraphs. */
function corpusNewsPage(): string {
  const dir = 'tests/eval/real/news';
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { content: string })
    .map(({ content }) => {
      const [head = '', ...rest] = content.split(/\r?\n/).filter((l) => l.trim() !== '');
      return `<article><h2>${escape(head)}</h2>${rest.map((l) => `<p>${escape(l)}</p>`).join('')}</article>`;
    });
  return `<!doctype html><html><head><meta charset="utf-8"><title>news</title></head><body><main>${articles.join('\n')}</main></body></html>`;
}

function savedPage(id: string): string {
  return (
    JSON.parse(readFileSync(`tests/eval/real/unrelated/${id}.json`, 'utf8')) as {
      content: string;
    }
  ).content;
}

const dataset = loadDataset();
const lookalikes = new Set(dataset.entities.filter((e) => e.lookalike).map((e) => e.id));
const bench = benchPages(buildVocabulary(toMatchAliases(dataset), lookalikes), []);
const routes = {
  ...bench.routes,
  '/real-news.html': { body: corpusNewsPage() },
  '/real-bbc.html': { body: savedPage('en-unrelated-bbc-obama-guns') },
};
const ALL_PAGES = [
  '/article.html',
  '/reference.html',
  '/no-mention.html',
  '/real-bbc.html',
  '/real-news.html',
];
const PAGES = values.pages === undefined ? ALL_PAGES : values.pages.split(',');
const unknown = PAGES.filter((p) => !ALL_PAGES.includes(p));
if (unknown.length > 0) {
  console.error(`bench:stage: no such page ${unknown.join(', ')}; pages: ${ALL_PAGES.join(', ')}`);
  process.exit(2);
}
const server = await serve('.', routes);
const current = 'dist-bench/stage/chrome';
log(`bench:stage: building this tree into ${current}/ …`);
await buildBenchVariant(current);
let baseline = values.baseline;
if (baseline === undefined) {
  baseline = 'dist-bench/stage-off/chrome';
  log(`bench:stage: building this tree without the page stage into ${baseline}/ …`);
  await buildBenchVariant(baseline, undefined, { BACKSTORY_NO_STAGE: '1' });
}
const builds = { baseline, current } as const;
type Build = keyof typeof builds;
interface Load {
  readonly mainMs: number;
  readonly jsMs: number;
}
const loads = new Map<string, Record<Build, Load[]>>(
  PAGES.map((p) => [p, { baseline: [], current: [] }]),
);

async function measureOnce(dir: string, path: string): Promise<Load> {
  const session = await openSession(dir);
  try {
    const measured = await session.open(true, `${server.origin}/blank.html`, false);
    const t0 = await taskMs(measured);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const idleMs = (await taskMs(measured)) - t0;
    const t1 = await taskMs(measured);
    const jsMs = await oursDuring(measured, session.extension.extensionOrigin, async () => {
      await measured.page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 180_000 });
      await measured.page.evaluate('window.__bench.idle');
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    });
    const mainMs = (await taskMs(measured)) - t1 - idleMs;
    await measured.close();
    return { mainMs, jsMs };
  } finally {
    await session.close();
  }
}

try {
  for (let i = 0; i < runs; i++) {
    for (const path of PAGES) {
      for (const key of ['baseline', 'current'] as const) {
        const load = await measureOnce(builds[key], path);
        loads.get(path)![key].push(load);
        log(
          `  run ${i + 1} ${path} ${key}: main ${load.mainMs.toFixed(1)} ms, JS ${load.jsMs.toFixed(1)} ms`,
        );
      }
    }
  }
} finally {
  await server.close();
}

const median = (list: readonly number[]): number => summarize(list)?.median ?? NaN;
console.log(`The page stage's cost: one page load, medians of ${runs} runs, builds alternating.`);
console.log('main: renderer main thread from navigation to settled (idle subtracted); JS: the');
console.log('content script alone (CPU profile). baseline: ' + builds.baseline);
console.log('page                 main base  main now   ratio    JS base    JS now   ratio');
const figures: Record<string, Record<string, number>> = {};
for (const path of PAGES) {
  const r = loads.get(path)!;
  const mb = median(r.baseline.map((l) => l.mainMs));
  const mc = median(r.current.map((l) => l.mainMs));
  const jb = median(r.baseline.map((l) => l.jsMs));
  const jc = median(r.current.map((l) => l.jsMs));
  const f = (n: number): string => n.toFixed(1).padStart(10);
  const q = (n: number): string => n.toFixed(3).padStart(8);
  console.log(`${path.padEnd(18)}${f(mb)}${f(mc)}${q(mc / mb)}${f(jb)}${f(jc)}${q(jc / jb)}`);
  figures[path] = { mainBase: mb, mainNow: mc, jsBase: jb, jsNow: jc };
}
console.log(JSON.stringify({ runs, figures }));
