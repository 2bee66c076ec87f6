/** Prints the report (tables, then the JSON line last) and writes docs/benchmarks.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { METHOD } from './method.ts';
import { header, tables } from './report.ts';
import type { BenchResult } from './result.ts';

export function writeReport(
  result: BenchResult,
  toDocs: boolean,
  log: (line: string) => void,
): void {
  const rendered = tables(result);
  console.log([...header(result), '', ...rendered.map((t) => t.toText() + '\n')].join('\n'));
  if (toDocs) {
    mkdirSync('docs', { recursive: true });
    const markdown = [
      '# Benchmarks',
      '',
      'Written by `npm run bench` (scripts/bench/); do not edit by hand. Numbers from one run on a',
      'shared machine: compare the ratios within a run rather than absolute times across runs.',
      '',
      ...header(result).map((line) => `- ${line}`),
      '',
      ...rendered.map((t) => t.toMarkdown() + '\n'),
      METHOD,
    ].join('\n');
    writeFileSync('docs/benchmarks.md', markdown);
    log('bench: wrote docs/benchmarks.md');
  }
  console.log(JSON.stringify(result));
}
