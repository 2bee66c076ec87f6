import { describe, expect, it } from 'vitest';
import type { MatchAlias } from '../../../../src/core/matcher/types.ts';
import { buildMatcher } from '../../../../src/core/matcher/matcher.ts';
import { buildRegexMatcher } from '../../../../scripts/bench/matcher/regex-matcher.ts';
import { DESIGNS, show } from './fixtures/test-aliases.ts';

describe.each(DESIGNS)('%s matcher: look-alikes and blocking phrases', (_, matcher) => {
  const find = (text: string): string[] => show(matcher, text);

  it('gives look-alike people their own id, never ours', () => {
    for (const v of ['Heydar Aliyev', "Heydar Aliyev's", 'HEYDAR ALIYEV', 'Heydar Aliev']) {
      expect(find(`${v} ruled`)).toEqual([`heydar-aliyev:${v.replace(/'s$/, '')}`]);
    }
    expect(find('Mehriban Aliyeva')).toEqual(['mehriban-aliyeva:Mehriban Aliyeva']);
    expect(find('Brigitte Macron')).toEqual(['brigitte-macron:Brigitte Macron']);
    expect(find('Donald M. Blinken')).toEqual(['donald-blinken:Donald M. Blinken']);
  });

  it('keeps look-alikes apart in other languages and cases', () => {
    expect(find('Гейдара Алиева')).toEqual(['heydar-aliyev:Гейдара Алиева']);
    expect(find('Мехрибан Алиевой')).toEqual(['mehriban-aliyeva:Мехрибан Алиевой']);
    expect(find('Heydər Əliyevin')).toEqual(['heydar-aliyev:Heydər Əliyevin']);
    expect(find('Հեյդար Ալիևի')).toEqual(['heydar-aliyev:Հեյդար Ալիևի']);
    expect(find('Брижит Макрон')).toEqual(['brigitte-macron:Брижит Макрон']);
  });

  it('does not take a bare look-alike surname form for ours', () => {
    expect(find('Aliyeva')).toEqual([]);
  });

  it('lets blocking phrases swallow the names inside them and report nothing', () => {
    const blocked = [
      'Heydar Aliyev Center',
      'Heydar-Aliyev-Centre',
      'HEYDAR ALIYEV INTERNATIONAL AIRPORT',
      'Heydar Aliyev International Airport',
      'Champs-Élysées',
      'Champs Elysees',
      'Baku Crystal Hall',
      'Центре Гейдара Алиева',
      'Heydər Əliyev Mərkəzi',
    ];
    for (const text of blocked) expect(find(`at the ${text} today`), text).toEqual([]);
  });

  it('still finds our names right next to a blocked phrase', () => {
    expect(find('Aliyev spoke at the Heydar Aliyev Center in Baku')).toEqual([
      'ilham-aliyev:Aliyev (surname)',
      'baku:Baku',
    ]);
    expect(find('Ilham Aliyev, son of Heydar Aliyev')).toEqual([
      'ilham-aliyev:Ilham Aliyev',
      'heydar-aliyev:Heydar Aliyev',
    ]);
  });

  it('prefers the longest alias at a position', () => {
    expect(find('New York City')).toEqual(['new-york-city:New York City']);
    expect(find('UN General Assembly')).toEqual(['un-general-assembly:UN General Assembly']);
    expect(find('Armenian Foreign Ministry')).toEqual([
      'armenia-foreign-ministry:Armenian Foreign Ministry',
    ]);
    expect(find('Armenian Apostolic Church')).toEqual([]);
  });
});

describe('matcher: how overlapping and tied candidates resolve', () => {
  const alias = (entity: string, text: string, extra: Partial<MatchAlias> = {}): MatchAlias => ({
    entity,
    text,
    lang: 'en',
    caseSensitive: false,
    ...extra,
  });
  const both = (aliases: MatchAlias[]) => [buildMatcher(aliases), buildRegexMatcher(aliases)];

  it('takes the leftmost match first, then the longest there', () => {
    for (const m of both([alias('a', 'New York'), alias('b', 'York City Council')])) {
      expect(show(m, 'New York City Council')).toEqual(['a:New York']);
      expect(show(m, 'York City Council')).toEqual(['b:York City Council']);
    }
  });

  it('breaks ties on one span: block, then strong, then case-sensitive, then first listed', () => {
    const weakFirst = [alias('weak', 'Aliyev', { weak: 'surname' }), alias('strong', 'Aliyev')];
    const ciFirst = [alias('ci', 'Aliyev'), alias('cs', 'Aliyev', { caseSensitive: true })];
    const order = [alias('first', 'Aliyev'), alias('second', 'Aliyev')];
    const block = [alias('person', 'Aliyev'), alias('', 'Aliyev', { block: true })];
    for (const [aliases, expected] of [
      [weakFirst, ['strong:Aliyev']],
      [ciFirst, ['cs:Aliyev']],
      [order, ['first:Aliyev']],
      [block, []],
    ] as const) {
      for (const m of both([...aliases])) expect(show(m, 'Aliyev')).toEqual(expected);
    }
  });

  it('falls back to a shorter alias when the longer one fails its case', () => {
    const aliases = [alias('co', 'cop'), alias('cop29', 'COP29', { caseSensitive: true })];
    for (const m of both(aliases)) {
      expect(show(m, 'COP29')).toEqual(['cop29:COP29']);
      expect(show(m, 'cop 29')).toEqual(['co:cop']);
    }
  });
});
