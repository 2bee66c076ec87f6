/**
 * Fixture 4, the live page: after the first scan, the page appends 200 paragraphs every 50 ms
 * for 10 s, a third of them with one mention each. Measures how long each inserted mention
 * waits for its highlight and the share of the main thread the work takes.
 *
 * Ours: an animation-frame loop in the page logs the number of mentions the content script has
 * found (its `backstory:found:N` bench mark after each batch: each found mention is painted in
 * that batch if near the viewport, and when it comes near otherwise) whenever it changes. The
 * content script handles mutation batches in order, so the k-th inserted mention is done in the
 * first frame where the count reaches base + k; the run checks at the end that every inserted
 * mention was found (count = base + inserted).
 * mark.js and the floor handle each inserted batch in a MutationObserver callback (at once, so
 * their delay is their processing time, plus queueing when they fall behind).
 */
import { percentile } from './stats.ts';
import { WATCH_HIGHLIGHTS, liveObserver } from './page-scripts.ts';
import { markJsSource } from './markjs-runner.ts';
import type { MarkJsConfig } from './markjs-runner.ts';
import { describeTask, pollPage, taskFigures } from './ours-runner.ts';
import type { LongestTask } from './ours-runner.ts';
import type { PageUrls } from './ours-runner.ts';
import type { BenchSession } from './session.ts';
import type { SourceMapLookup } from './source-map.ts';
import type { HotFunction } from './profile.ts';

export type LiveMode = 'ours' | 'markjs' | 'floor' | 'highlight';

export interface LiveRun {
  readonly mode: LiveMode;
  readonly delayMedianMs: number | undefined;
  readonly delayP95Ms: number | undefined;
  readonly delayMaxMs: number | undefined;
  /** Main-thread time of the highlighter over the insertion window, as a share of it (0–1). */
  readonly cpuShare: number;
  readonly cpuMs: number;
  /** First insertion → last highlight (or end of insertion, whichever is later), ms. */
  readonly windowMs: number;
  /** First → last insertion, ms (10 s when the page keeps its pace). */
  readonly insertionMs: number;
  readonly inserted: number;
  readonly highlighted: number;
  /** Insertion ticks done (of 200 unless stopped by the wall-time cap). */
  readonly ticks: number;
  /** Longest task mostly (≥ 50 %) the highlighter's JavaScript (all tasks for mark.js/floor). */
  readonly longestTaskJsMs: number;
  /** Longest task mostly its JavaScript plus PrePaint/Paint (highlight rendering). */
  readonly longestTaskMs: number;
  readonly longestTask: LongestTask | null;
  readonly longestJsTask: LongestTask | null;
  /** All main-thread task time in the window (page, rendering, highlighter), ms. */
  readonly mainThreadBusyMs: number;
  /** PrePaint + Paint time in the window, ms (where highlights are validated and painted). */
  readonly renderMs: number;
  readonly hot: readonly HotFunction[];
}

interface LiveResult {
  readonly times: number[];
  readonly counts: number[];
}

const DRAIN_TIMEOUT_MS = 20_000;

/** Delays of mention k (insertion order) from a log of [time, cumulative count] in order. */
function delays(result: LiveResult, log: readonly [number, number][], base: number): number[] {
  const out: number[] = [];
  let entry = 0;
  let k = 0;
  result.counts.forEach((count, tick) => {
    for (let i = 0; i < count; i++, k++) {
      while (entry < log.length && log[entry]![1] < base + k + 1) entry++;
      if (entry >= log.length) return;
      out.push(log[entry]![0] - result.times[tick]!);
    }
  });
  return out;
}

export async function runLive(
  session: BenchSession,
  urls: PageUrls,
  mode: LiveMode,
  spec: { readonly intervalMs: number; readonly ticks: number; readonly maxWallMs: number },
  markJs: MarkJsConfig,
  sourceMap?: SourceMapLookup,
): Promise<LiveRun> {
  const measured = await session.open(mode === 'ours', urls.blank, true);
  try {
    const { page } = measured;
    await page.goto(urls.fixture, { waitUntil: 'load', timeout: 120_000 });
    let base = 0;
    if (mode === 'ours') {
      const idle = `performance.getEntriesByName('backstory:idle').length > 0`;
      await pollPage(page, idle, 120_000, 'waiting for the first scan');
      base = (await page.evaluate(WATCH_HIGHLIGHTS)) as number;
    } else {
      if (mode === 'markjs') await page.addScriptTag({ content: markJsSource() });
      const { caseSensitive, caseInsensitive, options } = markJs;
      await page.evaluate(liveObserver(mode, caseSensitive, caseInsensitive, options));
    }
    const result = (await page.evaluate(
      `window.__startLive(${spec.ticks}, ${spec.maxWallMs})`,
    )) as LiveResult;
    const inserted = result.counts.reduce((a, b) => a + b, 0);
    if (mode === 'ours') {
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      while (Date.now() < deadline) {
        if (((await page.evaluate('window.__benchCount()')) as number) >= base + inserted) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const log = (await page.evaluate('window.__benchStopWatch()')) as [number, number][];
    const busyMs = mode === 'ours' ? 0 : ((await page.evaluate('window.__benchBusy()')) as number);
    const recording = await measured.stop(sourceMap);
    const { trace, profile } = recording;

    const first = result.times[0]! - spec.intervalMs;
    const lastInsert = result.times.at(-1)!;
    let d: number[];
    let highlighted: number;
    if (mode === 'ours') {
      d = delays(result, log, base);
      highlighted = (log.at(-1)?.[1] ?? base) - base;
    } else {
      // One observer callback per inserted batch, in order.
      d = result.counts
        .flatMap((count, tick) =>
          Array.from({ length: count }, () => (log[tick]?.[0] ?? NaN) - result.times[tick]!),
        )
        .filter(Number.isFinite);
      highlighted = mode === 'markjs' ? (log.at(-1)?.[1] ?? 0) : d.length;
    }
    const lastDone = Math.max(lastInsert, log.at(-1)?.[0] ?? lastInsert);
    const windowMs = lastDone - first;
    const from = trace.toTicks(first);
    const to = trace.toTicks(lastDone);
    const cpuMs = mode === 'ours' ? profile.oursMs(from, to) : busyMs;
    const tasks = taskFigures(recording, from, to);
    return {
      mode,
      delayMedianMs: percentile(d, 50),
      delayP95Ms: percentile(d, 95),
      delayMaxMs: percentile(d, 100),
      cpuShare: cpuMs / windowMs,
      cpuMs,
      windowMs,
      insertionMs: lastInsert - result.times[0]!,
      inserted,
      highlighted,
      ticks: result.times.length,
      longestTaskJsMs: mode === 'ours' ? tasks.longestTaskJsMs : tasks.longestTaskAnyMs,
      longestTaskMs: mode === 'ours' ? tasks.longestTaskMs : tasks.longestTaskAnyMs,
      longestTask: mode === 'ours' ? describeTask(recording, tasks.longestTaskAt) : null,
      longestJsTask: mode === 'ours' ? describeTask(recording, tasks.longestTaskJsAt) : null,
      mainThreadBusyMs: tasks.windowBusyMs,
      renderMs: tasks.windowRenderMs,
      hot: mode === 'ours' ? profile.hotFunctions(from, to).slice(0, 25) : [],
    };
  } finally {
    await measured.close();
  }
}
