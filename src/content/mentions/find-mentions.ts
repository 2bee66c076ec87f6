import type { EntityType } from '../../core/dataset/kinds.ts';
import type { Matcher } from '../../core/matcher/matcher.ts';
import { blockRange } from '../text/block-range.ts';
import type { TextBlock } from '../text/text-block.ts';
import type { PageMention } from './mention-index.ts';

/**
 * Every mention the matcher finds in one text block, as page mentions with their ranges. A
 * StaticRange, not a live Range: the watcher replaces a changed block's mentions anyway, and
 * live ranges cost the browser on every DOM change.
 */
export function findMentions(
  matcher: Matcher,
  typeOf: (entity: string) => EntityType | undefined,
  block: TextBlock,
): PageMention[] {
  const list: PageMention[] = [];
  for (const m of matcher.find(block.text)) {
    const type = typeOf(m.entity);
    if (!type) continue;
    const range = new StaticRange(blockRange(block, m.start, m.end));
    list.push({ entity: m.entity, type, weak: m.weak, block, start: m.start, end: m.end, range });
  }
  return list;
}
