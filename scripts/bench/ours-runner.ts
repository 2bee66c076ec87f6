/**
 * One measured load of a fixture with the instrumented extension: from the content script's
 * `backstory:start` to its last `backstory:painted` before `backstory:idle`, its main-thread
 * time from the CPU profile, the longest task it caused (trace), and the V8 heap after GC.
 */
import { byArea } from './areas.ts';
import { READ_OURS } from './page-scripts.ts';
import type { HotFunction } from './profile.ts';
import type { Page } from 'puppeteer-core';
import type { BenchSession, Recording } from './session.ts';
import type { SourceMapLookup } from './source-map.ts';

export interface OursRun {
  /** backstory:start → last backstory:painted (the last highlight registered), ms. */
  readonly scanMs: number;
  /** backstory:start → backstory:idle, ms. */
  readonly idleMs: number;
  /** Content-script main-thread time over the whole page load (bundle evaluation included). */
  readonly cpuMs: number;
  /** GC time between start and idle (V8 attributes it to nobody; mostly ours on a static page). */
  readonly gcMs: number;
  /** Longest task at least half of which is content-script JavaScript, ms. */
  readonly longestTaskJsMs: number;
  /**
   * Longest task at least half of which is content-script JavaScript plus highlight rendering
   * (PrePaint and Paint: on a loaded static page nothing else renders), ms.
   */
  readonly longestTaskMs: number;
  /** Longest task of any cause between start and idle. */
  readonly longestTaskAnyMs: number;
  /** Main-thread task time between start and idle, and its PrePaint + Paint part, ms. */
  readonly windowBusyMs: number;
  readonly windowRenderMs: number;
  /** What the longest task did: its PrePaint + Paint time and the script's hot functions. */
  readonly longestTask: LongestTask | null;
  /** The same for the longest task that is mostly the script's JavaScript. */
  readonly longestJsTask: LongestTask | null;
  readonly heapBytes: number;
  readonly ranges: number;
  readonly batches: number;
  readonly hot: readonly HotFunction[];
  /** Content-script self time by area of the code (see areas.ts), ms. */
  readonly areas: Readonly<Record<string, number>>;
}

export interface LongestTask {
  readonly ms: number;
  readonly jsMs: number;
  readonly renderMs: number;
  readonly hot: readonly HotFunction[];
}

/** The composition of the task at `at` (see TaskFigures.longestTaskAt). */
export function describeTask(
  { profile, trace }: Recording,
  at: readonly [number, number] | null,
): LongestTask | null {
  if (at === null) return null;
  const [ts, dur] = at;
  const task = trace.tasks.find((t) => t.ts === ts);
  return {
    ms: dur / 1000,
    jsMs: profile.oursMs(ts, ts + dur),
    renderMs: (task?.renderUs ?? 0) / 1000,
    hot: profile.hotFunctions(ts, ts + dur).slice(0, 6),
  };
}

const IDLE = `performance.getEntriesByName('backstory:idle').length > 0`;

export interface PageUrls {
  readonly blank: string;
  readonly fixture: string;
}

const SETTLE_MS = 300;

/**
 * Evaluates `expression` in the page every 250 ms until it is truthy, and returns it. A busy page
 * can hold one evaluation past the driver's protocol timeout: that only means "not yet".
 */
export async function pollPage<T>(
  page: Page,
  expression: string,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const value = (await page.evaluate(expression)) as T;
      if (value) return value;
    } catch (error) {
      if (!(error instanceof Error && /timed out/i.test(error.message))) throw error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`bench: timed out after ${timeoutMs / 1000} s ${what}`);
}

export interface TaskFigures {
  /** Start (TimeTicks µs) and duration of the longest task counted in `longestTaskMs`. */
  readonly longestTaskAt: readonly [number, number] | null;
  /** The same for the longest task counted in `longestTaskJsMs`. */
  readonly longestTaskJsAt: readonly [number, number] | null;
  readonly longestTaskJsMs: number;
  readonly longestTaskMs: number;
  readonly longestTaskAnyMs: number;
  readonly windowBusyMs: number;
  readonly windowRenderMs: number;
}

/** Task figures over the tasks that overlap [fromUs, toUs] (TimeTicks). */
export function taskFigures(
  { profile, trace }: Recording,
  fromUs: number,
  toUs: number,
): TaskFigures {
  const f: { -readonly [K in keyof TaskFigures]: TaskFigures[K] } = {
    longestTaskAt: null,
    longestTaskJsAt: null,
    longestTaskJsMs: 0,
    longestTaskMs: 0,
    longestTaskAnyMs: 0,
    windowBusyMs: 0,
    windowRenderMs: 0,
  };
  for (const { ts, dur, renderUs } of trace.tasks) {
    if (ts + dur < fromUs || ts > toUs) continue;
    const ms = dur / 1000;
    const js = profile.oursMs(ts, ts + dur);
    if (js >= ms / 2 && ms > f.longestTaskJsMs) {
      f.longestTaskJsMs = ms;
      f.longestTaskJsAt = [ts, dur];
    }
    if (js + renderUs / 1000 >= ms / 2 && ms > f.longestTaskMs) {
      f.longestTaskMs = ms;
      f.longestTaskAt = [ts, dur];
    }
    f.longestTaskAnyMs = Math.max(f.longestTaskAnyMs, ms);
    f.windowBusyMs += ms;
    f.windowRenderMs += renderUs / 1000;
  }
  return f;
}

export async function runOurs(
  session: BenchSession,
  urls: PageUrls,
  sourceMap?: SourceMapLookup,
): Promise<OursRun> {
  const measured = await session.open(true, urls.blank, true);
  try {
    const { page } = measured;
    await page.goto(urls.fixture, { waitUntil: 'load', timeout: 180_000 });
    await pollPage(page, IDLE, 300_000, `waiting for backstory:idle on ${urls.fixture}`);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const read = (await page.evaluate(READ_OURS)) as {
      marks: [string, number][];
      ranges: number;
    };
    const recording = await measured.stop(sourceMap);
    const heapBytes = await measured.heapAfterGc();

    const at = (name: string): number[] => read.marks.filter((m) => m[0] === name).map((m) => m[1]);
    const start = at('backstory:start')[0];
    const idle = at('backstory:idle')[0];
    if (start === undefined || idle === undefined) {
      throw new Error(
        `bench: no backstory:start/idle marks on ${urls.fixture}: not a bench build?`,
      );
    }
    const painted = at('backstory:painted').filter((t) => t <= idle);
    const lastPaint = painted.at(-1) ?? idle;
    const { trace, profile } = recording;
    const from = trace.toTicks(start);
    const to = trace.toTicks(idle);
    const tasks = taskFigures(recording, from, to + SETTLE_MS * 1000);
    const hot = profile.hotFunctions();
    return {
      scanMs: lastPaint - start,
      idleMs: idle - start,
      cpuMs: profile.oursMs(),
      gcMs: profile.gcMs(from, to),
      ...tasks,
      longestTask: describeTask(recording, tasks.longestTaskAt),
      longestJsTask: describeTask(recording, tasks.longestTaskJsAt),
      heapBytes,
      ranges: read.ranges,
      batches: painted.length,
      hot: hot.slice(0, 25),
      areas: byArea(hot),
    };
  } finally {
    await measured.close();
  }
}
