/**
 * One Chromium session for a benchmark suite: the instrumented extension loaded in the default
 * browser context, and a second, incognito-like context (Target.createBrowserContext) in which
 * extensions do not run, for mark.js and the floor.
 *
 * Every measured page starts on a blank page of the fixture server's origin; once that page's
 * own content script is idle, the V8 CPU profiler (CDP Profiler) and a light trace (tasks and
 * user-timing marks) start, so the navigation to the fixture stays in one renderer process and
 * both see the content script from its first line.
 */
import type { BrowserContext, CDPSession, Page } from 'puppeteer-core';
import { launchChromium } from '../../tests/e2e/support/browsers.ts';
import type { ExtensionBrowser } from '../../tests/e2e/support/browsers.ts';
import { HARNESS } from './page-scripts.ts';
import { ProfileView } from './profile.ts';
import type { CpuProfile } from './profile.ts';
import type { SourceMapLookup } from './source-map.ts';
import { DOC_MARK, TRACE_CATEGORIES, readPageTrace } from './trace.ts';
import type { PageTrace, TraceEvent } from './trace.ts';

/** Fine enough for slices of a few ms; the profiler's overhead at this rate stays small. */
export const SAMPLING_INTERVAL_US = 250;

export interface BenchSession {
  readonly extension: ExtensionBrowser;
  readonly clean: BrowserContext;
  readonly version: string;
  /**
   * Opens a page in the extension's context (`true`) or in the clean one; with `record`, the
   * CPU profiler and the trace run from before the navigation to the fixture.
   */
  open(withExtension: boolean, blankUrl: string, record: boolean): Promise<MeasuredPage>;
  close(): Promise<void>;
}

export interface Recording {
  readonly profile: ProfileView;
  readonly trace: PageTrace;
}

export interface MeasuredPage {
  readonly page: Page;
  readonly cdp: CDPSession;
  /** Stops the profiler and the trace (opened with `record`). */
  stop(sourceMap?: SourceMapLookup): Promise<Recording>;
  /** V8 heap in use after a full garbage collection, in bytes. */
  heapAfterGc(): Promise<number>;
  close(): Promise<void>;
}

export async function openSession(extensionDir: string): Promise<BenchSession> {
  const extension = await launchChromium(extensionDir);
  const clean = await extension.browser.createBrowserContext();
  const version = await extension.browser.version();
  const isOurs = (url: string): boolean => url.startsWith(extension.extensionOrigin + '/');

  const open = async (
    withExtension: boolean,
    blankUrl: string,
    record: boolean,
  ): Promise<MeasuredPage> => {
    const context = withExtension ? extension.browser.defaultBrowserContext() : clean;
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // A background tab gets no animation frames and throttled timers: measure in front.
    await page.bringToFront();
    await page.evaluateOnNewDocument(HARNESS);
    await page.goto(blankUrl, { waitUntil: 'load' });
    await page.bringToFront();
    const visibility = await page.evaluate('document.visibilityState');
    if (visibility !== 'visible') throw new Error(`bench: the measured page is ${visibility}`);
    if (withExtension) await page.evaluate('window.__bench.idle');
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    if (record) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
      await page.tracing.start({ categories: TRACE_CATEGORIES });
      await cdp.send('Profiler.start');
    }
    let recording = record;
    return {
      page,
      cdp,
      async stop(sourceMap) {
        if (!recording) throw new Error('bench: this page was opened without recording');
        recording = false;
        const docMs = (await page.evaluate(
          `performance.getEntriesByName(${JSON.stringify(DOC_MARK)}).at(-1).startTime`,
        )) as number;
        const { profile } = await cdp.send('Profiler.stop');
        const buffer = await page.tracing.stop();
        const events = (
          JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as {
            traceEvents: TraceEvent[];
          }
        ).traceEvents;
        return {
          profile: new ProfileView(profile as CpuProfile, isOurs, sourceMap),
          trace: readPageTrace(events, docMs),
        };
      },
      async heapAfterGc() {
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
      },
      async close() {
        if (recording) {
          await cdp.send('Profiler.stop').catch(() => undefined);
          await page.tracing.stop().catch(() => undefined);
        }
        await page.close().catch(() => undefined);
      },
    };
  };
  return {
    extension,
    clean,
    version,
    open,
    close: async () => {
      await clean.close().catch(() => undefined);
      await extension.close();
    },
  };
}
