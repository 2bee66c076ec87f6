/**
 * Growth with the dataset: the same pages with builds whose dataset is the shipped one plus
 * 1,000 or 10,000 synthetic entities, one browser session per build. The floor does not depend
 * on the dataset, so heap baselines come from the shipped suite's floor runs.
 */
import { loadDataset } from '../lib/load-dataset.ts';
import { toMatchAliases } from '../../src/core/dataset/compile.ts';
import type { MatchAlias } from '../../src/core/matcher/types.ts';
import type { BenchPages } from './bench-pages.ts';
import { sizeOf } from './bundle-sizes.ts';
import type { FileSize } from './bundle-sizes.ts';
import type { BenchConfig } from './config.ts';
import type { StaticFigures } from './figures.ts';
import type { MarkJsConfig } from './markjs-runner.ts';
import type { DatasetFigures } from './result.ts';
import { openSession } from './session.ts';
import type { BenchSession } from './session.ts';
import { measureStatic } from './suites.ts';
import type { Mode, SuiteContext } from './suites.ts';

const PAGES: [string, string, Mode[]][] = [
  ['startup', '/startup.html', ['ours']],
  ['article', '/article.html', ['ours', 'markjs']],
  ['noMention', '/no-mention.html', ['ours']],
];

export const contentScriptSize = (buildDir: string): FileSize =>
  sizeOf(`${buildDir}/src/content/index.js`, 'src/content/index.js');

export interface SyntheticBuild {
  readonly count: number;
  readonly datasetDir: string;
  readonly buildDir: string;
}

export async function datasetSuite(
  builds: readonly SyntheticBuild[],
  config: BenchConfig,
  { pages }: BenchPages,
  baselines: Readonly<Record<string, StaticFigures>>,
  context: (session: BenchSession, buildDir: string, markJs: MarkJsConfig) => SuiteContext,
  markJsFor: (aliases: readonly MatchAlias[]) => MarkJsConfig,
): Promise<DatasetFigures[]> {
  const out: DatasetFigures[] = [];
  for (const build of builds) {
    const synthetic = loadDataset(build.datasetDir);
    const aliases = toMatchAliases(synthetic);
    const session = await openSession(build.buildDir);
    try {
      const ctx = context(session, build.buildDir, markJsFor(aliases));
      ctx.log(`bench: dataset with ${build.count} synthetic entities (${aliases.length} aliases)`);
      const figures: Record<string, StaticFigures> = {};
      for (const [key, path, modes] of PAGES) {
        const baseline = baselines[key]?.floor?.heapBytes.median;
        figures[key] = await measureStatic(
          ctx,
          path,
          pages[path]!,
          config.datasetRuns,
          modes,
          baseline,
        );
      }
      out.push({
        name: `shipped + ${build.count} synthetic`,
        entities: synthetic.entities.length,
        aliases: aliases.length,
        contentScript: contentScriptSize(build.buildDir),
        pages: figures,
      });
    } finally {
      await session.close();
    }
  }
  return out;
}
