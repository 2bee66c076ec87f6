import { describe, expect, it } from 'vitest';
import { compileMatcher, type CompiledMatcher } from '../../../../src/core/matcher/compile.ts';
import type { MatchAlias } from '../../../../src/core/matcher/types.ts';
import { createMatcher } from '../../../../src/core/matcher/matcher.ts';
import { recordForms } from '../../../../src/core/matcher/forms.ts';
import { createRegexMatcher } from '../../../../scripts/bench/matcher/regex-matcher.ts';
import { TEST_ALIASES, show } from './fixtures/test-aliases.ts';

const ARTICLE_LINE =
  'President Ilham Aliyev warned Yerevan; Алиева, Əliyevin, Փաշինյանը, COP 29, UN.';

describe('compileMatcher: output', () => {
  const compiled = compileMatcher(TEST_ALIASES);

  it('is plain JSON that round-trips to an identical matcher', () => {
    const parsed = JSON.parse(JSON.stringify(compiled)) as CompiledMatcher;
    expect(parsed).toEqual(compiled);
    const direct = show(createMatcher(compiled), ARTICLE_LINE);
    expect(show(createMatcher(parsed), ARTICLE_LINE)).toEqual(direct);
    expect(direct).toEqual([
      'ilham-aliyev:Ilham Aliyev',
      'yerevan:Yerevan (metonym)',
      'ilham-aliyev:Алиева (surname)',
      'ilham-aliyev:Əliyevin (surname)',
      'nikol-pashinyan:Փաշինյանը (surname)',
      'cop29:COP 29',
      'united-nations:UN',
    ]);
  });

  it('holds only strings and numbers, and stays small enough to bundle', () => {
    const json = JSON.stringify(compiled);
    expect(json).not.toMatch(/true|false|null|\{[^}]*\{/);
    // The realistic fixture (≈ the shipped dataset) compiles to well under 16 KB of JSON.
    expect(json.length).toBeLessThan(16 * 1024);
  });

  it('is deterministic', () => {
    expect(compileMatcher(TEST_ALIASES)).toEqual(compiled);
  });

  it('shares identical records and ending sets', () => {
    const twice = compileMatcher([...TEST_ALIASES, ...TEST_ALIASES]);
    expect(twice.records).toEqual(compiled.records);
    expect(new Set(compiled.endings).size).toBe(compiled.endings.length);
  });

  it('describes the full folded forms each record matches (й folds to и)', () => {
    const small = compileMatcher([
      { entity: 'armenia', text: 'Армения', lang: 'ru', caseSensitive: false },
    ]);
    expect(
      recordForms(small)
        .map((f) => f.form)
        .sort(),
    ).toEqual(['армения', 'армении', 'армению', 'армениеи', 'армениею'].sort());
  });
});

describe('compileMatcher: invalid aliases', () => {
  const good: MatchAlias = { entity: 'baku', text: 'Baku', lang: 'en', caseSensitive: false };

  it('rejects anything but an array', () => {
    expect(() => compileMatcher('Baku' as unknown as MatchAlias[])).toThrow(
      /aliases must be an array \(got string\)/,
    );
  });

  it('reports every invalid alias at once, with its index, text, entity and reason', () => {
    const bad = [
      good,
      { ...good, entity: 'Not Kebab' },
      { ...good, text: '  ' },
      { ...good, lang: 'EN' },
      { ...good, caseSensitive: 'yes' },
      { ...good, weak: 'nickname' },
      { ...good, entity: '' },
      { ...good, text: '— … —' },
      { ...good, block: 1 },
      null,
      { ...good, context: [] },
      { ...good, context: ['baku'] },
      { ...good, context: ['Not Kebab'] },
      { ...good, entity: '', block: true, context: ['armenia'] },
    ] as unknown as MatchAlias[];
    let message = '';
    try {
      compileMatcher(bad);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^compileMatcher: 13 invalid alias\(es\):/);
    expect(message).toContain(
      'alias #1 (text "Baku", entity "Not Kebab"): entity must be a kebab-case id',
    );
    expect(message).toContain(
      'alias #2 (text "  ", entity "baku"): text must be a non-empty string',
    );
    expect(message).toContain(
      'alias #3 (text "Baku", entity "baku"): lang must be a lower-case primary',
    );
    expect(message).toContain(
      'alias #4 (text "Baku", entity "baku"): caseSensitive must be true or false',
    );
    expect(message).toContain(
      'alias #5 (text "Baku", entity "baku"): weak must be one of surname, demonym, metonym',
    );
    expect(message).toContain(
      'alias #6 (text "Baku", entity ""): entity \'\' is only allowed on a blocking phrase',
    );
    expect(message).toContain(
      'alias #7 (text "— … —", entity "baku"): text has no letter or digit to match',
    );
    expect(message).toContain('alias #8 (text "Baku", entity "baku"): block must be true or false');
    expect(message).toContain('alias #9 (text undefined, entity undefined): must be an object');
    expect(message).toContain(
      'alias #10 (text "Baku", entity "baku"): context must be a non-empty array of entity ids (got [])',
    );
    expect(message).toContain(
      'alias #11 (text "Baku", entity "baku"): context cannot name the alias’s own entity',
    );
    expect(message).toContain(
      'alias #12 (text "Baku", entity "baku"): context must be a non-empty',
    );
    expect(message).toContain(
      'alias #13 (text "Baku", entity ""): a blocking phrase cannot need context',
    );
    expect(message).not.toContain('alias #0');
  });

  it('reports aliases with too many inflected forms', () => {
    const long = {
      ...good,
      lang: 'ru',
      text: 'Игорь Игорь Игорь Игорь Игорь Игорь Игорь Игорь Игорь Игорь',
    };
    expect(() => compileMatcher([long])).toThrow(/alias #0 .*more than \d+ inflected forms/);
  });
});

describe('createMatcher: invalid compiled tables', () => {
  const compiled = compileMatcher(TEST_ALIASES);
  const broken: [string, unknown, RegExp][] = [
    ['not an object', 'tables', /expected an object/],
    ['another format', { ...compiled, format: 1 }, /format is 1, expected 2: rebuild the dataset/],
    ['no entities', { ...compiled, entities: undefined }, /entities must be an array of strings/],
    ['ragged records', { ...compiled, records: [0, 0] }, /3 per record/],
    ['missing masks', { ...compiled, masks: [] }, /one string per record/],
    [
      'dangling entity',
      { ...compiled, records: [999, 0, 0, ...compiled.records.slice(3)] },
      /record 0 points to missing entity 999/,
    ],
    ['missing contexts', { ...compiled, contexts: undefined }, /contexts must hold one string/],
    [
      'dangling context',
      { ...compiled, contexts: ['7|999', ...compiled.contexts.slice(1)] },
      /record 0 needs context from missing entity 999/,
    ],
    ['short degrees', { ...compiled, degrees: compiled.degrees.slice(1) }, /one entry per node/],
    [
      'wrong degrees',
      { ...compiled, degrees: `1${compiled.degrees.slice(1)}` },
      /degrees add up to/,
    ],
    ['dangling output', { ...compiled, outputs: [0, 99999] }, /output 0 points outside the tables/],
    ['negative outputs', { ...compiled, outputs: [5, 0, -1, 0] }, /pairs of non-negative integers/],
  ];

  it.each(broken)('fails clearly on %s', (_, tables, reason) => {
    for (const create of [createMatcher, createRegexMatcher]) {
      expect(() => create(tables as CompiledMatcher)).toThrow(/compiled matcher is invalid/);
      expect(() => create(tables as CompiledMatcher)).toThrow(reason);
    }
  });
});
