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
import { toCardData, toMatchAliases } from '../../src/core/dataset/compile.ts';
import { toPageRules } from '../../src/core/dataset/page-rules.ts';
import { compileMatcher } from '../../src/core/matcher/compile.ts';

/** Card data: for extension pages and the background, never bundled into the content script. */
export const DATA_MODULE_ID = 'virtual:backstory-data';
/** What every page needs: matcher tables and each entity's type. Small. */
export const MATCHER_MODULE_ID = 'virtual:backstory-matcher';

const HEADER = '// Generated from assets/dataset by scripts/lib/dataset-plugin.ts: do not edit.';
// JSON.parse of a string literal loads faster than the same data as an object literal.
const constant = (name: string, value: unknown): string =>
  `export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/** Compiles the dataset in `dir` into the sources of both modules. Throws on invalid data. */
export function compileDataModules(dir = 'assets/dataset'): { data: string; matcher: string } {
  // The shipped dataset is also checked against the dictionaries; the benchmark's synthetic
  // datasets, made of invented words, need not be.
  const dataset = loadDataset(dir, { checkFolds: resolve(dir) === resolve('assets/dataset') });
  const cards = toCardData(dataset);
  const types = Object.fromEntries(Object.values(cards.entities).map((e) => [e.id, e.type]));
  return {
    data: [HEADER, constant('cardData', cards), ''].join('\n'),
    matcher: [
      HEADER,
      constant('matcherTables', compileMatcher(toMatchAliases(dataset))),
      constant('typeOfEntity', types),
      constant('pageRules', toPageRules(dataset)),
      '',
    ].join('\n'),
  };
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
  const outMatcher = resolve(`node_modules/.backstory/${name}-matcher.js`);
  const generate = (): void => {
    const modules = compileDataModules(root);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, modules.data);
    writeFileSync(outMatcher, modules.matcher);
  };
  return {
    name: 'backstory:dataset',
    enforce: 'pre',
    config() {
      generate();
      return { resolve: { alias: { [DATA_MODULE_ID]: out, [MATCHER_MODULE_ID]: outMatcher } } };
    },
    buildStart() {
      this.addWatchFile(root);
    },
    watchChange(id) {
      if (id.startsWith(root) && id.endsWith('.json')) generate();
    },
  };
}
