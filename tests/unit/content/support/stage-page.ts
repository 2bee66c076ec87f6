/**
 * The matcher and the page stage on the shipped dataset, over lines of text as the blocks of a
 * page: what the mentions tests read pages with.
 */
import { PageStage } from '../../../../src/content/mentions/page-stage.ts';
import type { StageMention } from '../../../../src/content/mentions/page-stage.ts';
import { readBlock, readContext } from '../../../../src/content/mentions/read-block.ts';
import { toCardData, toMatchAliases } from '../../../../src/core/dataset/compile.ts';
import { toPageRules } from '../../../../src/core/dataset/page-rules.ts';
import { buildMatcher } from '../../../../src/core/matcher/matcher.ts';
import { loadDataset } from '../../../../scripts/lib/load-dataset.ts';

export const dataset = loadDataset('assets/dataset');
export const cards = toCardData(dataset);
export const rules = toPageRules(dataset);
export const matcher = buildMatcher(toMatchAliases(dataset));
export const ctx = readContext(rules, (e) => cards.entities[e]?.type);

/** Runs the stage over `lines`, the first one the page's head; `found` is `entity:text`. */
export function page(lines: readonly string[], furniture: ReadonlySet<number> = new Set()) {
  const stage = new PageStage<number>(rules, (a, b) => a - b);
  lines.forEach((text, i) =>
    stage.set(i, {
      mentions: readBlock(text, matcher.find(text), ctx),
      head: i === 0,
      boilerplate: furniture.has(i),
    }),
  );
  stage.update(lines.keys());
  const found = lines.flatMap((text, i) =>
    stage.mentionsOf(i).map((m: StageMention) => `${m.entity}:${text.slice(m.start, m.end)}`),
  );
  return { stage, found };
}
