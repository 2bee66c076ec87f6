/**
 * Node side of dataset validation: reads every .json file of the dataset folder and hands
 * them to the pure validator. Used by the build (an invalid dataset fails it with the full
 * report), the scanner and the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { JsonFileIssues, readDatasetJson } from '../../src/core/dataset/json.ts';
import type { Dataset } from '../../src/core/dataset/schema.ts';
import { formatProblems, validateDataset } from '../../src/core/dataset/validate.ts';
import { loadWordLists } from './word-lists.ts';

/** The default dataset folder, relative to the repository root. */
export const defaultDatasetDir = 'assets/dataset';

function displayPath(dir: string, name: string): string {
  const full = join(dir, name);
  const shown = relative(process.cwd(), full);
  return (shown.startsWith('..') ? full : shown).split(sep).join('/');
}

/**
 * Reads every .json file under `dir` (recursively), keyed by its path as shown in reports.
 * A file that is not valid JSON, or has duplicate keys, maps to a JsonFileIssues naming the
 * line and column, so that the validator reports it with everything else instead of the
 * loader throwing at the first bad file.
 */
export function loadDatasetFiles(dir = defaultDatasetDir): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of names) {
    const path = displayPath(dir, name);
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      files[path] = new JsonFileIssues([{ path: '$', message: `cannot read file: ${reason}` }]);
      continue;
    }
    files[path] = readDatasetJson(text);
  }
  return files;
}

/**
 * Loads and validates the dataset; throws an Error whose message is the full report. With
 * `checkFolds`, aliases are also checked against the dictionaries of our languages (see
 * word-lists.ts): the build does, the scanner and most tests need not.
 */
export function loadDataset(
  dir = defaultDatasetDir,
  options: { readonly checkFolds?: boolean } = {},
): Dataset {
  const files = loadDatasetFiles(dir);
  let result = validateDataset(files);
  if (result.ok && options.checkFolds === true) {
    result = validateDataset(files, { words: loadWordLists(result.dataset) });
  }
  if (result.ok) return result.dataset;
  const count = result.problems.length;
  throw new Error(
    `The dataset in ${dir} has ${count} problem${count === 1 ? '' : 's'}:\n` +
      formatProblems(result.problems),
  );
}
