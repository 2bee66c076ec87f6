/**
 * The content script on a site the user switched off: the same 500 KB page as fixture 3, with
 * 127.0.0.1 in `disabledSites` (written through the extension's own storage, as the popup
 * does). It should read its settings and stop: no text read, nothing matched or painted.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { setStoredSettings } from '../../tests/e2e/support/extension-probes.ts';
import type { HotFunction } from './profile.ts';
import { READ_OURS } from './page-scripts.ts';
import { pollPage } from './ours-runner.ts';
import type { PageUrls } from './ours-runner.ts';
import type { BenchSession } from './session.ts';
import type { SourceMapLookup } from './source-map.ts';
import { summarize } from './stats.ts';
import type { Summary } from './stats.ts';

export interface SiteOffFigures {
  readonly page: string;
  readonly runs: number;
  /** Content-script main-thread time over the whole load (bundle evaluation included), ms. */
  readonly cpuMs: Summary;
  /** Whether any run read text, matched or painted (marks, ranges, or walker/matcher samples). */
  readonly worked: boolean;
  /** The content script's functions seen in the profile, summed over runs (self ms per run). */
  readonly hot: readonly HotFunction[];
}

/**
 * Sources whose functions in the profile mean the page's text was read, matched or painted.
 * Not the highlight painter as a whole: start-up sweeps a previous instance's highlight names.
 */
const WORK =
  /src\/content\/(?:text|watch|mentions)\/|src\/content\/paint\/viewport-painter|src\/core\/matcher\/|createHighlightPainter/;
const WAIT_AFTER_OFF_MS = 1000;

async function writeSettings(session: BenchSession, settings: unknown): Promise<void> {
  const page = await session.extension.openExtensionPage('src/options/index.html');
  try {
    await setStoredSettings(page, settings);
  } finally {
    await page.close();
  }
}

export async function measureSiteOff(
  session: BenchSession,
  urls: PageUrls,
  runs: number,
  sourceMap?: SourceMapLookup,
): Promise<SiteOffFigures> {
  const host = new URL(urls.fixture).hostname;
  await writeSettings(session, { ...DEFAULT_SETTINGS, disabledSites: [host] });
  const cpu: number[] = [];
  const hot = new Map<string, number>();
  let worked = false;
  try {
    for (let i = 0; i < runs; i++) {
      const measured = await session.open(true, urls.blank, true);
      try {
        const { page } = measured;
        await page.goto(urls.fixture, { waitUntil: 'load', timeout: 180_000 });
        await pollPage(
          page,
          `performance.getEntriesByName('backstory:off').length > 0`,
          60_000,
          `waiting for backstory:off on ${urls.fixture}`,
        );
        // Long enough for any scan that should not happen to show up.
        await new Promise((r) => setTimeout(r, WAIT_AFTER_OFF_MS));
        const read = (await page.evaluate(READ_OURS)) as {
          marks: [string, number][];
          ranges: number;
        };
        const recording = await measured.stop(sourceMap);
        cpu.push(recording.profile.oursMs());
        const functions = recording.profile.hotFunctions();
        for (const f of functions) hot.set(f.label, (hot.get(f.label) ?? 0) + f.selfMs / runs);
        const marks = read.marks.map((m) => m[0]);
        if (
          read.ranges > 0 ||
          marks.some((m) => m === 'backstory:painted' || m === 'backstory:idle') ||
          functions.some((f) => WORK.test(f.label))
        )
          worked = true;
      } finally {
        await measured.close();
      }
    }
  } finally {
    await writeSettings(session, DEFAULT_SETTINGS);
  }
  return {
    page: urls.fixture,
    runs,
    cpuMs: summarize(cpu)!,
    worked,
    hot: [...hot]
      .map(([label, selfMs]) => ({ label, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, 8),
  };
}
