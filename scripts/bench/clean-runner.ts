/**
 * One load of a fixture in the browser context without the extension: the floor first (it
 * changes nothing), then mark.js (which wraps matches in <mark> elements), on the same page.
 */
import { measureFloor } from './floor-runner.ts';
import type { FloorRun } from './floor-runner.ts';
import { measureMarkJs } from './markjs-runner.ts';
import type { MarkJsConfig, MarkJsRun } from './markjs-runner.ts';
import type { PageUrls } from './ours-runner.ts';
import type { BenchSession } from './session.ts';

const SETTLE_MS = 300;

export async function runClean(
  session: BenchSession,
  urls: PageUrls,
  markJs: MarkJsConfig | null,
): Promise<{ floor: FloorRun; markjs?: MarkJsRun }> {
  const measured = await session.open(false, urls.blank, false);
  try {
    await measured.page.goto(urls.fixture, { waitUntil: 'load', timeout: 180_000 });
    // Let the first layout and paint after load finish: the floor and mark.js are timed alone.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const floor = await measureFloor(measured);
    if (markJs === null) return { floor };
    return { floor, markjs: await measureMarkJs(measured, markJs) };
  } finally {
    await measured.close();
  }
}
