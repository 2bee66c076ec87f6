/**
 * `npm run bench`: Backstory's content script against mark.js and against the floor (merely
 * reading the page's text), in headless Chromium from apt, on generated fixture pages served
 * from memory on 127.0.0.1. Prints tables, then one JSON line with every figure, and writes
 * docs/benchmarks.md. Method: scripts/bench/method.ts (appended to the docs).
 *
 * Options: --runs N (fixtures 1–4, default 5), --quick (2 runs, small suites; for trying the
 * benchmark, not for figures), --no-write (leave docs/benchmarks.md alone), --from FILE (print
 * and write the report of a saved dist-bench/result.json without measuring again).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../lib/load-dataset.ts';
import { serve } from '../lib/serve.ts';
import { toMatchAliases } from '../../src/core/dataset/compile.ts';
import type { MatchAlias } from '../../src/core/matcher/types.ts';
import { benchPages } from './bench-pages.ts';
import { buildBenchVariant } from './build-variants.ts';
import { bundleSizes, sizeOf } from './bundle-sizes.ts';
import type { FileSize } from './bundle-sizes.ts';
import { parseConfig } from './config.ts';
import { contentScriptSize, datasetSuite } from './dataset-suite.ts';
import { measureHighlightCost } from './highlight-cost.ts';
import type { HighlightCostFigures } from './highlight-cost.ts';
import type { SyntheticBuild } from './dataset-suite.ts';
import { pageFacts } from './figures.ts';
import { machine } from './machine.ts';
import { MARKJS_OPTIONS, MARKJS_VERSION } from './markjs-runner.ts';
import type { MarkJsConfig } from './markjs-runner.ts';
import type { BenchResult } from './result.ts';
import { SAMPLING_INTERVAL_US, openSession } from './session.ts';
import type { BenchSession } from './session.ts';
import { shippedSuite, verifyCleanContext } from './shipped-suite.ts';
import { loadSourceMap } from './source-map.ts';
import type { SuiteContext } from './suites.ts';
import { writeSyntheticDataset } from './synthetic-dataset.ts';
import { evaluateTargets } from './targets.ts';
import { buildVocabulary, highlightedAliasTexts } from './vocabulary.ts';
import { writeReport } from './write-report.ts';

const config = parseConfig(process.argv.slice(2));
const log = (line: string): void => void process.stderr.write(line + '\n');

if (config.from !== undefined) {
  writeReport(JSON.parse(readFileSync(config.from, 'utf8')) as BenchResult, config.write, log);
} else {
  writeReport(await measure(), config.write, log);
}

/** The generated dataset module the content script bundles (the matcher tables). */
function datasetModuleSize(): FileSize {
  const matcher = 'node_modules/.backstory/data-matcher.js';
  return existsSync(matcher)
    ? sizeOf(matcher, 'dataset matcher module')
    : sizeOf('node_modules/.backstory/data.js', 'dataset module');
}

async function measure(): Promise<BenchResult> {
  const started = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const { benchDir } = config;

  const dataset = loadDataset();
  const aliases = toMatchAliases(dataset);
  const lookalikes = new Set(dataset.entities.filter((e) => e.lookalike).map((e) => e.id));
  const bench = benchPages(buildVocabulary(aliases, lookalikes), config.growth);
  const markJsFor = (list: readonly MatchAlias[]): MarkJsConfig => ({
    ...highlightedAliasTexts(list),
    options: MARKJS_OPTIONS,
    capMs: config.markJsCapMs,
  });
  const markJs = markJsFor(aliases);

  log(`bench: building the instrumented extension into ${benchDir}/ …`);
  await buildBenchVariant(`${benchDir}/chrome`);
  const synthetic: SyntheticBuild[] = [];
  for (const count of config.synthetic) {
    const datasetDir = join(tmpdir(), `backstory-bench-dataset-${count}`);
    writeSyntheticDataset(datasetDir, count);
    log(`bench: building with a synthetic dataset of ${count} more entities …`);
    const buildDir = `${benchDir}/chrome-${count}`;
    await buildBenchVariant(buildDir, datasetDir);
    synthetic.push({ count, datasetDir, buildDir });
  }

  const failures: string[] = [];
  // Everything is served from memory; the folder stays empty.
  const server = await serve(mkdtempSync(join(tmpdir(), 'backstory-bench-www-')), bench.routes);
  const context = (session: BenchSession, buildDir: string, mark: MarkJsConfig): SuiteContext => {
    const sourceMap = loadSourceMap(`${buildDir}/src/content/index.js.map`);
    const map = sourceMap ? { sourceMap } : {};
    return { session, url: server.url, markJs: mark, log, failures, ...map };
  };
  try {
    const session = await openSession(`${benchDir}/chrome`);
    const measureShipped = async () => {
      try {
        if (!(await verifyCleanContext(session, server.url('/article.html')))) {
          throw new Error(
            'bench: the extension runs in the context meant for mark.js and the floor',
          );
        }
        const ctx = context(session, `${benchDir}/chrome`, markJs);
        const shipped = await shippedSuite(ctx, config, bench);
        log("bench: control: the browser's cost of one highlight change on fixture 2");
        let highlightCost: HighlightCostFigures | undefined;
        try {
          highlightCost = await measureHighlightCost(
            session,
            server.url('/blank.html'),
            server.url('/reference.html'),
            config.runs,
            'src/content/paint/highlights.css',
          );
        } catch (error) {
          failures.push(`highlight cost: ${(error as Error).message.split('\n')[0]}`);
        }
        return {
          browser: session.version,
          ...shipped,
          ...(highlightCost ? { highlightCost } : {}),
        };
      } finally {
        await session.close();
      }
    };
    const { browser, fixtures, growth, live, siteOff, highlightCost } = await measureShipped();
    const datasets = [
      {
        name: 'shipped',
        entities: dataset.entities.length,
        aliases: aliases.length,
        contentScript: contentScriptSize(`${benchDir}/chrome`),
        pages: fixtures,
      },
      ...(await datasetSuite(synthetic, config, bench, fixtures, context, markJsFor)),
    ];

    const partial: Omit<BenchResult, 'targets'> = {
      date: new Date().toISOString(),
      durationS: (Date.now() - started) / 1000,
      machine: machine(loadAtStart, loadavg()[2]),
      browser,
      settings: {
        runs: config.runs,
        growthRuns: config.growthRuns,
        datasetRuns: config.datasetRuns,
        samplingIntervalUs: SAMPLING_INTERVAL_US,
        markJs: {
          version: MARKJS_VERSION,
          options: MARKJS_OPTIONS,
          capMs: config.markJsCapMs,
          keywords: markJs.caseSensitive.length + markJs.caseInsensitive.length,
        },
        cleanContextVerified: true,
      },
      fixtures,
      live: {
        page: pageFacts(bench.live),
        spec: {
          ticks: bench.live.live.ticks,
          nodesPerTick: bench.live.live.nodesPerTick,
          intervalMs: bench.live.live.intervalMs,
          mentions: bench.live.live.mentions,
          maxWallMs: config.liveWallMs,
          markJsTicks: config.markJsLiveTicks,
        },
        modes: live,
      },
      growth,
      ...(siteOff ? { siteOff } : {}),
      ...(highlightCost ? { highlightCost } : {}),
      datasets,
      failures,
      bundles: {
        chrome: bundleSizes('dist/chrome'),
        firefox: bundleSizes('dist/firefox'),
        datasetModule: datasetModuleSize(),
      },
    };
    const result: BenchResult = { ...partial, targets: evaluateTargets(partial) };
    // Kept so that the report can be re-rendered without measuring again (--from FILE).
    writeFileSync(`${benchDir}/result.json`, JSON.stringify(result));
    return result;
  } finally {
    await server.close();
  }
}
