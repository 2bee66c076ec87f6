/**
 * One load of a fixture in the browser context without the extension: the floor first (it
 * changes nothing), then mark.js (which wraps matches in <mark> elements), on the same page.
 */
import { measureFloor, measureFloorPass } from './floor-runner.ts';
import type { FloorRun } from './floor-runner.ts';
import { measureMarkJs } from './markjs-runner.ts';
import type { MarkJsConfig, MarkJsRun } from './markjs-runner.ts';
import type { PageUrls } from './ours-runner.ts';
import type { BenchSession, MeasuredPage } from './session.ts';

const SETTLE_MS = 300;

export async function runClean(
  session: BenchSession,
  urls: PageUrls,
  markJs: MarkJsConfig | null,
): Promise<{ floor: FloorRun; markjs?: MarkJsRun }> {
  // Each pass on a page of its own (see measureFloorPass); the text floor in the main world
  // shares its load with mark.js below.
  const pass = (elements: boolean, isolated: boolean): Promise<number> =>
    loadSettled(session, urls, (m) => measureFloorPass(m, { elements, isolated }));
  const elementMs = await pass(true, false);
  const isolatedMs = await pass(false, true);
  const isolatedElementMs = await pass(true, true);
  return loadSettled(session, urls, async (measured) => {
    const floor = { ...(await measureFloor(measured)), elementMs, isolatedMs, isolatedElementMs };
    if (markJs === null) return { floor };
    return { floor, markjs: await measureMarkJs(measured, markJs) };
  });
}

/**
 * Loads the fixture alone in the clean context and runs `measure` on it once the first layout
 * and paint after load are done, so what it times runs alone.
 */
async function loadSettled<T>(
  session: BenchSession,
  urls: PageUrls,
  measure: (page: MeasuredPage) => Promise<T>,
): Promise<T> {
  const measured = await session.open(false, urls.blank, false);
  try {
    await measured.page.goto(urls.fixture, { waitUntil: 'load', timeout: 180_000 });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    return await measure(measured);
  } finally {
    await measured.close();
  }
}
