import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../src/core/matcher/compile.ts';
import { inflect } from '../../../../src/core/matcher/inflection.ts';
import type { MatchAlias, Mention } from '../../../../src/core/matcher/types.ts';
import { recordForms } from '../../../../src/core/matcher/forms.ts';
import { foldKey } from '../../../../src/core/matcher/normalize.ts';
import { DESIGNS, TEST_ALIASES } from './fixtures/test-aliases.ts';

const compiled = compileMatcher(TEST_ALIASES);
/** Every folded form any alias can match: filler words must not be part of one. */
const FORMS = recordForms(compiled).map((f) => f.form);

/** Filler pieces: ASCII, other scripts (RTL too), combining marks, surrogate pairs, ZWJ. */
const PIECES = [
  ...'bcdfghjkmpqrstvwxz0123456789',
  'é',
  'ñ',
  'ø',
  'e\u0301',
  'o\u0308',
  'λ',
  'ж',
  'щ',
  'ք',
  'ձ',
  'ש',
  'ל',
  'ם',
  'م',
  'ر',
  'ح',
  '中',
  '文',
  '😀',
  '𝒜',
  '𠀀',
  '👩\u200d💻',
  'a\u200db',
  '\u05b8',
  'ı',
  'İ',
  'ə',
  'ß',
];
const fillerWord = fc
  .array(fc.constantFrom(...PIECES), { minLength: 3, maxLength: 8 })
  .map((parts) => parts.join(''))
  .filter((word) => {
    const { key } = foldKey(word);
    return key !== '' && !FORMS.some((form) => form.includes(key));
  });
const filler = fc.array(fillerWord, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

const BEFORE = [' ', ', ', ' (', ' «', ' “', '\n', ' — ', '-', '/', ' #', '\u00a0'];
const AFTER = [
  ' ',
  ', ',
  '. ',
  ') ',
  '» ',
  '” ',
  "'s ",
  '’s ',
  '\n',
  ' — ',
  '-',
  '/',
  ': ',
  '\u00a0',
];
const INNER_SEPARATORS = [' ', '-', '–', '—', '\u00a0', '\u2011', ' - ', '\n', '  '];
const IGNORABLES = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\u200e'];

/** An alias written the way a page might write it, with what the matcher should report. */
interface Insertion {
  readonly text: string;
  readonly entity: string | undefined;
  readonly weak: MatchAlias['weak'];
}

function insertion(alias: MatchAlias): fc.Arbitrary<Insertion> {
  const forms = inflect(alias).groups.flatMap(({ heads, endings }) =>
    heads.map((head) => ({ head, endings })),
  );
  const cased = alias.caseSensitive
    ? fc.constant(alias.text)
    : fc
        .constantFrom(...forms)
        .chain(({ head, endings }) =>
          fc.record({ head: fc.constant(head), ending: fc.constantFrom(...endings) }),
        )
        .chain(({ head, ending }) =>
          fc
            .array(fc.boolean(), {
              minLength: [...(head + ending)].length,
              maxLength: [...(head + ending)].length,
            })
            .map((upper) =>
              [...(head + ending)].map((c, k) => (upper[k] ? c.toUpperCase() : c)).join(''),
            ),
        );
  return fc
    .record({
      text: cased,
      separator: fc.constantFrom(...INNER_SEPARATORS),
      nfd: fc.boolean(),
      ignorable: fc.option(fc.record({ at: fc.nat(), char: fc.constantFrom(...IGNORABLES) })),
    })
    .map(({ text, separator, nfd, ignorable }) => {
      let out = text.replace(/[ -]+/g, (run) => (/\d/.test(run) ? run : separator));
      if (nfd) out = out.normalize('NFD');
      if (ignorable !== null && out.length > 2) {
        const at = 1 + (ignorable.at % (out.length - 2));
        out = out.slice(0, at) + ignorable.char + out.slice(at);
      }
      return {
        text: out,
        entity: alias.block === true ? undefined : alias.entity,
        weak: alias.weak,
      };
    });
}

const anyInsertion = fc.constantFrom(...TEST_ALIASES).chain(insertion);

/** A text of filler with names inserted, and the mentions that must be found in it. */
const document = fc
  .record({
    head: filler,
    parts: fc.array(
      fc.record({
        name: anyInsertion,
        before: fc.constantFrom(...BEFORE),
        after: fc.constantFrom(...AFTER),
        filler,
      }),
      { maxLength: 5 },
    ),
  })
  .map(({ head, parts }) => {
    let text = head;
    const expected: Mention[] = [];
    for (const { name, before, after, filler: tail } of parts) {
      text += before;
      if (name.entity !== undefined) {
        const m = { entity: name.entity, start: text.length, end: text.length + name.text.length };
        expected.push(name.weak === undefined ? m : { ...m, weak: name.weak });
      }
      text += name.text + after + tail;
    }
    return { text, expected };
  });

describe.each(DESIGNS)('%s matcher: properties', (_, matcher) => {
  it('finds exactly the inserted names, with offsets on their exact characters', () => {
    fc.assert(
      fc.property(document, ({ text, expected }) => {
        expect(matcher.find(text)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on random strings, and keeps mentions ordered, disjoint and in bounds', () => {
    const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
    const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (text) => {
          let previousEnd = 0;
          for (const m of matcher.find(text)) {
            expect(m.start).toBeGreaterThanOrEqual(previousEnd);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(isLow(text.charCodeAt(m.start)) && isHigh(text.charCodeAt(m.start - 1))).toBe(
              false,
            );
            expect(isLow(text.charCodeAt(m.end)) && isHigh(text.charCodeAt(m.end - 1))).toBe(false);
            previousEnd = m.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Texts made of alias fragments, endings, separators and odd characters: a stress mix. */
const fragments = [
  ...TEST_ALIASES.map((a) => a.text),
  ...TEST_ALIASES.flatMap((a) => a.text.split(/[ -]/)),
  ...[
    'а',
    'ы',
    'ом',
    'ը',
    'ի',
    'ում',
    'da',
    'də',
    'nın',
    's',
    "'s",
    '29',
    'COP',
    'cop',
    'UN',
    'un',
  ],
  ...[' ', '-', '–', '\u00a0', '.', ',', '\u00ad', '\u200d', '\u0301', '😀', '\ud800', 'x', '9'],
];
const JOINERS = ['', ' ', ' ', '-', ', ', '\u00ad', '’s ', '\n'];
const stressText = fc
  .array(
    fc.tuple(
      fc.constantFrom(...fragments),
      fc.constantFrom('same', 'upper', 'lower'),
      fc.constantFrom(...JOINERS),
    ),
    { maxLength: 14 },
  )
  .map((parts) =>
    parts
      .map(([piece, mode, joiner]) => {
        const cased =
          mode === 'upper' ? piece.toUpperCase() : mode === 'lower' ? piece.toLowerCase() : piece;
        return cased + joiner;
      })
      .join(''),
  );

describe('matcher designs agree', () => {
  const [[, trie], [, regex]] = DESIGNS as [
    [string, (typeof DESIGNS)[0][1]],
    [string, (typeof DESIGNS)[0][1]],
  ];
  const formsByEntity = new Map<string, Set<string>>();
  for (const { record, form } of recordForms(compiled)) {
    const entity = compiled.entities[compiled.records[record * 3] ?? 0] ?? '';
    formsByEntity.set(entity, (formsByEntity.get(entity) ?? new Set()).add(form));
  }

  it('the trie and the regex design give identical mentions on stress texts', () => {
    fc.assert(
      fc.property(stressText, (text) => {
        expect(regex.find(text)).toEqual(trie.find(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('every mention covers text that folds to a form of its entity', () => {
    fc.assert(
      fc.property(stressText, (text) => {
        for (const m of trie.find(text)) {
          expect(formsByEntity.get(m.entity)).toContain(foldKey(text.slice(m.start, m.end)).key);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
