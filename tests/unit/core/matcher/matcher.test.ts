import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/matcher/compile.ts';
import { buildMatcher, createMatcher } from '../../../../src/core/matcher/matcher.ts';
import { createRegexMatcher } from '../../../../scripts/bench/matcher/regex-matcher.ts';
import { DESIGNS, TEST_ALIASES, show } from './fixtures/test-aliases.ts';

describe.each(DESIGNS)('%s matcher: English forms', (_, matcher) => {
  const find = (text: string): string[] => show(matcher, text);

  it('finds full names and reports weak surnames as weak', () => {
    expect(find('President Ilham Aliyev of Azerbaijan')).toEqual([
      'ilham-aliyev:Ilham Aliyev',
      'azerbaijan:Azerbaijan',
    ]);
    expect(find('Aliyev said')).toEqual(['ilham-aliyev:Aliyev (surname)']);
    expect(find('warning Yerevan')).toEqual(['yerevan:Yerevan (metonym)']);
  });

  it('resolves possessives of every apostrophe kind, ranging over the name only', () => {
    for (const possessive of [
      "Aliyev's",
      'Aliyev’s',
      'Aliyev‘s',
      'Aliyev`s',
      'Aliyevʼs',
      'Aliyev´s',
    ]) {
      expect(find(`${possessive} threats`)).toEqual(['ilham-aliyev:Aliyev (surname)']);
    }
    expect(find("the Aliyevs' rule")).toEqual(['ilham-aliyev:Aliyevs (surname)']);
    expect(find('Ilham Aliyev’s speech')).toEqual(['ilham-aliyev:Ilham Aliyev']);
    expect(find('Armenia’s right')).toEqual(['armenia:Armenia']);
  });

  it('resolves a title followed by a surname to the person, leaving the title out', () => {
    expect(find('President Aliyev')).toEqual(['ilham-aliyev:Aliyev (surname)']);
    expect(find('Secretary Blinken')).toEqual(['antony-blinken:Blinken (surname)']);
    expect(find('Secretary of State Antony Blinken')).toEqual(['antony-blinken:Antony Blinken']);
    expect(find('Prime Minister Nikol Pashinyan')).toEqual(['nikol-pashinyan:Nikol Pashinyan']);
    expect(find('President Macron')).toEqual(['emmanuel-macron:Macron (surname)']);
  });

  it('reports demonyms as weak, plural included', () => {
    expect(find('Armenians fled')).toEqual(['armenia:Armenians (demonym)']);
    expect(find('an Azerbaijani official')).toEqual(['azerbaijan:Azerbaijani (demonym)']);
    expect(find('Azerbaijanis')).toEqual(['azerbaijan:Azerbaijanis (demonym)']);
  });

  it('finds several mentions in order, without overlaps', () => {
    expect(find('Armenia, Azerbaijan and Baku; then Yerevan.')).toEqual([
      'armenia:Armenia',
      'azerbaijan:Azerbaijan',
      'baku:Baku',
      'yerevan:Yerevan (metonym)',
    ]);
  });

  it('returns nothing for empty or mention-free text', () => {
    expect(find('')).toEqual([]);
    expect(find('   \n\t ')).toEqual([]);
    expect(find('Nothing to see here at all.')).toEqual([]);
  });
});

describe.each(DESIGNS)('%s matcher: typographic variants', (_, matcher) => {
  const find = (text: string): string[] => show(matcher, text);

  it('equates hyphens, dashes, spaces and no-break spaces', () => {
    const variants = [
      'Nagorno-Karabakh',
      'Nagorno Karabakh',
      'Nagorno–Karabakh',
      'Nagorno—Karabakh',
      'Nagorno\u2011Karabakh',
      'Nagorno\u00a0Karabakh',
      'Nagorno - Karabakh',
      'Nagorno\nKarabakh',
    ];
    for (const v of variants) expect(find(`in ${v} today`)).toEqual([`nagorno-karabakh:${v}`]);
  });

  it('matches COP29 with or without a gap between letters and digits', () => {
    for (const v of ['COP29', 'COP 29', 'COP-29', 'COP\u00a029', 'COP–29']) {
      expect(find(`the ${v} summit`)).toEqual([`cop29:${v}`]);
    }
  });

  it('makes accents optional and accepts decomposed accents', () => {
    for (const v of [
      'Elysee Palace',
      'Élysée Palace',
      'ÉLYSÉE PALACE',
      'E\u0301lyse\u0301e Palace',
    ]) {
      expect(find(`at the ${v}.`)).toEqual([`elysee-palace:${v}`]);
    }
    expect(find('au palais de l’Élysée')).toEqual(['elysee-palace:palais de l’Élysée']);
    expect(find('l’Élysée a dit')).toEqual(['elysee-palace:Élysée (metonym)']);
  });

  it('ignores soft hyphens and zero-width characters inside names, not around them', () => {
    expect(find('Ali\u00adyev spoke')).toEqual(['ilham-aliyev:Ali\u00adyev (surname)']);
    expect(find('Pashin\u200dyan')).toEqual(['nikol-pashinyan:Pashin\u200dyan (surname)']);
    expect(find('Ilham\u200b Aliyev\u200b')).toEqual(['ilham-aliyev:Ilham\u200b Aliyev']);
  });

  it('keeps a combining mark after a name inside the range', () => {
    expect(find('Baku\u0301 and Баку\u0301')).toEqual(['baku:Baku\u0301', 'baku:Баку\u0301']);
  });
});

describe.each(DESIGNS)('%s matcher: case', (_, matcher) => {
  const find = (text: string): string[] => show(matcher, text);

  it('matches case-insensitive aliases in any case, ALL CAPS included', () => {
    for (const v of ['ILHAM ALIYEV', 'ilham aliyev', 'iLHAM aLIYEV']) {
      expect(find(`${v}:`)).toEqual([`ilham-aliyev:${v}`]);
    }
    expect(find('ИЛЬХАМ АЛИЕВ')).toEqual(['ilham-aliyev:ИЛЬХАМ АЛИЕВ']);
  });

  it('handles Turkish and Azerbaijani dotted and dotless I', () => {
    for (const v of ['İlham Əliyev', 'İLHAM ƏLİYEV', 'ILHAM ƏLIYEV', 'ilham əliyev']) {
      expect(find(v)).toEqual([`ilham-aliyev:${v}`]);
    }
    expect(find('ƏLIYEV')).toEqual(['ilham-aliyev:ƏLIYEV (surname)']);
  });

  it('matches case-sensitive aliases only in their own case', () => {
    expect(find('the UN said')).toEqual(['united-nations:UN']);
    expect(find("the UN's view")).toEqual(['united-nations:UN']);
    expect(find('un Un uN')).toEqual([]);
    expect(find('the U.N. said')).toEqual(['united-nations:U.N.']);
    expect(find('cop29 Cop29 COp29')).toEqual([]);
    expect(find('let us go')).toEqual([]);
    expect(find('the US and ООН, not оон')).toEqual(['united-states:US', 'united-nations:ООН']);
  });
});

describe.each(DESIGNS)('%s matcher: word boundaries', (_, matcher) => {
  const find = (text: string): string[] => show(matcher, text);

  it('never matches inside a longer word', () => {
    for (const text of ['Bakuvian', 'Blinkenlights', 'UNESCO', 'COP290', 'Macronism', 'Armenia2']) {
      expect(find(text)).toEqual([]);
    }
    for (const text of ['xArmenia', '2Armenia', 'Бакунин', 'Հայաստանյան', 'Bakılı', 'Alievich']) {
      expect(find(text)).toEqual([]);
    }
  });

  it('accepts punctuation, symbols and underscores as boundaries', () => {
    for (const text of [
      '(Armenia)',
      '#Armenia',
      '_Armenia_',
      '«Armenia»',
      'Armenia.',
      '"Armenia"',
    ]) {
      expect(find(text)).toEqual(['armenia:Armenia']);
    }
    expect(find('d’Armenia')).toEqual(['armenia:Armenia']);
  });
});

describe.each(DESIGNS)('%s matcher: a paragraph of the article', (_, matcher) => {
  const paragraph =
    'President Ilham Aliyev of Azerbaijan renewed his military threats against Armenia on ' +
    'Friday, warning Yerevan to “not forget about second Karabakh war” and “the anti-terror ' +
    'operation,” referring to Azerbaijan’s attack on Artsakh last year that forced its Armenian ' +
    'population to flee. President Emmanuel Macron of France on Thursday pledged his country’s ' +
    'continued support to Armenia when he met with Prime Minister Nikol Pashinyan at the Elysee ' +
    'Palace. “Yerevan has reiterated many times—at the highest levels—that it harbors no ' +
    'aggressive intentions,” Badalyan emphasized, speaking to the Armepress news agency.';

  it('finds every name a careful reader would link, in order', () => {
    expect(show(matcher, paragraph)).toEqual([
      'ilham-aliyev:Ilham Aliyev',
      'azerbaijan:Azerbaijan',
      'armenia:Armenia',
      'yerevan:Yerevan (metonym)',
      'second-karabakh-war:second Karabakh war',
      'azerbaijan:Azerbaijan',
      'nagorno-karabakh:Artsakh',
      'armenia:Armenian (demonym)',
      'emmanuel-macron:Emmanuel Macron',
      'france:France',
      'armenia:Armenia',
      'nikol-pashinyan:Nikol Pashinyan',
      'elysee-palace:Elysee Palace',
      'yerevan:Yerevan (metonym)',
      'ani-badalyan:Badalyan (surname)',
      'armenpress:Armepress',
    ]);
  });
});

describe('matcher: scripts beyond the common ones', () => {
  const aliases = [
    { entity: 'tokyo', text: '東京', lang: 'ja', caseSensitive: false },
    { entity: 'georgia', text: 'საქართველო', lang: 'ka', caseSensitive: false },
    { entity: 'astral', text: '𠀀𠀁', lang: 'und', caseSensitive: false },
  ];

  it.each([
    ['trie', createMatcher],
    ['regex', createRegexMatcher],
  ] as const)('%s: matches CJK, Georgian and astral-plane names', (_, create) => {
    const matcher = create(compileMatcher(aliases));
    expect(show(matcher, '在 東京 和 საქართველოს? no: საქართველო, 𠀀𠀁!')).toEqual([
      'tokyo:東京',
      'georgia:საქართველო',
      'astral:𠀀𠀁',
    ]);
  });
});

describe('matcher options and input checks', () => {
  const compiled = compileMatcher(TEST_ALIASES);

  it.each([
    ['trie', createMatcher],
    ['regex', createRegexMatcher],
  ] as const)(
    '%s: leaves out weak kinds switched off, which still take their span',
    (_, create) => {
      const matcher = create(compiled, { weak: { demonym: false } });
      expect(show(matcher, 'Armenians and Armenia; Aliyev')).toEqual([
        'armenia:Armenia',
        'ilham-aliyev:Aliyev (surname)',
      ]);
      const strongOnly = create(compiled, {
        weak: { surname: false, demonym: false, metonym: false },
      });
      expect(show(strongOnly, 'Aliyev in Yerevan, Ilham Aliyev')).toEqual([
        'ilham-aliyev:Ilham Aliyev',
      ]);
    },
  );

  it('rejects text that is not a string, saying what it got', () => {
    const matcher = buildMatcher(TEST_ALIASES);
    expect(() => matcher.find(null as unknown as string)).toThrow(
      /text must be a string \(got null\)/,
    );
    expect(() => matcher.find(42 as unknown as string)).toThrow(/got number/);
  });
});
