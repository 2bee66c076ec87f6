/** Command-line options of `npm run bench` and the run sizes they imply. */
export interface BenchConfig {
  /** 2 runs and small suites: for trying the benchmark, not for figures. */
  readonly quick: boolean;
  /** Runs of each fixture 1–4 (and startup) per highlighter. */
  readonly runs: number;
  readonly growthRuns: number;
  readonly datasetRuns: number;
  /** A mark.js run stops after the keyword that passes this; the rest is extrapolated. */
  readonly markJsCapMs: number;
  /** The live page stops inserting after this (when it cannot keep its 10 s pace). */
  readonly liveWallMs: number;
  /** mark.js needs seconds per 200-node batch: it gets a few ticks only. */
  readonly markJsLiveTicks: number;
  /** Synthetic dataset sizes (entities added to the shipped ones). */
  readonly synthetic: readonly number[];
  /** Page sizes (characters of text) of the growth table. */
  readonly growth: readonly (readonly [string, number])[];
  readonly benchDir: string;
  /** Write docs/benchmarks.md (not with --quick or --no-write). */
  readonly write: boolean;
  /** Re-render a saved result instead of measuring (--from FILE). */
  readonly from?: string;
}

export function parseConfig(argv: readonly string[]): BenchConfig {
  const quick = argv.includes('--quick');
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`bench: ${flag} needs a value`);
    return v;
  };
  const runsText = value('--runs');
  const runs = runsText === undefined ? (quick ? 2 : 5) : Number(runsText);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(`bench: --runs takes a positive integer, got '${runsText}'`);
  }
  const from = value('--from');
  return {
    quick,
    runs,
    growthRuns: quick ? 1 : 3,
    datasetRuns: quick ? 1 : 3,
    markJsCapMs: quick ? 3_000 : 5_000,
    liveWallMs: quick ? 8_000 : 10_000,
    markJsLiveTicks: 3,
    synthetic: quick ? [1_000] : [1_000, 10_000],
    growth: quick
      ? [
          ['10 KB', 10_000],
          ['100 KB', 100_000],
        ]
      : [
          ['10 KB', 10_000],
          ['100 KB', 100_000],
          ['1 MB', 1_000_000],
          ['10 MB', 10_000_000],
        ],
    benchDir: 'dist-bench',
    write: !quick && !argv.includes('--no-write'),
    ...(from === undefined ? {} : { from }),
  };
}
