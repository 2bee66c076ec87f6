import { describe, expect, it } from 'vitest';
import type { MatchAlias } from '../../../../src/core/matcher/types.ts';
import { buildMatcher } from '../../../../src/core/matcher/matcher.ts';
import { buildRegexMatcher } from '../../../../scripts/bench/matcher/regex-matcher.ts';
import type { Matcher, MatcherOptions } from '../../../../src/core/matcher/matcher.ts';
import { show } from './fixtures/test-aliases.ts';

/**
 * Aliases that need context: a phrase that names our entity only next to one of a few others
 * ("the anti-terror operation" is the 2023 Karabakh offensive beside Aliyev or Karabakh).
 */
const OFFENSIVE = '2023-karabakh-offensive';
const CONTEXT = ['ilham-aliyev', 'nagorno-karabakh'];
const ALIASES: readonly MatchAlias[] = [
  { entity: 'ilham-aliyev', text: 'Ilham Aliyev', lang: 'en', caseSensitive: false },
  { entity: 'ilham-aliyev', text: 'Aliyev', lang: 'en', caseSensitive: false, weak: 'surname' },
  { entity: 'nagorno-karabakh', text: 'Karabakh', lang: 'en', caseSensitive: false },
  { entity: 'russia', text: 'Russia', lang: 'en', caseSensitive: false },
  { entity: 'chechnya', text: 'Chechnya', lang: 'en', caseSensitive: false },
  {
    entity: OFFENSIVE,
    text: 'anti-terror operation',
    lang: 'en',
    caseSensitive: false,
    context: CONTEXT,
  },
  {
    entity: OFFENSIVE,
    text: '2023 Azerbaijani offensive in Nagorno-Karabakh',
    lang: 'en',
    caseSensitive: false,
  },
  // Context satisfied only by another phrase that itself needs context must not count.
  {
    entity: 'republic-of-artsakh',
    text: 'the republic',
    lang: 'en',
    caseSensitive: false,
    context: [OFFENSIVE],
  },
];

const designs = (options?: MatcherOptions): [string, Matcher][] => [
  ['trie', buildMatcher(ALIASES, options)],
  ['regex', buildRegexMatcher(ALIASES, options)],
];

describe.each(designs())('%s matcher: aliases that need context', (_, matcher) => {
  const find = (text: string) => show(matcher, text);

  it('matches the phrase when the same text mentions an entity of its context', () => {
    expect(find('Let them not forget about the anti-terror operation, Aliyev added.')).toEqual([
      `${OFFENSIVE}:anti-terror operation`,
      'ilham-aliyev:Aliyev (surname)',
    ]);
    expect(find('The anti-terror operation in Karabakh lasted a day.')).toEqual([
      `${OFFENSIVE}:anti-terror operation`,
      'nagorno-karabakh:Karabakh',
    ]);
  });

  it('drops the phrase where no entity of its context is mentioned', () => {
    expect(find('Russia called its anti-terror operation in Chechnya a success.')).toEqual([
      'russia:Russia',
      'chechnya:Chechnya',
    ]);
    expect(find('The anti-terror operation ended.')).toEqual([]);
  });

  it('does not count a mention that itself needs context', () => {
    expect(find('The anti-terror operation ended the republic.')).toEqual([]);
    expect(find('The anti-terror operation ended the republic, said Ilham Aliyev.')).toEqual([
      `${OFFENSIVE}:anti-terror operation`,
      'ilham-aliyev:Ilham Aliyev',
    ]);
  });

  it('counts an unconditional alias of the same entity as context for others', () => {
    expect(
      find('After the 2023 Azerbaijani offensive in Nagorno-Karabakh, the republic fell.'),
    ).toEqual([
      `${OFFENSIVE}:2023 Azerbaijani offensive in Nagorno-Karabakh`,
      'republic-of-artsakh:the republic',
    ]);
  });

  it('takes its own entity, named in full without context, as context: a short form after the full name', () => {
    expect(
      find(
        'The 2023 Azerbaijani offensive in Nagorno-Karabakh was called an anti-terror operation.',
      ),
    ).toEqual([
      `${OFFENSIVE}:2023 Azerbaijani offensive in Nagorno-Karabakh`,
      `${OFFENSIVE}:anti-terror operation`,
    ]);
  });

  it('keeps the result independent of earlier texts', () => {
    find('Ilham Aliyev spoke.');
    expect(find('The anti-terror operation ended.')).toEqual([]);
    find('The anti-terror operation ended.');
    expect(find('Ilham Aliyev spoke.')).toEqual(['ilham-aliyev:Ilham Aliyev']);
  });
});

describe.each(designs({ weak: { surname: false } }))(
  '%s matcher, surnames off: context does not depend on settings',
  (_, matcher) => {
    it('still counts a surname it does not report', () => {
      expect(show(matcher, 'Let them not forget the anti-terror operation, Aliyev said.')).toEqual([
        `${OFFENSIVE}:anti-terror operation`,
      ]);
    });
  },
);
