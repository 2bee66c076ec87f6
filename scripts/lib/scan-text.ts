/**
 * The scanner's core, shared by `npm run scan` and its tests: the same text collection
 * (collectBlocks, in jsdom for HTML) and the same matcher tables as the content script.
 */
import { JSDOM } from 'jsdom';
import { collectBlocks } from '../../src/content/text/collect-blocks.ts';
import { createMatcher } from '../../src/core/matcher/matcher.ts';
import type { Matcher } from '../../src/core/matcher/matcher.ts';
import type { CardData } from '../../src/core/dataset/card-data.ts';
import type { CompiledMatcher } from '../../src/core/matcher/compile.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import type { Settings } from '../../src/core/settings.ts';

export interface ScanMention {
  readonly entity: string;
  readonly text: string;
}

export interface Scanner {
  scan(content: string, kind: 'html' | 'txt'): ScanMention[];
}

/**
 * `settings` filters as the extension does by default (demonyms off); pass `null` to report
 * every mention the matcher finds.
 */
export function createScanner(
  tables: CompiledMatcher,
  cards: CardData,
  settings: Settings | null = DEFAULT_SETTINGS,
): Scanner {
  const matcher: Matcher = createMatcher(tables);
  const keep = (entity: string, weak: string | undefined): boolean => {
    const type = cards.entities[entity]?.type;
    if (!type) return false;
    if (!settings) return true;
    return (
      settings.types[type] &&
      (weak === undefined || settings.weak[weak as keyof Settings['weak']] === true)
    );
  };
  const fromText = (text: string): ScanMention[] =>
    matcher
      .find(text)
      .filter((m) => keep(m.entity, m.weak))
      .map((m) => ({ entity: m.entity, text: text.slice(m.start, m.end) }));
  return {
    scan(content, kind) {
      if (kind === 'txt') return content.split(/\r?\n/).flatMap(fromText);
      // Scripts never run and nothing is fetched: the page is only parsed.
      const { window } = new JSDOM(content);
      try {
        return collectBlocks(window.document).blocks.flatMap((b) => fromText(b.text));
      } finally {
        window.close();
      }
    },
  };
}
