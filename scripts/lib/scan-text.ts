/**
 * The scanner's core, shared by `npm run scan`, the eval and their tests: the same text
 * collection (collectBlocks, in jsdom for HTML), the same matcher tables and the same page stage
 * as the content script.
 */
import { JSDOM } from 'jsdom';
import { scopeShown } from '../../src/core/dataset/kinds.ts';
import { blockFacts } from '../../src/content/mentions/block-facts.ts';
import { PageStage } from '../../src/content/mentions/page-stage.ts';
import { readMentions } from '../../src/content/mentions/find-mentions.ts';
import { readContext } from '../../src/content/mentions/read-block.ts';
import { collectBlocks } from '../../src/content/text/collect-blocks.ts';
import { createMatcher } from '../../src/core/matcher/matcher.ts';
import type { Matcher } from '../../src/core/matcher/matcher.ts';
import type { CardData } from '../../src/core/dataset/card-data.ts';
import type { PageRules } from '../../src/core/dataset/page-rules.ts';
import type { CompiledMatcher } from '../../src/core/matcher/compile.ts';
import { DEFAULT_SETTINGS, shownScopes } from '../../src/core/settings.ts';
import type { Settings } from '../../src/core/settings.ts';

export interface ScanMention {
  readonly entity: string;
  readonly text: string;
}

/** A mention as the scanner reports it: whether the extension would paint it at these settings. */
export interface ScannedMention extends ScanMention {
  readonly painted: boolean;
}

export interface PageScan {
  /** The page stage's decision: the page names the story (outside its navigation). */
  readonly onStory: boolean;
  /** Every mention found (types and weak kinds the settings hide left out), in document order. */
  readonly mentions: readonly ScannedMention[];
}

export interface Scanner {
  scan(content: string, kind: 'html' | 'txt'): PageScan;
}

interface Block {
  readonly text: string;
  readonly head: boolean;
  readonly boilerplate: boolean;
}

/**
 * `settings` filters as the extension does by default (demonyms off, general names only on
 * pages about the story); pass `null` to report every mention found, each as painted.
 */
export function createScanner(
  tables: CompiledMatcher,
  cards: CardData,
  rules: PageRules,
  settings: Settings | null = DEFAULT_SETTINGS,
): Scanner {
  const matcher: Matcher = createMatcher(tables);
  const typeOf = (entity: string) => cards.entities[entity]?.type;
  const ctx = readContext(rules, typeOf);
  const keep = (entity: string, weak: string | undefined): boolean => {
    const type = typeOf(entity);
    if (!type) return false;
    if (!settings) return true;
    return (
      settings.types[type] &&
      (weak === undefined || settings.weak[weak as keyof Settings['weak']] === true)
    );
  };
  const scanBlocks = (blocks: readonly Block[]): PageScan => {
    const stage = new PageStage<number>(rules, (a, b) => a - b);
    blocks.forEach((block, i) => {
      stage.set(i, {
        mentions: readMentions(matcher, ctx, block.text),
        head: block.head,
        boilerplate: block.boilerplate,
      });
    });
    stage.update(blocks.keys());
    // No settings: everything found counts as painted.
    const shown = shownScopes(settings?.generalNames ?? 'everywhere', stage.onStory);
    const mentions = blocks.flatMap((block, i) =>
      stage
        .mentionsOf(i)
        .filter((m) => keep(m.entity, m.weak))
        .map((m) => ({
          entity: m.entity,
          text: block.text.slice(m.start, m.end),
          painted: scopeShown(m.scope, shown),
        })),
    );
    return { onStory: stage.onStory, mentions };
  };
  return {
    scan(content, kind) {
      if (kind === 'txt') {
        const lines = content.split(/\r?\n/);
        const first = lines.findIndex((line) => line.trim() !== '');
        return scanBlocks(
          lines.map((text, i) => ({ text, head: i === first, boilerplate: false })),
        );
      }
      // Scripts never run and nothing is fetched: the page is only parsed.
      const { window } = new JSDOM(content);
      try {
        return scanBlocks(
          collectBlocks(window.document).blocks.map((b) => ({ text: b.text, ...blockFacts(b) })),
        );
      } finally {
        window.close();
      }
    },
  };
}
