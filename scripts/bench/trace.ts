/**
 * The page's main-thread tasks, from a Chrome trace (categories `devtools.timeline`, its
 * disabled-by-default twin, and `blink.user_timing`): every task with the time it spent in the
 * rendering phases where custom highlights are validated and painted (PrePaint, Paint). Traces
 * and V8 CPU profiles share one clock (TimeTicks, µs), so a task's JavaScript can be looked up in
 * the profile; user-timing marks tie both to the page's clock (performance.now()).
 *
 * Why not the Long Tasks API: a PerformanceObserver('longtask') in the page did not report an
 * 80 ms task run by a content script's timer (checked with a stub extension), while the trace
 * shows every task.
 */
export interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
}

export interface Task {
  /** Start, TimeTicks µs. */
  readonly ts: number;
  /** Duration, µs. */
  readonly dur: number;
  /** Time in PrePaint and Paint inside the task, µs. */
  readonly renderUs: number;
}

export interface PageTrace {
  /** Top-level tasks of the page's renderer main thread, in order. */
  readonly tasks: readonly Task[];
  /** TimeTicks µs of each user-timing mark on that thread after the document started. */
  marks(name: string): number[];
  /** Page time (ms since the document's time origin) → TimeTicks µs. */
  toTicks(pageMs: number): number;
}

export const TRACE_CATEGORIES = [
  '-*',
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
];

/** The mark the harness sets at document start, to find the page's thread and clock. */
export const DOC_MARK = 'bench:document';

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const RENDER_PHASES = new Set(['PrePaint', 'Paint']);

export function readPageTrace(events: readonly TraceEvent[], docMarkPageMs: number): PageTrace {
  const doc = events.filter((e) => e.name === DOC_MARK).at(-1);
  if (!doc) throw new Error(`bench: the trace has no '${DOC_MARK}' mark: harness not installed?`);
  const onThread = events.filter((e) => e.pid === doc.pid && e.tid === doc.tid);
  const complete = (e: TraceEvent): boolean => e.ph === 'X' && e.dur !== undefined;
  const phases = onThread
    .filter((e) => complete(e) && RENDER_PHASES.has(e.name))
    .sort((a, b) => a.ts - b.ts);
  let p = 0;
  const tasks = onThread
    .filter((e) => complete(e) && TASK_NAMES.has(e.name))
    .sort((a, b) => a.ts - b.ts)
    .map((e) => {
      const end = e.ts + e.dur!;
      while (p < phases.length && phases[p]!.ts < e.ts) p++;
      let renderUs = 0;
      for (let q = p; q < phases.length && phases[q]!.ts < end; q++) renderUs += phases[q]!.dur!;
      return { ts: e.ts, dur: e.dur!, renderUs };
    });
  const offset = doc.ts - docMarkPageMs * 1000;
  return {
    tasks,
    marks: (name) => onThread.filter((e) => e.name === name && e.ts >= doc.ts).map((e) => e.ts),
    toTicks: (pageMs) => pageMs * 1000 + offset,
  };
}
