/**
 * The measurement suites: each fixture measured `runs` times with Backstory, mark.js and the
 * floor in alternating order (the order rotates each run), in one browser session, and the
 * runs summarised as median and spread.
 */
import type { FixturePage } from './generate-fixtures.ts';
import { runClean } from './clean-runner.ts';
import type { FloorRun } from './floor-runner.ts';
import { pageFacts } from './figures.ts';
import type { LiveFigures, StaticFigures } from './figures.ts';
import { runLive } from './live-runner.ts';
import type { LiveMode, LiveRun } from './live-runner.ts';
import type { MarkJsConfig, MarkJsRun } from './markjs-runner.ts';
import { runOurs } from './ours-runner.ts';
import type { OursRun, PageUrls } from './ours-runner.ts';
import type { BenchSession } from './session.ts';
import type { SourceMapLookup } from './source-map.ts';
import { summarizeFloor, summarizeLive, summarizeMarkJs, summarizeOurs } from './summaries.ts';

export type Mode = 'ours' | 'markjs' | 'floor';

export interface SuiteContext {
  readonly session: BenchSession;
  readonly url: (path: string) => string;
  readonly markJs: MarkJsConfig;
  readonly sourceMap?: SourceMapLookup;
  readonly log: (line: string) => void;
  /** Runs that failed (the suite goes on without them); reported with the figures. */
  readonly failures: string[];
}

/** Runs `step`; a failure is logged and recorded instead of ending the whole benchmark. */
async function attempt(ctx: SuiteContext, what: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    const message = `${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    ctx.failures.push(message);
    ctx.log(`  FAILED ${message}`);
  }
}

/**
 * Measures one static page `runs` times: Backstory in the extension's context, and (unless
 * `modes` is just ours) the floor then mark.js on one load in the clean context; which of the
 * two goes first alternates from run to run.
 */
export async function measureStatic(
  ctx: SuiteContext,
  path: string,
  page: FixturePage,
  runs: number,
  modes: readonly Mode[],
  baselineHeap?: number,
): Promise<StaticFigures> {
  const urls: PageUrls = { blank: ctx.url('/blank.html'), fixture: ctx.url(path) };
  const ours: OursRun[] = [];
  const markjs: MarkJsRun[] = [];
  const floor: FloorRun[] = [];
  const clean = modes.includes('floor') || modes.includes('markjs');
  for (let i = 0; i < runs; i++) {
    const order: ('ours' | 'clean')[] = i % 2 === 0 ? ['ours', 'clean'] : ['clean', 'ours'];
    for (const step of order) {
      if (step === 'ours' ? !modes.includes('ours') : !clean) continue;
      const started = Date.now();
      const what =
        step === 'ours' ? 'Backstory' : modes.includes('markjs') ? 'floor + mark.js' : 'floor';
      const label = `${path} run ${i + 1}/${runs} ${what}`;
      await attempt(ctx, label, async () => {
        if (step === 'ours') {
          ours.push(await runOurs(ctx.session, urls, ctx.sourceMap));
        } else {
          const r = await runClean(ctx.session, urls, modes.includes('markjs') ? ctx.markJs : null);
          floor.push(r.floor);
          if (r.markjs) markjs.push(r.markjs);
        }
        ctx.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      });
    }
  }
  const floorFigures = summarizeFloor(floor);
  const baseline = floorFigures?.heapBytes.median ?? baselineHeap;
  return {
    page: pageFacts(page),
    ...(ours.length ? { ours: summarizeOurs(ours, baseline) } : {}),
    ...(markjs.length ? { markjs: summarizeMarkJs(markjs) } : {}),
    ...(floorFigures ? { floor: floorFigures } : {}),
  };
}

export interface LivePlan {
  readonly mode: LiveMode;
  readonly runs: number;
  readonly ticks: number;
  readonly maxWallMs: number;
}

/** Fixture 4: each plan's runs interleaved round-robin. */
export async function measureLive(
  ctx: SuiteContext,
  path: string,
  intervalMs: number,
  plans: readonly LivePlan[],
): Promise<Partial<Record<LiveMode, LiveFigures>>> {
  const urls: PageUrls = { blank: ctx.url('/blank.html'), fixture: ctx.url(path) };
  const results = new Map<LiveMode, LiveRun[]>();
  const rounds = Math.max(...plans.map((p) => p.runs));
  for (let i = 0; i < rounds; i++) {
    for (const plan of plans) {
      if (i >= plan.runs) continue;
      const started = Date.now();
      const spec = { intervalMs, ticks: plan.ticks, maxWallMs: plan.maxWallMs };
      await attempt(ctx, `${path} run ${i + 1}/${plan.runs} ${plan.mode}`, async () => {
        const run = await runLive(ctx.session, urls, plan.mode, spec, ctx.markJs, ctx.sourceMap);
        results.set(plan.mode, [...(results.get(plan.mode) ?? []), run]);
      });
      ctx.log(
        `  ${path} run ${i + 1}/${plan.runs} ${plan.mode}: ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
  return Object.fromEntries([...results].map(([mode, runs]) => [mode, summarizeLive(runs)]));
}
