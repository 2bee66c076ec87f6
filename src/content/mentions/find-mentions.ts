import type { EntityType } from '../../core/dataset/kinds.ts';
import type { Matcher } from '../../core/matcher/matcher.ts';
import { blockRange } from '../text/block-range.ts';
import type { TextBlock } from '../text/text-block.ts';
import { attachSuffixes } from './attached-suffix.ts';
import { blockFacts } from './block-facts.ts';
import type { PageMention } from './mention-index.ts';
import type { StageBlock, StageMention } from './page-stage.ts';
import { readBlock } from './read-block.ts';
import type { ReadContext, ReadMention } from './read-block.ts';

/**
 * The benchmark's build without the page stage (BACKSTORY_BENCH=1 BACKSTORY_NO_STAGE=1): the
 * A/B baseline that measures what the stage costs, on the same matcher and dataset. Always
 * false in the shipped build, the scanner and the tests.
 */
export const NO_STAGE = typeof __BACKSTORY_NO_STAGE__ !== 'undefined' && __BACKSTORY_NO_STAGE__;

/** The matcher's mentions of entities we know, read in their setting (read-block.ts). */
export function readMentions(matcher: Matcher, ctx: ReadContext, text: string): ReadMention[] {
  const raw = matcher.find(text).filter((m) => ctx.typeOf(m.entity) !== undefined);
  const attached = attachSuffixes(text, raw);
  if (NO_STAGE) return attached.map((m) => ({ ...m, role: 'plain' }));
  return readBlock(text, attached, ctx);
}

/**
 * What the page stage needs of one block: its mentions read in their setting, and its place;
 * null when it has no mention (the usual case, so the ancestor lookups are skipped).
 */
export function readTextBlock(
  matcher: Matcher,
  ctx: ReadContext,
  block: TextBlock,
): StageBlock | null {
  const mentions = readMentions(matcher, ctx, block.text);
  return mentions.length === 0 ? null : { mentions, ...blockFacts(block) };
}

/**
 * A block's settled mentions as page mentions with their ranges. A StaticRange, not a live
 * Range: the watcher replaces a changed block's mentions anyway, and live ranges cost the
 * browser on every DOM change.
 */
export function pageMentions(
  block: TextBlock,
  settled: readonly StageMention[],
  typeOf: (entity: string) => EntityType | undefined,
): PageMention[] {
  const list: PageMention[] = [];
  for (const m of settled) {
    const type = typeOf(m.entity);
    if (!type) continue;
    const range = new StaticRange(blockRange(block, m.start, m.end));
    list.push({ ...m, type, block, range });
  }
  return list;
}
