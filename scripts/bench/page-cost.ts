/**
 * Two readings the A/B benchmarks share: the renderer's main-thread time so far, and the content
 * script's own JavaScript time during a step, from the CPU profile.
 */
import type { CpuProfile } from './profile.ts';
import { ProfileView } from './profile.ts';
import { SAMPLING_INTERVAL_US } from './session.ts';
import type { MeasuredPage } from './session.ts';

/** The renderer's TaskDuration so far (CDP Performance.getMetrics), in ms. */
export async function taskMs(measured: MeasuredPage): Promise<number> {
  const { metrics } = await measured.cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

/** Runs `step` under the CPU profiler; returns the content script's own time in it, ms. */
export async function oursDuring(
  measured: MeasuredPage,
  extensionOrigin: string,
  step: () => Promise<void>,
): Promise<number> {
  await measured.cdp.send('Profiler.enable');
  await measured.cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await measured.cdp.send('Profiler.start');
  await step();
  const { profile } = await measured.cdp.send('Profiler.stop');
  return new ProfileView(profile as CpuProfile, (url) =>
    url.startsWith(extensionOrigin + '/'),
  ).oursMs();
}
