/** Everything one `npm run bench` measured: printed as the last line and written to the docs. */
import type { BundleSizes, FileSize } from './bundle-sizes.ts';
import type { HighlightCostFigures } from './highlight-cost.ts';
import type { LiveMode } from './live-runner.ts';
import type { Machine } from './machine.ts';
import type { SiteOffFigures } from './off-runner.ts';
import type { LiveFigures, PageFacts, StaticFigures } from './figures.ts';

export interface DatasetFigures {
  readonly name: string;
  readonly entities: number;
  /** Aliases given to the matcher (blocking phrases included). */
  readonly aliases: number;
  readonly contentScript: FileSize;
  readonly pages: Readonly<Record<string, StaticFigures>>;
}

export interface Target {
  readonly id: string;
  readonly text: string;
  readonly measured: string;
  readonly pass: boolean | null;
}

export interface BenchResult {
  readonly date: string;
  readonly durationS: number;
  readonly machine: Machine;
  readonly browser: string;
  readonly settings: {
    readonly runs: number;
    readonly growthRuns: number;
    readonly datasetRuns: number;
    readonly samplingIntervalUs: number;
    readonly markJs: {
      readonly version: string;
      readonly options: Readonly<Record<string, unknown>>;
      readonly capMs: number;
      readonly keywords: number;
    };
    /** Whether the extension was checked not to run in the context used for mark.js/floor. */
    readonly cleanContextVerified: boolean;
  };
  readonly fixtures: Readonly<Record<string, StaticFigures & { readonly label: string }>>;
  readonly live: {
    readonly page: PageFacts;
    readonly spec: {
      readonly ticks: number;
      readonly nodesPerTick: number;
      readonly intervalMs: number;
      readonly mentions: number;
      readonly maxWallMs: number;
      readonly markJsTicks: number;
    };
    readonly modes: Partial<Record<LiveMode, LiveFigures>>;
  };
  readonly growth: Readonly<Record<string, StaticFigures>>;
  /** Fixture 3 with the site switched off (absent from results of older runs). */
  readonly siteOff?: SiteOffFigures;
  /** The browser's own cost of one highlight change, per style (absent from older runs). */
  readonly highlightCost?: HighlightCostFigures;
  readonly datasets: readonly DatasetFigures[];
  /** Runs that failed and are missing from the figures. */
  readonly failures: readonly string[];
  readonly bundles: {
    readonly chrome: BundleSizes;
    readonly firefox: BundleSizes;
    /** The compiled dataset module alone (matcher tables + card data), gzip: its share. */
    readonly datasetModule: FileSize;
  };
  readonly targets: readonly Target[];
}
