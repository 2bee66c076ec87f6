/**
 * Everything measured with the shipped dataset, in one browser session: fixtures 1–3 and the
 * startup page, fixture 4 (live), and the growth with page size.
 */
import type { BenchConfig } from './config.ts';
import type { BenchPages } from './bench-pages.ts';
import { growthPath } from './bench-pages.ts';
import type { LiveFigures, StaticFigures } from './figures.ts';
import type { LiveMode } from './live-runner.ts';
import type { BenchSession } from './session.ts';
import { measureLive, measureStatic } from './suites.ts';
import { measureSiteOff } from './off-runner.ts';
import type { SiteOffFigures } from './off-runner.ts';
import type { Mode, SuiteContext } from './suites.ts';

export interface ShippedFigures {
  readonly fixtures: Record<string, StaticFigures & { readonly label: string }>;
  readonly growth: Record<string, StaticFigures>;
  readonly live: Partial<Record<LiveMode, LiveFigures>>;
  readonly siteOff?: SiteOffFigures;
}

const ALL: Mode[] = ['ours', 'markjs', 'floor'];
const FIXTURES: [string, string, string, Mode[]][] = [
  ['article', 'Fixture 1: article', '/article.html', ALL],
  ['reference', 'Fixture 2: reference page', '/reference.html', ALL],
  ['noMention', 'Fixture 3: no mention', '/no-mention.html', ALL],
  ['startup', 'Startup: small page, no mention', '/startup.html', ['ours', 'floor']],
];

/** The clean context must not run the extension: checked on a page full of mentions. */
export async function verifyCleanContext(session: BenchSession, url: string): Promise<boolean> {
  const page = await session.clean.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1500));
    const seen = (await page.evaluate(
      `performance.getEntriesByType('mark').filter((m) => m.name.startsWith('backstory:')).length + [...CSS.highlights.keys()].length`,
    )) as number;
    return seen === 0;
  } finally {
    await page.close();
  }
}

export async function shippedSuite(
  ctx: SuiteContext,
  config: BenchConfig,
  { pages, live }: BenchPages,
): Promise<ShippedFigures> {
  const fixtures: ShippedFigures['fixtures'] = {};
  for (const [key, label, path, modes] of FIXTURES) {
    ctx.log(`bench: ${label}`);
    fixtures[key] = {
      label,
      ...(await measureStatic(ctx, path, pages[path]!, config.runs, modes)),
    };
  }

  ctx.log('bench: Fixture 3 with Backstory switched off for the site');
  let siteOff: SiteOffFigures | undefined;
  try {
    siteOff = await measureSiteOff(
      ctx.session,
      { blank: ctx.url('/blank.html'), fixture: ctx.url('/no-mention.html') },
      config.runs,
      ctx.sourceMap,
    );
  } catch (error) {
    ctx.log(`bench: site-off runs failed: ${(error as Error).message}`);
    ctx.failures.push(`site off: ${(error as Error).message}`);
  }

  ctx.log('bench: Fixture 4: live page');
  const { ticks, intervalMs } = live.live;
  const maxWallMs = config.liveWallMs;
  const liveFigures = await measureLive(ctx, '/live.html', intervalMs, [
    { mode: 'ours', runs: config.runs, ticks, maxWallMs },
    { mode: 'floor', runs: config.runs, ticks, maxWallMs },
    { mode: 'markjs', runs: Math.min(3, config.runs), ticks: config.markJsLiveTicks, maxWallMs },
    { mode: 'highlight', runs: 1, ticks, maxWallMs },
  ]);

  const growth: ShippedFigures['growth'] = {};
  for (const [label, chars] of config.growth) {
    ctx.log(`bench: growth ${label}`);
    // A 10 MB page takes minutes per mark.js run and a minute to load: measured once.
    const runs = chars >= 10_000_000 ? 1 : config.growthRuns;
    const path = growthPath(chars);
    growth[label] = await measureStatic(ctx, path, pages[path]!, runs, ALL);
    if (label === '1 MB' && fixtures['reference'])
      growth['2 MB (fixture 2)'] = fixtures['reference'];
  }
  return { fixtures, growth, live: liveFigures, ...(siteOff ? { siteOff } : {}) };
}
