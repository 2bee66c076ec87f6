/** The profiling tables: where the content script spends its time, and its longest task. */
import type { LongestTask } from './ours-runner.ts';
import { num } from './format.ts';
import type { BenchResult } from './result.ts';
import { Table } from './table.ts';

export function profileTables(r: BenchResult): Table[] {
  const hot = new Table(
    'Where the content script spends its time (mean self ms per run, CPU profile)',
    ['page', 'function (source)', 'self ms'],
  );
  const hotRows: [string, { label: string; selfMs: number }[]][] = [
    ['reference 2 MB', [...(r.fixtures['reference']?.ours?.hot ?? [])]],
    ['no mention 500 KB', [...(r.fixtures['noMention']?.ours?.hot ?? [])]],
    ['startup', [...(r.fixtures['startup']?.ours?.hot ?? [])]],
    ['live', [...(r.live.modes.ours?.hot ?? [])]],
  ];
  for (const [page, list] of hotRows) {
    for (const h of list.slice(0, 10)) hot.add(page, h.label, num(h.selfMs, 1));
  }

  const worst = new Table(
    'The longest tasks caused by the content script, taken apart (worst run; JS+render, then JS alone)',
    [
      'page',
      'task ms',
      'content-script JS ms',
      'PrePaint + Paint ms',
      'hot functions in it (self ms)',
    ],
  );
  type Row = [string, LongestTask | null | undefined, LongestTask | null | undefined];
  const worstRows: Row[] = [
    ...Object.values(r.fixtures).map((f): Row => [
      f.label,
      f.ours?.longestTask,
      f.ours?.longestJsTask,
    ]),
    ['Fixture 4: live', r.live.modes.ours?.longestTask, r.live.modes.ours?.longestJsTask],
  ];
  const describe = (page: string, task: LongestTask): void => {
    const hot = task.hot.map((h) => `${h.label} ${num(h.selfMs, 1)}`).join('; ');
    worst.add(page, num(task.ms), num(task.jsMs), num(task.renderMs), hot);
  };
  for (const [page, task, jsTask] of worstRows) {
    if (task) describe(page, task);
    // Older saved results have no longestJsTask.
    if (jsTask && jsTask.ms !== task?.ms) describe(`${page} (mostly JS)`, jsTask);
  }

  return [hot, worst];
}
