/**
 * mark.js on the same page, in the browser context without the extension: the library is
 * injected with addScriptTag after load, then marks every alias Backstory highlights by
 * default, timed in the page. Runs longer than `capMs` stop after the keyword in progress and
 * report how far they got (a lower bound of the full time; mark.js makes one pass over the whole
 * text per keyword, so the rest extrapolates linearly).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { markJs } from './page-scripts.ts';
import { pollPage } from './ours-runner.ts';
import type { MeasuredPage } from './session.ts';

export interface MarkJsRun {
  readonly ms: number;
  readonly marks: number;
  /** Keywords searched, of `total`. */
  readonly done: number;
  readonly total: number;
  readonly complete: boolean;
  readonly heapAddedBytes: number;
}

export interface MarkJsConfig {
  readonly caseSensitive: readonly string[];
  readonly caseInsensitive: readonly string[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly capMs: number;
}

/**
 * The options that make mark.js find what Backstory finds: whole phrases (no per-word search),
 * whole words with punctuation as word limits (so "Aliyev’s" and "Baku," match), across inline
 * tags, no diacritic folding (its per-character classes would only slow it down here), and no
 * matches inside an existing mark (longest alias first, as Backstory's longest match).
 */
export const MARKJS_OPTIONS = {
  separateWordSearch: false,
  acrossElements: true,
  diacritics: false,
  ignoreJoiners: false,
  accuracy: {
    value: 'exactly',
    limiters: [',', '.', ';', ':', '!', '?', '"', "'", '’', '“', '”', '(', ')', '«', '»', '[', ']'],
  },
  exclude: ['mark[data-markjs]'],
} as const;

export const MARKJS_VERSION: string = (
  JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('mark.js/package.json'), 'utf8'),
  ) as { version: string }
).version;

export const markJsSource = (): string =>
  readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

/**
 * Runs mark.js on a loaded, settled page, in one task (so its longest task is the run itself).
 * The heap is compared before the library is injected and after the run, both after GC.
 */
export async function measureMarkJs(
  measured: MeasuredPage,
  config: MarkJsConfig,
): Promise<MarkJsRun> {
  const { page } = measured;
  const before = await measured.heapAfterGc();
  await page.addScriptTag({ content: markJsSource() });
  await page.evaluate(
    markJs(config.caseSensitive, config.caseInsensitive, config.options, config.capMs),
  );
  // One keyword can take seconds on a big page: allow the cap plus a generous margin.
  const r = await pollPage<{ ms: number; marks: number; done: number; total: number }>(
    page,
    'window.__benchMarkJs',
    config.capMs + 600_000,
    'waiting for mark.js',
  );
  const after = await measured.heapAfterGc();
  return {
    ms: r.ms,
    marks: r.marks,
    done: r.done,
    total: r.total,
    complete: r.done === r.total,
    heapAddedBytes: after - before,
  };
}
