import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../scripts/lib/load-dataset.ts';
import {
  armenianSurnameSpellings,
  toCardData,
  toMatchAliases,
} from '../../../../src/core/dataset/compile.ts';
import type { MatchAlias } from '../../../../src/core/matcher/types.ts';
import { ARTICLE_ENTITIES } from '../../../fixtures/article-entities.ts';

const minimal = loadDataset('tests/fixtures/datasets/minimal');
const shipped = loadDataset('assets/dataset');

describe('toMatchAliases', () => {
  it('flattens aliases, defaults case-sensitivity and keeps weak kinds', () => {
    expect(toMatchAliases(minimal)).toEqual([
      { entity: 'heydar-aliyev', text: 'Heydar Aliyev', lang: 'en', caseSensitive: false },
      { entity: 'heydar-aliyev', text: 'Heydar Aliyev', lang: 'az', caseSensitive: false },
      { entity: 'ilham-aliyev', text: 'Ilham Aliyev', lang: 'en', caseSensitive: false },
      { entity: 'ilham-aliyev', text: 'Ilham Aliyev', lang: 'az', caseSensitive: false },
      { entity: 'ilham-aliyev', text: 'Aliyev', lang: 'en', caseSensitive: false, weak: 'surname' },
      { entity: 'ilham-aliyev', text: 'Aliyev', lang: 'az', caseSensitive: false, weak: 'surname' },
      { entity: 'ilham-aliyev', text: 'Ильхам Алиев', lang: 'ru', caseSensitive: false },
      { entity: 'baku', text: 'Baku', lang: 'en', caseSensitive: false },
      { entity: 'baku', text: 'Baku', lang: 'az', caseSensitive: false },
      { entity: '', text: 'Heydar Aliyev Palace', lang: 'en', caseSensitive: false, block: true },
    ]);
  });

  it('gives each text of the shipped dataset to one entity only', () => {
    const owners = new Map<string, Set<string>>();
    for (const alias of toMatchAliases(shipped)) {
      const key = alias.caseSensitive ? alias.text : alias.text.toLowerCase();
      owners.set(key, (owners.get(key) ?? new Set()).add(alias.entity));
    }
    expect([...owners].filter(([, ids]) => ids.size > 1)).toEqual([]);
  });

  it('gives every Armenian alias a Western (classical) twin with Western endings', () => {
    const aliases = toMatchAliases(shipped);
    const western = (entity: string) =>
      aliases.filter((a) => a.entity === entity && a.lang === 'hyw').map((a) => a.text);
    expect(western('nikol-pashinyan')).toEqual(
      expect.arrayContaining(['նիկոլ փաշինեան', 'փաշինեան']),
    );
    expect(western('new-york-city')).toContain('նիւ եորք');
    // Spelled alike, still twinned: the Western endings (Երեւանէն) come with the twin.
    expect(western('yerevan')).toContain('երեւան');
    // Abbreviations keep their case and have no Western form of their own.
    expect(western('armenia')).not.toContain('ՀՀ');
  });

  it('gives our people and the story’s places an Azerbaijani twin of their Latin names', () => {
    const aliases = toMatchAliases(shipped);
    const twin = (entity: string, text: string) =>
      aliases.some((a) => a.entity === entity && a.text === text && a.lang === 'az');
    expect(twin('ararat-mirzoyan', 'Mirzoyan')).toBe(true);
    expect(twin('antony-blinken', 'Blinken')).toBe(true);
    expect(twin('yerevan', 'Yerevan')).toBe(true);
    // General names have Azerbaijani aliases of their own; English words take no Azerbaijani endings.
    expect(twin('france', 'France')).toBe(false);
    expect(twin('united-states', 'US')).toBe(false);
  });

  it('leaves out aliases that yield, and keeps look-alikes under their own ids', () => {
    const aliases = toMatchAliases(shipped);
    const of = (text: string) => [
      ...new Set(aliases.filter((a) => a.text === text).map((a) => a.entity)),
    ];
    expect(of('Aliyev')).toEqual(['ilham-aliyev']);
    expect(of('Artsakh')).toEqual(['nagorno-karabakh']);
    expect(of('Heydar Aliyev Center')).toEqual(['heydar-aliyev-center']);
    expect(of('Armepress')).toEqual(['armenpress']);
    expect(aliases.find((a) => a.text === 'Aliyeva')).toMatchObject({ entity: '', block: true });
  });
});

/**
 * A deliberately naive exact-alias scan (longest match first, possessive allowed), enough to
 * show which entities the aliases can find in the article.
 */
function naiveScan(text: string, aliases: readonly MatchAlias[]): Map<string, number> {
  const plain = text.replace(/’/g, "'");
  const hits: { start: number; end: number; entity: string }[] = [];
  for (const alias of aliases) {
    const pattern = alias.text.replace(/’/g, "'").replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const flags = alias.caseSensitive ? 'gu' : 'giu';
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, flags);
    for (const m of plain.matchAll(regex)) {
      hits.push({ start: m.index, end: m.index + m[0].length, entity: alias.entity });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const counts = new Map<string, number>();
  let covered = -1;
  for (const hit of hits) {
    if (hit.start < covered) continue;
    covered = hit.end;
    if (hit.entity !== '') counts.set(hit.entity, (counts.get(hit.entity) ?? 0) + 1);
  }
  return counts;
}

describe('the shipped aliases on the article', () => {
  const article = readFileSync('tests/fixtures/article.txt', 'utf8');
  const found = naiveScan(article, toMatchAliases(shipped));

  // The naive scan ignores context, so it also finds 2023-karabakh-offensive through Aliyev's
  // "anti-terror operation" (an alias that needs context; the matcher's own tests check that).
  it('find every named entity a careful reader would link', () => {
    expect([...found.keys()].sort()).toEqual(ARTICLE_ENTITIES);
  });

  it('count each occurrence of the central names', () => {
    expect(found.get('ilham-aliyev')).toBe(11);
    expect(found.get('ani-badalyan')).toBe(9);
    expect(found.get('nagorno-karabakh')).toBe(3);
    expect(found.get('baku')).toBe(6);
    expect(found.get('cop29')).toBe(2);
  });
});

describe('toCardData', () => {
  const cards = toCardData(shipped);

  it('records the dataset version and as-of date', () => {
    expect(cards.meta).toEqual({
      version: shipped.meta.version,
      asOf: '2026-02-20',
      title: shipped.meta.title,
      article: 'article-california-courier',
    });
    expect(cards.sources[cards.meta.article]?.url).toMatch(/^https:\/\/www\.thecaliforniacourier/);
  });

  it('lists a person’s own quotes, without the lead’s repeated fragments', () => {
    const aliyev = cards.entities['ilham-aliyev'];
    expect(aliyev?.quotesBy).toContain('aliyev-second-war');
    expect(aliyev?.quotesBy).not.toContain('aliyev-lead-second-war');
    expect(aliyev?.quotesBy).toHaveLength(5);
    expect(cards.entities['ani-badalyan']?.quotesBy).toHaveLength(10);
    expect(cards.entities['jeyhun-bayramov']?.quotesBy).toEqual(['ministers-additional-efforts']);
  });

  it('lists the quotes by others that mention an entity or were said at it', () => {
    expect(cards.entities['ilham-aliyev']?.quotesAbout).toEqual(['badalyan-self-defence']);
    expect(cards.entities['france']?.quotesAbout).toEqual(['aliyev-who-gives-them-weapons']);
    expect(cards.entities['jabrayil-speech-2024']?.quotesAbout).toContain('aliyev-dangerous-games');
  });

  it('keeps every quote, fragments included, oldest first', () => {
    const quotes = Object.values(cards.quotes);
    expect(quotes).toHaveLength(shipped.quotes.length);
    expect(quotes[0]?.id).toBe('ministers-additional-efforts');
    expect(cards.quotes['aliyev-lead-second-war']?.fragmentOf).toBe('aliyev-second-war');
    expect(cards.quotes['badalyan-self-defence']?.coSpeakers).toEqual([]);
  });

  it('builds a timeline of dated events, oldest first, without look-alikes', () => {
    const ids = cards.timeline.map((item) => item.entity);
    const starts = cards.timeline.map((item) => item.start);
    expect(starts).toEqual([...starts].sort());
    expect(ids).toEqual(
      expect.arrayContaining([
        'alma-ata-declaration',
        'second-karabakh-war',
        '2023-karabakh-offensive',
        'unga-79',
        'jabrayil-speech-2024',
        'cop29',
        'washington-summit-2025',
      ]),
    );
    expect(ids.some((id) => cards.entities[id]?.lookalike)).toBe(false);
    const war = cards.timeline.find((item) => item.entity === 'second-karabakh-war');
    expect(war).toEqual({
      entity: 'second-karabakh-war',
      name: 'Second Nagorno-Karabakh War',
      type: 'event',
      start: '2020-09-27',
      end: '2020-11-10',
    });
    expect(cards.timeline.find((item) => item.entity === 'cop29')?.end).toBe('2024-11-24');
  });

  it('keeps every name for search, including those that yield on pages', () => {
    expect(cards.entities['republic-of-artsakh']?.names).toContain('Artsakh');
    expect(cards.entities['heydar-aliyev']?.names).toContain('Aliyev');
    expect(cards.entities['nagorno-karabakh']?.contestedNames.map((c) => c.name)).toEqual([
      'Artsakh',
      'Nagorno-Karabakh',
      'Karabakh (Garabagh)',
    ]);
  });

  it('survives a JSON round trip unchanged, as the build bundles it', () => {
    expect(JSON.parse(JSON.stringify(cards))).toEqual(cards);
  });
});

describe('armenianSurnameSpellings', () => {
  it('gives an Armenian surname its -yan/-ian twin, and in French ch for sh', () => {
    expect(armenianSurnameSpellings('Mirzoyan', 'en')).toEqual(['Mirzoian']);
    expect(armenianSurnameSpellings('Nikol Pashinyan', 'fr').sort()).toEqual([
      'Nikol Pachinian',
      'Nikol Pachinyan',
      'Nikol Pashinian',
    ]);
  });

  it('leaves other names alone', () => {
    expect(armenianSurnameSpellings('Bayramov', 'en')).toEqual([]);
    expect(armenianSurnameSpellings('Ivan', 'en')).toEqual([]);
  });
});
