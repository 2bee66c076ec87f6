/** Every page one benchmark run serves, generated in memory, keyed by path. */
import { articlePage, referencePage } from './generate-fixtures.ts';
import type { FixturePage } from './generate-fixtures.ts';
import { livePage } from './live-fixture.ts';
import type { LivePage } from './live-fixture.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface BenchPages {
  readonly pages: Readonly<Record<string, FixturePage>>;
  readonly live: LivePage;
  readonly routes: Readonly<Record<string, { readonly body: string }>>;
}

export const growthPath = (chars: number): string => `/growth-${chars}.html`;

export function benchPages(
  vocabulary: Vocabulary,
  growth: readonly (readonly [string, number])[],
): BenchPages {
  const pages: Record<string, FixturePage> = {
    '/startup.html': articlePage(vocabulary, { seed: 7, chars: 2_000, mentions: 0 }),
    '/article.html': articlePage(vocabulary),
    '/reference.html': referencePage(vocabulary, { mentionEvery: 350 }),
    '/no-mention.html': referencePage(vocabulary, {
      seed: 3,
      chars: 500_000,
      mentionEvery: Infinity,
    }),
  };
  for (const [label, chars] of growth) {
    pages[growthPath(chars)] = referencePage(vocabulary, {
      seed: 20,
      chars,
      mentionEvery: 350,
      name: label,
    });
  }
  const live = livePage(vocabulary);
  const routes: Record<string, { body: string }> = {
    // Measured pages start here, so the navigation to the fixture stays in one process.
    '/blank.html': {
      body: '<!doctype html><html><head><title>blank</title></head><body></body></html>',
    },
    '/live.html': { body: live.html },
  };
  for (const [path, page] of Object.entries(pages)) routes[path] = { body: page.html };
  return { pages, live, routes };
}
