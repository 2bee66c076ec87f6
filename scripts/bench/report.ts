/** Turns a BenchResult into readable tables: plain text for the terminal, Markdown for docs. */
import { AREAS } from './areas.ts';
import type { BenchResult } from './result.ts';
import type { Summary } from './stats.ts';
import type { StaticFigures } from './figures.ts';
import { Table } from './table.ts';
import { num } from './format.ts';
import { profileTables } from './report-profile.ts';

/** "median (min–max)" in ms, switching to s above 10 s. */
export function spread(s: Summary | undefined, digits = 0): string {
  if (!s) return '—';
  if (s.median >= 10_000) {
    return `${(s.median / 1000).toFixed(1)} s (${(s.min / 1000).toFixed(1)}–${(s.max / 1000).toFixed(1)})`;
  }
  return `${num(s.median, digits)} (${num(s.min, digits)}–${num(s.max, digits)})`;
}

const kb = (bytes: number | undefined): string =>
  bytes === undefined || !Number.isFinite(bytes) ? '—' : `${num(bytes / 1024, 0)} KiB`;
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || !(b > 0) ? '—' : `${(a / b).toFixed(1)}×`;
const size = (chars: number): string =>
  chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} MB` : `${Math.round(chars / 1e3)} KB`;

function markJsCell(f: StaticFigures): string {
  const m = f.markjs;
  if (!m) return '—';
  if (m.complete) return spread(m.ms);
  return `≥${spread(m.ms)}; est. ${spread(m.estimatedMs)}`;
}

function staticTable(title: string, rows: [string, StaticFigures][]): Table {
  const t = new Table(title, [
    'page',
    'text',
    'text nodes',
    'mentions (ours/mark.js)',
    'ours: start→last highlight ms',
    'ours: main-thread ms',
    'ours: longest task ms (JS+render / JS)',
    'ours: window busy / of it PrePaint+Paint ms',
    'ours: heap added',
    'mark.js ms',
    'floor ms',
    'mark.js ÷ ours',
    'ours ÷ floor',
    'ours CPU ÷ floor',
  ]);
  for (const [name, f] of rows) {
    const o = f.ours;
    t.add(
      name,
      size(f.page.textChars),
      num(f.page.textNodes),
      `${num(f.page.mentions)} (${o ? num(o.ranges.median) : '—'}/${f.markjs ? num(f.markjs.marks.median) + (f.markjs.complete ? '' : '+') : '—'})`,
      spread(o?.scanMs),
      spread(o?.cpuMs),
      o ? `${spread(o.longestTaskMs)} / ${num(o.longestTaskJsMs.median)}` : '—',
      o ? `${num(o.windowBusyMs.median)} / ${num(o.windowRenderMs.median)}` : '—',
      kb(o?.heapAddedBytes),
      markJsCell(f),
      spread(f.floor?.ms, 1),
      ratio(f.markjs?.estimatedMs.median, o?.scanMs.median),
      ratio(o?.scanMs.median, f.floor?.ms.median),
      ratio(o?.cpuMs.median, f.floor?.ms.median),
    );
  }
  return t;
}

export function tables(r: BenchResult): Table[] {
  const out: Table[] = [];
  out.push(
    staticTable(
      `Fixtures 1–3 and startup (median (min–max) of ${r.settings.runs} runs each, alternating)`,
      Object.entries(r.fixtures).map(([, f]) => [f.label, f]),
    ),
  );

  const live = new Table(
    `Fixture 4: live page, ${r.live.spec.nodesPerTick} nodes every ${r.live.spec.intervalMs} ms (${r.live.spec.ticks} ticks planned, stopped after ${r.live.spec.maxWallMs / 1000} s)`,
    [
      'highlighter',
      'runs',
      'ticks done',
      'insertion took ms',
      'delay median ms',
      'delay p95 ms',
      'delay max ms',
      'CPU share %',
      'main thread busy ms',
      'of it PrePaint+Paint ms',
      'longest task ms (JS+render / JS)',
      'highlighted / inserted',
    ],
  );
  const labels = {
    ours: 'Backstory',
    markjs: `mark.js per batch (first ${r.live.spec.markJsTicks} ticks)`,
    floor: 'floor (read new text)',
    highlight: 'control: Highlight API alone',
  } as const;
  for (const [mode, f] of Object.entries(r.live.modes)) {
    if (!f) continue;
    live.add(
      labels[mode as keyof typeof labels],
      String(f.runs),
      spread(f.ticks),
      spread(f.insertionMs),
      spread(f.delayMedianMs),
      spread(f.delayP95Ms),
      spread(f.delayMaxMs),
      `${(f.cpuShare.median * 100).toFixed(1)} (${(f.cpuShare.min * 100).toFixed(1)}–${(f.cpuShare.max * 100).toFixed(1)})`,
      spread(f.mainThreadBusyMs),
      spread(f.renderMs),
      `${spread(f.longestTaskMs)} / ${num(f.longestTaskJsMs.median)}`,
      `${num(f.highlighted.median)} / ${num(f.inserted.median)}`,
    );
  }
  out.push(live);

  out.push(
    staticTable(
      `Growth with page text (reference-page layout; ${r.settings.growthRuns} runs each, 2 MB from fixture 2)`,
      Object.entries(r.growth).map(([k, f]) => [k, f]),
    ),
  );

  if (r.datasets.length) {
    const d = new Table(
      `Growth with the dataset (${r.settings.datasetRuns} runs each; floor as in fixtures)`,
      [
        'dataset',
        'entities',
        'aliases',
        'content script gzip',
        'startup: start→idle ms',
        'startup: main-thread ms',
        'heap added (startup page)',
        'article: last highlight ms',
        'reference 2 MB: last highlight ms',
        'reference 2 MB: main-thread ms',
        'no-mention 500 KB: main-thread ms',
        'longest task ms',
        'mark.js on article ms',
      ],
    );
    for (const ds of r.datasets) {
      const p = ds.pages;
      const longest = Math.max(...Object.values(p).map((f) => f.ours?.longestTaskMs.max ?? 0));
      d.add(
        ds.name,
        num(ds.entities),
        num(ds.aliases),
        kb(ds.contentScript.gzip),
        spread(p['startup']?.ours?.idleMs),
        spread(p['startup']?.ours?.cpuMs),
        kb(p['startup']?.ours?.heapAddedBytes),
        spread(p['article']?.ours?.scanMs),
        spread(p['reference']?.ours?.scanMs),
        spread(p['reference']?.ours?.cpuMs),
        spread(p['noMention']?.ours?.cpuMs),
        num(longest),
        p['article'] ? markJsCell(p['article']) : '—',
      );
    }
    out.push(d);
  }

  const b = new Table('Built bundles (gzip at zlib level 6)', ['file', 'raw', 'gzip']);
  for (const [target, sizes] of [
    ['chrome', r.bundles.chrome],
    ['firefox', r.bundles.firefox],
  ] as const) {
    if (!sizes.present) {
      b.add(`dist/${target}: missing (run npm run build)`, '—', '—');
      continue;
    }
    for (const f of sizes.files) b.add(`dist/${target}/${f.file}`, kb(f.raw), kb(f.gzip));
    b.add(`dist/${target} total`, kb(sizes.totalRaw), kb(sizes.totalGzip));
  }
  b.add(
    '(dataset module inside the content script)',
    kb(r.bundles.datasetModule.raw),
    kb(r.bundles.datasetModule.gzip),
  );
  out.push(b);

  const a = new Table(
    "Where the main-thread time goes (mean self ms per run, CPU profile), against floors: text only or every node, in the page's world or an isolated one like a content script's",
    [
      'page',
      ...AREAS,
      'floor ms',
      'element floor ms',
      'isolated floor ms',
      'isolated element floor ms',
      'walk ÷ isolated element floor',
    ],
  );
  for (const f of Object.values(r.fixtures)) {
    const areas = f.ours?.areas;
    if (!areas) continue;
    const fl = f.floor;
    a.add(
      f.label,
      ...AREAS.map((area) => num(areas[area] ?? 0)),
      num(fl?.ms.median ?? NaN, 1),
      num(fl?.elementMs?.median ?? NaN, 1),
      num(fl?.isolatedMs?.median ?? NaN, 1),
      num(fl?.isolatedElementMs?.median ?? NaN, 1),
      ratio(areas['walk the DOM'], fl?.isolatedElementMs?.median),
    );
  }
  if (a.size > 0) out.push(a);

  const hc = r.highlightCost;
  if (hc) {
    const h = new Table(
      `Control: the browser's own cost of one highlight change on ${hc.page}, no Backstory code (${hc.runs} runs each)`,
      ['highlight style', 'change', 'change → frame painted ms'],
    );
    for (const row of hc.rows) {
      h.add(row.style, row.change, spread(row.frameMs));
    }
    out.push(h);
  }

  const t = new Table('Targets', ['target', 'result', 'measured']);
  for (const target of r.targets) {
    t.add(
      target.text,
      target.pass === null ? 'n/a' : target.pass ? 'PASS' : 'FAIL',
      target.measured,
    );
  }
  out.push(t);

  out.push(...profileTables(r));
  return out;
}

export function header(r: BenchResult): string[] {
  return [
    `Date: ${r.date}`,
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; load average at start ${r.machine.loadAverage.toFixed(2)}${r.machine.loadAverageEnd === undefined ? '' : `, over the last 15 min at the end ${r.machine.loadAverageEnd.toFixed(2)}`} (other work on the machine makes absolute times noisy)`,
    `Browser: ${r.browser} (headless, /usr/bin/chromium); Node ${r.machine.node}`,
    `mark.js ${r.settings.markJs.version}, ${r.settings.markJs.keywords} keywords, options ${JSON.stringify(r.settings.markJs.options)}; runs stop after ${r.settings.markJs.capMs / 1000} s and are extrapolated (est.) from the keywords done`,
    `CPU profile sampling every ${r.settings.samplingIntervalUs} µs; extension verified absent from the mark.js/floor context: ${r.settings.cleanContextVerified ? 'yes' : 'NO'}`,
    `Whole run: ${(r.durationS / 60).toFixed(1)} min`,
    ...(r.failures.length
      ? [`Failed runs (left out of the figures): ${r.failures.join('; ')}`]
      : ['Failed runs: none']),
  ];
}
