/** The issue's targets, evaluated on the medians of one run (pass/fail, never adjusted). */
import type { StaticFigures } from './figures.ts';
import type { BenchResult, Target } from './result.ts';

const CONTENT_SCRIPT_LIMIT = 60 * 1024;

const x = (n: number): string => `${n.toFixed(1)}×`;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

export function evaluateTargets(r: Omit<BenchResult, 'targets'>): Target[] {
  const targets: Target[] = [];
  const ref = r.fixtures['reference'];
  if (ref?.ours && ref.markjs) {
    const estimated = ref.markjs.estimatedMs.median / ref.ours.scanMs.median;
    const bound = ref.markjs.ms.median / ref.ours.scanMs.median;
    targets.push({
      id: 'fixture2-vs-markjs',
      text: 'Fixture 2: ours ≥ 10× faster than mark.js (start → last highlight)',
      measured: ref.markjs.complete
        ? x(estimated)
        : `${x(estimated)} (mark.js extrapolated from ${ref.markjs.keywordsDone.median} of ${ref.markjs.keywords} keywords; ≥ ${x(bound)} from its capped time alone)`,
      pass: estimated >= 10,
    });
  }
  if (ref?.ours && ref.floor) {
    const wall = ref.ours.scanMs.median / ref.floor.ms.median;
    const cpu = ref.ours.cpuMs.median / ref.floor.ms.median;
    targets.push({
      id: 'fixture2-vs-floor',
      text: 'Fixture 2: ours within 3× of the floor',
      measured: `${x(wall)} (start → last highlight); main-thread time ${x(cpu)}${floorsNote(ref)}`,
      pass: wall <= 3,
    });
  }
  const longest: [string, number, number][] = [];
  for (const [key, f] of Object.entries(r.fixtures)) {
    if (f.ours) longest.push([key, f.ours.longestTaskMs.max, f.ours.longestTaskJsMs.max]);
  }
  const live = r.live.modes.ours;
  if (live) longest.push(['live', live.longestTaskMs.max, live.longestTaskJsMs.max]);
  if (longest.length) {
    const worst = longest.reduce((a, b) => (b[1] > a[1] ? b : a));
    const worstJs = Math.max(...longest.map((l) => l[2]));
    targets.push({
      id: 'no-long-task',
      text: 'No task over 50 ms caused by the content script, on any fixture (its JS + the highlight rendering it triggers)',
      measured:
        `longest: ${ms(worst[1])} (${worst[0]}; max of runs); ` +
        `${longest.map(([k, v, j]) => `${k} ${ms(v)} (JS alone ${ms(j)})`).join(', ')}; ` +
        `counting JavaScript alone the longest is ${ms(worstJs)}` +
        highlightCostNote(r),
      pass: worst[1] <= 50,
    });
  }
  const none = r.fixtures['noMention'];
  if (none?.ours && none.floor) {
    const ratio = none.ours.cpuMs.median / none.floor.ms.median;
    targets.push({
      id: 'fixture3-cpu-vs-floor',
      text: 'Fixture 3: content-script main-thread time within 2× of the floor',
      measured: `${x(ratio)} (${ms(none.ours.cpuMs.median)} vs ${ms(none.floor.ms.median)})${floorsNote(none)}`,
      pass: ratio <= 2,
    });
  }
  if (live?.delayP95Ms) {
    targets.push({
      id: 'fixture4-p95',
      text: 'Fixture 4: p95 insertion → highlight under 250 ms',
      measured: `${ms(live.delayP95Ms.median)} (median of per-run p95; median delay ${ms(live.delayMedianMs?.median ?? NaN)})`,
      pass: live.delayP95Ms.median < 250,
    });
  }
  if (live) {
    targets.push({
      id: 'fixture4-cpu-share',
      text: 'Fixture 4: content-script CPU share under 10 %',
      measured: `${(live.cpuShare.median * 100).toFixed(1)} %`,
      pass: live.cpuShare.median < 0.1,
    });
  }
  const cs = r.bundles.chrome.contentScript;
  targets.push({
    id: 'content-script-size',
    text: 'Content script ≤ 60 KiB gzip, dataset included (dist/chrome)',
    measured: cs
      ? `${(cs.gzip / 1024).toFixed(1)} KiB gzip (${(cs.raw / 1024).toFixed(0)} KiB raw; dataset module ${(r.bundles.datasetModule.gzip / 1024).toFixed(1)} KiB gzip of it)`
      : 'dist/chrome missing: run `npm run build` first',
    pass: cs ? cs.gzip <= CONTENT_SCRIPT_LIMIT : null,
  });
  const off = r.siteOff;
  const on = r.fixtures['noMention']?.ours;
  targets.push({
    id: 'site-off-no-work',
    text: 'No work on pages where Backstory is switched off beyond reading that setting',
    measured: off
      ? `${off.worked ? 'text was read, matched or painted' : 'no text read, matched or painted'} ` +
        `(${off.runs} runs on the 500 KB page); content-script main thread ${ms(off.cpuMs.median)} ` +
        `(bundle evaluation and the settings read)${on ? ` vs ${ms(on.cpuMs.median)} with Backstory on` : ''}`
      : 'not measured in this run',
    pass: off ? !off.worked : null,
  });
  return targets;
}

/**
 * What the browser alone charges per highlight change on the big page (the control), so a long
 * render task can be told from a long task of ours.
 */
function highlightCostNote(r: Omit<BenchResult, 'targets'>): string {
  const rows = r.highlightCost?.rows ?? [];
  const frame = (style: string): number | undefined => {
    const own = rows.filter((row) => row.style.startsWith(style) && row.change !== rows[0]?.change);
    return own.length ? Math.max(...own.map((row) => row.frameMs.median)) : undefined;
  };
  const underline = frame('underline');
  const tint = frame('tint');
  if (underline === undefined || tint === undefined) return '';
  return (
    `; the browser alone takes up to ${ms(underline)} to render one change to an underline ` +
    `highlight on ${r.highlightCost?.page} (tint: ${ms(tint)}; see the control table)`
  );
}

/**
 * How far the two parts any highlighter must do are from the floor on their own: visiting every
 * node (the element floor) and the content script's own walking and matching (CPU profile).
 */
function floorsNote(f: StaticFigures): string {
  const floor = f.floor?.ms.median;
  const element = f.floor?.elementMs?.median;
  const isolated = f.floor?.isolatedMs?.median;
  const isolatedElement = f.floor?.isolatedElementMs?.median;
  const areas = f.ours?.areas;
  if (floor === undefined || !areas) return '';
  const walk = areas['walk the DOM'] ?? 0;
  const match = areas['match text'] ?? 0;
  const of = (v: number | undefined): string => (v === undefined ? '—' : x(v / floor));
  return (
    `; in the floor's units: visiting every node ${of(element)}, reading the text from an ` +
    `isolated world (a content script's) ${of(isolated)}, visiting every node from one ` +
    `${of(isolatedElement)}; our walk ${x(walk / floor)} (${ms(walk)}), our matching ` +
    `${x(match / floor)} (${ms(match)})`
  );
}
