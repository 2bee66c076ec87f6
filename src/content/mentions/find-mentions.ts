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

/** The matcher's mentions of entities we know, read in their setting (read-block.ts). */
export function readMentions(matcher: Matcher, ctx: ReadContext, text: string): ReadMention[] {
  const raw = matcher.find(text).filter((m) => ctx.typeOf(m.entity) !== undefined);
  return readBlock(text, attachSuffixes(text, raw), ctx);
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
