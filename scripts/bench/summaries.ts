/** Runs → figures: median and spread of each measurement, and the profiles merged. */
import type { FloorRun } from './floor-runner.ts';
import type { LiveFigures, StaticFigures } from './figures.ts';
import type { LiveRun } from './live-runner.ts';
import type { MarkJsRun } from './markjs-runner.ts';
import type { LongestTask, OursRun } from './ours-runner.ts';
import type { HotFunction } from './profile.ts';
import { summarize } from './stats.ts';
import type { Summary } from './stats.ts';

const need = (s: Summary | undefined, what: string): Summary => {
  if (!s) throw new Error(`bench: no measurement of ${what}`);
  return s;
};

/** Mean self time per run of the content script's hottest functions. */
function meanHot(runs: readonly OursRun[]): HotFunction[] {
  const total = new Map<string, number>();
  for (const run of runs)
    for (const h of run.hot) total.set(h.label, (total.get(h.label) ?? 0) + h.selfMs);
  return [...total]
    .map(([label, ms]) => ({ label, selfMs: ms / runs.length }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 15);
}

export function summarizeOurs(
  runs: readonly OursRun[],
  baselineHeap?: number,
): StaticFigures['ours'] {
  if (runs.length === 0) return undefined;
  const pick = (f: (r: OursRun) => number, what: string): Summary =>
    need(summarize(runs.map(f)), what);
  const heapBytes = pick((r) => r.heapBytes, 'heap');
  return {
    runs: runs.length,
    scanMs: pick((r) => r.scanMs, 'scan'),
    idleMs: pick((r) => r.idleMs, 'idle'),
    cpuMs: pick((r) => r.cpuMs, 'cpu'),
    gcMs: pick((r) => r.gcMs, 'gc'),
    longestTaskJsMs: pick((r) => r.longestTaskJsMs, 'longest task'),
    longestTaskMs: pick((r) => r.longestTaskMs, 'longest task'),
    longestTaskAnyMs: pick((r) => r.longestTaskAnyMs, 'longest task'),
    windowBusyMs: pick((r) => r.windowBusyMs, 'busy'),
    windowRenderMs: pick((r) => r.windowRenderMs, 'render'),
    heapBytes,
    ...(baselineHeap === undefined ? {} : { heapAddedBytes: heapBytes.median - baselineHeap }),
    ranges: pick((r) => r.ranges, 'ranges'),
    batches: pick((r) => r.batches, 'batches'),
    hot: meanHot(runs),
    areas: meanAreas(runs),
    longestTask: worstTask(runs.map((r) => r.longestTask)),
    longestJsTask: worstTask(runs.map((r) => r.longestJsTask)),
  };
}

function optionalSummary<K extends string>(
  key: K,
  values: readonly (number | undefined)[],
): { [P in K]?: Summary } {
  const s = summarize(values);
  return (s ? { [key]: s } : {}) as { [P in K]?: Summary };
}

function meanAreas(runs: readonly OursRun[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const run of runs) {
    for (const [area, ms] of Object.entries(run.areas)) total[area] = (total[area] ?? 0) + ms;
  }
  for (const area of Object.keys(total)) total[area] = total[area]! / runs.length;
  return total;
}

function worstTask(tasks: readonly (LongestTask | null)[]): LongestTask | null {
  let worst: LongestTask | null = null;
  for (const t of tasks) if (t && (!worst || t.ms > worst.ms)) worst = t;
  return worst;
}

export function summarizeMarkJs(runs: readonly MarkJsRun[]): StaticFigures['markjs'] {
  if (runs.length === 0) return undefined;
  const pick = (f: (r: MarkJsRun) => number, what: string): Summary =>
    need(summarize(runs.map(f)), what);
  return {
    runs: runs.length,
    ms: pick((r) => r.ms, 'mark.js'),
    estimatedMs: pick(
      (r) => (r.complete ? r.ms : (r.ms * r.total) / Math.max(1, r.done)),
      'mark.js',
    ),
    complete: runs.every((r) => r.complete),
    keywordsDone: pick((r) => r.done, 'keywords'),
    keywords: runs[0]!.total,
    marks: pick((r) => r.marks, 'marks'),
    heapAddedBytes: pick((r) => r.heapAddedBytes, 'mark.js heap'),
  };
}

export function summarizeFloor(runs: readonly FloorRun[]): StaticFigures['floor'] {
  if (runs.length === 0) return undefined;
  return {
    runs: runs.length,
    ms: need(summarize(runs.map((r) => r.ms)), 'floor'),
    nodes: runs[0]!.nodes,
    chars: runs[0]!.chars,
    heapBytes: need(summarize(runs.map((r) => r.heapBytes)), 'floor heap'),
    ...optionalSummary(
      'elementMs',
      runs.map((r) => r.elementMs),
    ),
    ...optionalSummary(
      'isolatedMs',
      runs.map((r) => r.isolatedMs),
    ),
    ...optionalSummary(
      'isolatedElementMs',
      runs.map((r) => r.isolatedElementMs),
    ),
  };
}

export function summarizeLive(runs: readonly LiveRun[]): LiveFigures {
  const pick = (f: (r: LiveRun) => number | undefined, what: string): Summary =>
    need(summarize(runs.map(f)), what);
  const optional = (f: (r: LiveRun) => number | undefined) => summarize(runs.map(f));
  const delayMedianMs = optional((r) => r.delayMedianMs);
  const delayP95Ms = optional((r) => r.delayP95Ms);
  const delayMaxMs = optional((r) => r.delayMaxMs);
  const total = new Map<string, number>();
  for (const run of runs)
    for (const h of run.hot) total.set(h.label, (total.get(h.label) ?? 0) + h.selfMs);
  return {
    runs: runs.length,
    ...(delayMedianMs ? { delayMedianMs } : {}),
    ...(delayP95Ms ? { delayP95Ms } : {}),
    ...(delayMaxMs ? { delayMaxMs } : {}),
    cpuShare: pick((r) => r.cpuShare, 'cpu share'),
    cpuMs: pick((r) => r.cpuMs, 'cpu'),
    insertionMs: pick((r) => r.insertionMs, 'insertion'),
    ticks: pick((r) => r.ticks, 'ticks'),
    inserted: pick((r) => r.inserted, 'inserted'),
    highlighted: pick((r) => r.highlighted, 'highlighted'),
    mainThreadBusyMs: pick((r) => r.mainThreadBusyMs, 'busy'),
    renderMs: pick((r) => r.renderMs, 'render'),
    longestTaskJsMs: pick((r) => r.longestTaskJsMs, 'longest task'),
    longestTaskMs: pick((r) => r.longestTaskMs, 'longest task'),
    longestTask: worstTask(runs.map((r) => r.longestTask)),
    longestJsTask: worstTask(runs.map((r) => r.longestJsTask)),
    hot: [...total]
      .map(([label, ms]) => ({ label, selfMs: ms / runs.length }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, 15),
  };
}
