/** The summarised figures of one page or live run, as reported and saved. */
import type { FixturePage } from './generate-fixtures.ts';
import type { LongestTask } from './ours-runner.ts';
import type { HotFunction } from './profile.ts';
import type { Summary } from './stats.ts';

export interface PageFacts {
  readonly textChars: number;
  readonly textNodes: number;
  readonly elements: number;
  readonly mentions: number;
}

export interface StaticFigures {
  readonly page: PageFacts;
  readonly ours?: {
    readonly runs: number;
    readonly scanMs: Summary;
    readonly idleMs: Summary;
    readonly cpuMs: Summary;
    readonly gcMs: Summary;
    readonly longestTaskJsMs: Summary;
    readonly longestTaskMs: Summary;
    readonly longestTaskAnyMs: Summary;
    readonly windowBusyMs: Summary;
    readonly windowRenderMs: Summary;
    readonly heapBytes: Summary;
    /** Median heap with the extension minus median heap of the same page without it. */
    readonly heapAddedBytes?: number;
    readonly ranges: Summary;
    readonly batches: Summary;
    readonly hot: readonly HotFunction[];
    /** Mean main-thread ms per run by area of the code (absent from older results). */
    readonly areas?: Readonly<Record<string, number>>;
    /** The longest task (JS + highlight rendering) of all runs, taken apart. */
    readonly longestTask: LongestTask | null;
    /** The longest task that is mostly the content script's JavaScript, taken apart. */
    readonly longestJsTask: LongestTask | null;
  };
  readonly markjs?: {
    readonly runs: number;
    readonly ms: Summary;
    /** Full-run time: measured, or extrapolated from the keywords done when capped. */
    readonly estimatedMs: Summary;
    readonly complete: boolean;
    readonly keywordsDone: Summary;
    readonly keywords: number;
    readonly marks: Summary;
    readonly heapAddedBytes: Summary;
  };
  readonly floor?: {
    readonly runs: number;
    readonly ms: Summary;
    readonly nodes: number;
    readonly chars: number;
    readonly heapBytes: Summary;
    /** Every node visited, not only text (absent from older results). */
    readonly elementMs?: Summary;
    /** Both passes in an isolated world, as a content script runs (absent from older results). */
    readonly isolatedMs?: Summary;
    readonly isolatedElementMs?: Summary;
  };
}

export interface LiveFigures {
  readonly runs: number;
  readonly delayMedianMs?: Summary;
  readonly delayP95Ms?: Summary;
  readonly delayMaxMs?: Summary;
  readonly cpuShare: Summary;
  readonly cpuMs: Summary;
  readonly insertionMs: Summary;
  readonly ticks: Summary;
  readonly inserted: Summary;
  readonly highlighted: Summary;
  readonly mainThreadBusyMs: Summary;
  readonly renderMs: Summary;
  readonly longestTaskJsMs: Summary;
  readonly longestTaskMs: Summary;
  readonly longestTask: LongestTask | null;
  readonly longestJsTask: LongestTask | null;
  readonly hot: readonly HotFunction[];
}

export function pageFacts(page: FixturePage): PageFacts {
  const { textChars, textNodes, elements, mentions } = page;
  return { textChars, textNodes, elements, mentions };
}
