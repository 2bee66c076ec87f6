/**
 * Vite plugin: validates assets/dataset at build time and compiles it into one generated module
 * (matcher tables + card data), imported as `virtual:backstory-data`, so no page load ever
 * parses or compiles the dataset. An invalid dataset fails the build with the validator's full
 * report.
 *
 * The module is written to disk and reached through `resolve.alias` rather than served by a
 * `load` hook: crxjs builds the standalone content script in a sub-build that inherits the
 * parent's `resolve` settings but none of its plugins.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadDataset } from './load-dataset.ts';
import { toCardData, toMatchAliases } from '../../src/core/compile-dataset.ts';
import { compileMatcher } from '../../src/core/compile-matcher.ts';

export const DATA_MODULE_ID = 'virtual:backstory-data';

/** Compiles the dataset in `dir` into the source of the data module. Throws on invalid data. */
export function compileDataModule(dir = 'assets/dataset'): string {
  const dataset = loadDataset(dir);
  const matcher = compileMatcher(toMatchAliases(dataset));
  const cards = toCardData(dataset);
  // JSON.parse of a string literal loads faster than the same data as an object literal.
  return [
    '// Generated from assets/dataset by scripts/lib/dataset-plugin.ts: do not edit.',
    `export const matcherTables = JSON.parse(${JSON.stringify(JSON.stringify(matcher))});`,
    `export const cardData = JSON.parse(${JSON.stringify(JSON.stringify(cards))});`,
    '',
  ].join('\n');
}

export function datasetPlugin(dir = 'assets/dataset'): Plugin {
  const root = resolve(dir);
  // Another dataset (the benchmark's synthetic ones) gets its own module file, so a build of it
  // never swaps the data under a concurrent build of the shipped dataset.
  const name =
    root === resolve('assets/dataset')
      ? 'data'
      : `data-${createHash('sha1').update(root).digest('hex').slice(0, 12)}`;
  const out = resolve(`node_modules/.backstory/${name}.js`);
  const generate = (): void => {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, compileDataModule(root));
  };
  return {
    name: 'backstory:dataset',
    enforce: 'pre',
    config() {
      generate();
      return { resolve: { alias: { [DATA_MODULE_ID]: out } } };
    },
    buildStart() {
      this.addWatchFile(root);
    },
    watchChange(id) {
      if (id.startsWith(root) && id.endsWith('.json')) generate();
    },
  };
}
