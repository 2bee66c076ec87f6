import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkShape } from '../../../../src/core/dataset/check-shape.ts';
import type { RefUse } from '../../../../src/core/dataset/check-shape.ts';
import type { Problem } from '../../../../src/core/dataset/problem.ts';
import type {
  Alias,
  Dataset,
  Entity,
  Fact,
  Quote,
  Source,
} from '../../../../src/core/dataset/schema.ts';
import { entitySchema, sourceSchema } from '../../../../src/core/dataset/schema.ts';
import { arr, bool, obj, oneOf, opt, record, str } from '../../../../src/core/dataset/spec.ts';
import type { Infer } from '../../../../src/core/dataset/spec.ts';
import type { EntityType, WeakKind } from '../../../../src/core/dataset/kinds.ts';

describe('types derived from the schema', () => {
  it('follow the schema, optional fields included', () => {
    expectTypeOf<EntityType>().toEqualTypeOf<
      'person' | 'country' | 'place' | 'organisation' | 'event' | 'document'
    >();
    expectTypeOf<NonNullable<Alias['weak']>>().toEqualTypeOf<WeakKind>();
    expectTypeOf<Alias['caseSensitive']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Fact['source']>().toEqualTypeOf<string>();
    expectTypeOf<Entity['aliases']>().toEqualTypeOf<readonly Alias[]>();
    expectTypeOf<Quote['coSpeakers']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<Dataset['sources']>().toEqualTypeOf<Readonly<Record<string, Source>>>();
  });

  it('infer unions, lists, records and optional fields from a spec', () => {
    const spec = obj({
      kind: oneOf(['a', 'b']),
      flags: arr(bool()),
      names: record(str()),
      note: opt(str()),
    });
    expectTypeOf<Infer<typeof spec>>().toEqualTypeOf<{
      readonly kind: 'a' | 'b';
      readonly flags: readonly boolean[];
      readonly names: Readonly<Record<string, string>>;
      readonly note?: string;
    }>();
    expect(spec.fields.note.optional).toBe(true);
  });
});

describe('checkShape', () => {
  function check(spec: Parameters<typeof checkShape>[0], value: unknown) {
    const problems: Problem[] = [];
    const refs: RefUse[] = [];
    const ok = checkShape(spec, value, '$', { file: 'f.json', problems, refs });
    return { ok, problems, refs };
  }

  it('collects the ids an entity refers to, with their paths', () => {
    const { refs } = check(entitySchema, {
      id: 'baku',
      type: 'place',
      name: 'Baku',
      description: 'Capital of Azerbaijan.',
      background: 'Baku is a city. It is a capital.',
      facts: [],
      related: ['azerbaijan'],
      link: 'https://en.wikipedia.org/wiki/Baku',
      aliases: [{ text: 'Baku', lang: 'en', yieldsTo: 'baku-city' }],
    });
    expect(refs).toEqual([
      { kind: 'entity', id: 'azerbaijan', file: 'f.json', path: '$.related[0]' },
      { kind: 'entity', id: 'baku-city', file: 'f.json', path: '$.aliases[0].yieldsTo' },
    ]);
  });

  it('checks the keys of a record and quotes them in paths', () => {
    const { ok, problems } = check(record(sourceSchema, 'id'), {
      'Bad Key': { title: 't', publisher: 'p', date: '2024', url: 'https://example.org/' },
    });
    expect(ok).toBe(false);
    expect(problems).toEqual([
      {
        file: 'f.json',
        path: '$["Bad Key"]',
        message:
          "key 'Bad Key' is not a kebab-case id (lower-case letters and digits joined by single hyphens)",
      },
    ]);
  });

  it('names what it found when the type is wrong', () => {
    expect(check(arr(str()), [1, null, ['x'], {}]).problems.map((p) => p.message)).toEqual([
      'expected a string, found number 1',
      'expected a string, found null',
      'expected a string, found a list',
      'expected a string, found an object',
    ]);
  });

  it('requires a minimum number of items where the schema says so', () => {
    expect(
      check(entitySchema.fields.contestedNames, [{ name: 'A', usedBy: 'B' }]).problems,
    ).toEqual([{ file: 'f.json', path: '$', message: 'needs at least 2 items' }]);
  });
});
