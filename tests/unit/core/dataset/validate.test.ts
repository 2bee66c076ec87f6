import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from '../../../../scripts/lib/load-dataset.ts';
import { readDatasetJson } from '../../../../src/core/dataset/json.ts';
import type { Problem } from '../../../../src/core/dataset/validate.ts';
import { formatProblems, validateDataset } from '../../../../src/core/dataset/validate.ts';

const dir = 'tests/fixtures/datasets/minimal';
const minimal = loadDatasetFiles(dir);

type Files = Record<string, unknown>;

/** A fresh, mutable copy of the minimal valid dataset, keyed by file name. */
function files(): Files {
  const copy: Files = {};
  for (const [path, value] of Object.entries(minimal)) {
    copy[path.slice(path.lastIndexOf('/') + 1)] = structuredClone(value);
  }
  return copy;
}

/** The JSON object at `keys` inside `root`, to edit in place. */
function node(root: unknown, ...keys: (string | number)[]): Record<string, unknown> {
  const value = keys.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], root);
  if (typeof value !== 'object' || value === null)
    throw new Error(`no object at ${keys.join('.')}`);
  return value as Record<string, unknown>;
}

/** The JSON list at `keys` inside `root`, to edit in place. */
function list(root: unknown, ...keys: (string | number)[]): unknown[] {
  const value = keys.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], root);
  if (!Array.isArray(value)) throw new Error(`no list at ${keys.join('.')}`);
  return value;
}

function problemsOf(input: Record<string, unknown>): Problem[] {
  const result = validateDataset(input);
  return result.ok ? [] : [...result.problems];
}

/** A dataset with one edit: each case introduces exactly one kind of problem. */
const kinds: [kind: string, edit: (f: Files) => void, expected: Problem][] = [
  [
    'unknown id in related',
    (f) => (node(f, 'people.json', 0).related = ['bakku']),
    {
      file: 'people.json',
      path: '$[0].related[0]',
      message: "unknown entity id 'bakku' (did you mean 'baku'?)",
    },
  ],
  [
    'unknown id in mentions',
    (f) => (node(f, 'quotes.json', 0).mentions = ['armenia']),
    { file: 'quotes.json', path: '$[0].mentions[0]', message: "unknown entity id 'armenia'" },
  ],
  [
    'unknown speaker',
    (f) => (node(f, 'quotes.json', 0).speaker = 'ilham-aliev'),
    {
      file: 'quotes.json',
      path: '$[0].speaker',
      message: "unknown entity id 'ilham-aliev' (did you mean 'ilham-aliyev'?)",
    },
  ],
  [
    'quote without speaker',
    (f) => delete node(f, 'quotes.json', 0).speaker,
    {
      file: 'quotes.json',
      path: '$[0]',
      message: "quote without speaker: add 'speaker', an entity id",
    },
  ],
  [
    'speaker that is a place',
    (f) => (node(f, 'quotes.json', 0).speaker = 'baku'),
    {
      file: 'quotes.json',
      path: '$[0].speaker',
      message: "speaker 'baku' is a place; a speaker is a person or organisation",
    },
  ],
  [
    'unknown source id',
    (f) => (node(f, 'quotes.json', 0).source = 'src-articel'),
    {
      file: 'quotes.json',
      path: '$[0].source',
      message: "unknown source id 'src-articel' (did you mean 'src-article'?)",
    },
  ],
  [
    'duplicate id',
    (f) => list(f, 'places.json').push({ ...node(f, 'places.json', 0), aliases: [] }),
    {
      file: 'places.json',
      path: '$[1].id',
      message: "duplicate entity id 'baku' (first used at places.json $[0])",
    },
  ],
  [
    'duplicate alias across entities without a rule',
    (f) => delete node(f, 'lookalikes.json', 0, 'aliases', 1).yieldsTo,
    {
      file: 'people.json',
      path: '$[0].aliases[1].text',
      message:
        "alias 'Aliyev' is also an alias of 'heydar-aliyev' (lookalikes.json $[0].aliases[1]); " +
        'add "yieldsTo": "<id>" to one of them to say which entity takes the match',
    },
  ],
  [
    'alias yielding to an entity without that alias',
    (f) => (node(f, 'lookalikes.json', 0, 'aliases', 1).yieldsTo = 'baku'),
    {
      file: 'lookalikes.json',
      path: '$[0].aliases[1].yieldsTo',
      message: "yields to 'baku', but 'baku' has no alias 'Aliyev': remove \"yieldsTo\"",
    },
  ],
  [
    'unknown id in an alias context',
    (f) => (node(f, 'places.json', 0, 'aliases', 0).context = ['azerbijan']),
    {
      file: 'places.json',
      path: '$[0].aliases[0].context[0]',
      message: "unknown entity id 'azerbijan'",
    },
  ],
  [
    'alias context naming its own entity',
    (f) => (node(f, 'places.json', 0, 'aliases', 0).context = ['baku']),
    {
      file: 'places.json',
      path: '$[0].aliases[0].context',
      message: 'context cannot name the alias’s own entity',
    },
  ],
  [
    'alias context on an alias that yields',
    (f) => (node(f, 'lookalikes.json', 0, 'aliases', 1).context = ['baku']),
    {
      file: 'lookalikes.json',
      path: '$[0].aliases[1].context',
      message: 'an alias that yields is not matched, so it needs no context',
    },
  ],
  [
    'empty alias context',
    (f) => (node(f, 'places.json', 0, 'aliases', 0).context = []),
    {
      file: 'places.json',
      path: '$[0].aliases[0].context',
      message: 'needs at least 1 item',
    },
  ],
  [
    'alias listed twice for one entity',
    (f) => list(f, 'places.json', 0, 'aliases').push({ text: 'BAKU', lang: 'en' }),
    {
      file: 'places.json',
      path: '$[0].aliases[1].text',
      message: "alias 'BAKU' is listed twice (also at $[0].aliases[0])",
    },
  ],
  [
    'fact without source',
    (f) => delete node(f, 'people.json', 0, 'facts', 0).source,
    {
      file: 'people.json',
      path: '$[0].facts[0]',
      message: "fact without source: add 'source', the URL it comes from",
    },
  ],
  [
    'time-sensitive fact without asOf',
    (f) => delete node(f, 'people.json', 0, 'facts', 0).asOf,
    {
      file: 'people.json',
      path: '$[0].facts[0]',
      message: 'a time-sensitive fact needs "asOf": the date it was last known to hold',
    },
  ],
  [
    'asOf after the dataset date',
    (f) => (node(f, 'people.json', 0, 'facts', 0).asOf = '2026-01-01'),
    {
      file: 'people.json',
      path: '$[0].facts[0].asOf',
      message: `2026-01-01 is after the dataset's "asOf" 2025-01-01 (meta.json)`,
    },
  ],
  [
    'source URL that is not http(s)',
    (f) => (node(f, 'sources.json', 'src-article').url = 'ftp://example.org/a'),
    {
      file: 'sources.json',
      path: '$["src-article"].url',
      message: "'ftp://example.org/a' is not an http(s) URL with a host name",
    },
  ],
  [
    'description too long',
    (f) => (node(f, 'places.json', 0).description = 'Capital of Azerbaijan. '.repeat(8).trim()),
    {
      file: 'places.json',
      path: '$[0].description',
      message: 'description is 183 characters long; the limit is 160',
    },
  ],
  [
    'background of one sentence',
    (f) => (node(f, 'places.json', 0).background = 'Baku is the capital of Azerbaijan.'),
    {
      file: 'places.json',
      path: '$[0].background',
      message: 'background has 1 sentence; write 2 to 5',
    },
  ],
  [
    'background of six sentences',
    (f) => (node(f, 'places.json', 0).background = 'Baku is a city. '.repeat(6).trim()),
    {
      file: 'places.json',
      path: '$[0].background',
      message: 'background has 6 sentences; write 2 to 5',
    },
  ],
  [
    'loaded term without attribution',
    (f) => (node(f, 'places.json', 0).background = 'Baku is a city. It was occupied in 1918.'),
    {
      file: 'places.json',
      path: '$[0].background',
      message:
        "'occupied' carries one side's framing: attribute it in the same sentence (\"what Azerbaijan calls …\") or quote it",
    },
  ],
  [
    'id not in kebab case',
    (f) => (node(f, 'lookalikes.json', 0).id = 'Heydar_Aliyev'),
    {
      file: 'lookalikes.json',
      path: '$[0].id',
      message:
        "'Heydar_Aliyev' is not a kebab-case id (lower-case letters and digits joined by single hyphens)",
    },
  ],
  [
    'impossible date',
    (f) => (node(f, 'quotes.json', 0).date = '2024-02-30'),
    {
      file: 'quotes.json',
      path: '$[0].date',
      message: "'2024-02-30' is not a day of the calendar",
    },
  ],
  [
    'date in the wrong format',
    (f) => (node(f, 'quotes.json', 0).date = '4 Oct 2024'),
    {
      file: 'quotes.json',
      path: '$[0].date',
      message: "'4 Oct 2024' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
    },
  ],
  [
    'unknown entity type',
    (f) => (node(f, 'places.json', 0).type = 'plase'),
    {
      file: 'places.json',
      path: '$[0].type',
      message:
        "'plase' is not one of: person, country, place, organisation, event, document (did you mean 'place'?)",
    },
  ],
  [
    'missing required field',
    (f) => delete node(f, 'places.json', 0).link,
    { file: 'places.json', path: '$[0]', message: "missing required field 'link'" },
  ],
  [
    'wrong field type',
    (f) => (node(f, 'places.json', 0, 'aliases', 0).caseSensitive = 'yes'),
    {
      file: 'places.json',
      path: '$[0].aliases[0].caseSensitive',
      message: 'expected true or false, found the string "yes"',
    },
  ],
  [
    'unknown field',
    (f) => (node(f, 'places.json', 0).descripton = 'typo'),
    {
      file: 'places.json',
      path: '$[0].descripton',
      message: "unknown field 'descripton' (did you mean 'description'?)",
    },
  ],
  [
    'empty alias',
    (f) => (node(f, 'places.json', 0, 'aliases', 0).text = ' '),
    { file: 'places.json', path: '$[0].aliases[0].text', message: 'alias is empty' },
  ],
  [
    'alias lang not a BCP 47 tag',
    (f) => (node(f, 'places.json', 0, 'aliases', 0).lang = 'english'),
    {
      file: 'places.json',
      path: '$[0].aliases[0].lang',
      message: "'english' is not a BCP 47 language tag such as 'en', 'hy', 'az-Latn' or 'und'",
    },
  ],
  [
    'alias lang not canonical',
    (f) => (node(f, 'places.json', 0, 'aliases', 0).lang = 'EN-us'),
    {
      file: 'places.json',
      path: '$[0].aliases[0].lang',
      message: "language tag 'EN-us' is not canonical: write 'en-US'",
    },
  ],
  [
    'bad weak kind',
    (f) => (node(f, 'places.json', 0, 'aliases', 0).weak = 'nickname'),
    {
      file: 'places.json',
      path: '$[0].aliases[0].weak',
      message: "'nickname' is not one of: surname, demonym, metonym",
    },
  ],
  [
    'timeline dates on a place',
    (f) => (node(f, 'places.json', 0).dates = { start: '1806' }),
    {
      file: 'places.json',
      path: '$[0].dates',
      message:
        '"dates" feed the timeline and are for events and documents, not a place: use a fact',
    },
  ],
  [
    'event that ends before it starts',
    (f) => (node(f, 'events.json', 0).dates = { start: '2024-10-04', end: '2024-10-03' }),
    {
      file: 'events.json',
      path: '$[0].dates.end',
      message: 'starts 2024-10-04, after its end 2024-10-03',
    },
  ],
  [
    'look-alike without lookalikeOf',
    (f) => delete node(f, 'lookalikes.json', 0).lookalikeOf,
    {
      file: 'lookalikes.json',
      path: '$[0]',
      message: 'a look-alike needs "lookalikeOf": the entities it could be taken for',
    },
  ],
  [
    'entity without scope',
    (f) => delete node(f, 'places.json', 0).scope,
    {
      file: 'places.json',
      path: '$[0]',
      message:
        'an entity needs "scope": "story" (its name counts towards a page being on the story, and ' +
        'is painted anywhere), "region" (counts, painted only on pages about the story) or ' +
        '"general" (a name common on pages about anything else)',
    },
  ],
  [
    'look-alike with a scope',
    (f) => (node(f, 'lookalikes.json', 0).scope = 'general'),
    {
      file: 'lookalikes.json',
      path: '$[0].scope',
      message: '"scope" is only for our entities, not for look-alikes',
    },
  ],
  [
    'look-alike claiming a name its entity does not have',
    (f) => (node(f, 'lookalikes.json', 0).claims = ['Aliyev', 'Aliev']),
    {
      file: 'lookalikes.json',
      path: '$[0].claims[1]',
      message:
        "'Aliev' is not a name of 'ilham-aliyev': a look-alike claims only names of the entity it could be taken for",
    },
  ],
  [
    'claims on one of our entities',
    (f) => (node(f, 'people.json', 0).claims = ['Aliyev']),
    { file: 'people.json', path: '$[0].claims', message: '"claims" is only for look-alikes' },
  ],
  [
    'other sense meaning something that is not its look-alike',
    (f) =>
      (node(f, 'places.json', 0).otherSenses = [
        { before: 'Crystal $', means: 'heydar-aliyev', note: 'Baku Crystal Hall.' },
      ]),
    {
      file: 'places.json',
      path: '$[0].otherSenses[0].means',
      message:
        "'heydar-aliyev' is not a look-alike of 'baku': \"means\" names one of its look-alikes",
    },
  ],
  [
    'scope not story or general',
    (f) => (node(f, 'people.json', 0).scope = 'world'),
    {
      file: 'people.json',
      path: '$[0].scope',
      message: "'world' is not one of: story, region, general",
    },
  ],
  [
    'entity related to itself',
    (f) => (node(f, 'places.json', 0).related = ['baku']),
    { file: 'places.json', path: '$[0].related[0]', message: "'baku' refers to itself" },
  ],
  [
    'blocking phrase that contains none of our names',
    (f) => (node(f, 'blocking.json', 0).text = 'Heydar Palace'),
    {
      file: 'blocking.json',
      path: '$[0].blocks[0]',
      message: "'Heydar Palace' contains no alias of 'ilham-aliyev', so it hides nothing of it",
    },
  ],
  [
    'blocking phrase that is one of our names',
    (f) => Object.assign(node(f, 'blocking.json', 0), { text: 'Baku', blocks: ['baku'] }),
    {
      file: 'blocking.json',
      path: '$[0].text',
      message:
        "blocking phrase 'Baku' is an alias of 'baku' (places.json $[0].aliases[0]) and would hide it everywhere",
    },
  ],
  [
    'bad dataset version',
    (f) => (node(f, 'meta.json').version = '1.0'),
    {
      file: 'meta.json',
      path: '$.version',
      message: "'1.0' is not a semantic version such as '1.2.0'",
    },
  ],
  [
    'missing file',
    (f) => delete f['quotes.json'],
    { file: 'quotes.json', path: '$', message: 'missing file: the dataset needs quotes.json' },
  ],
  [
    'a part given twice',
    (f) => (f['extra/meta.json'] = structuredClone(f['meta.json'])),
    { file: 'meta.json', path: '$', message: 'a second meta.json (the first is extra/meta.json)' },
  ],
  [
    'entity file that is not a list',
    (f) => (f['places.json'] = { id: 'baku' }),
    { file: 'places.json', path: '$', message: 'expected a list, found an object' },
  ],
];

describe('validateDataset', () => {
  it('accepts the minimal valid dataset', () => {
    expect(problemsOf(files())).toEqual([]);
  });

  it.each(kinds)('reports %s with file, path and reason', (_kind, edit, expected) => {
    const input = files();
    edit(input);
    expect(problemsOf(input)).toEqual([expected]);
  });

  it('covers more than ten distinct kinds of problem', () => {
    expect(new Set(kinds.map(([kind]) => kind)).size).toBeGreaterThanOrEqual(30);
  });

  it('reports every problem at once, ordered by file and path', () => {
    const input = files();
    const independent = [
      'unknown id in related',
      'unknown id in mentions',
      'unknown source id',
      'duplicate alias across entities without a rule',
      'fact without source',
      'time-sensitive fact without asOf',
      'source URL that is not http(s)',
      'description too long',
      'bad weak kind',
      'bad dataset version',
      'impossible date',
      'unknown field',
    ];
    for (const [kind, edit] of kinds) if (independent.includes(kind)) edit(input);
    const problems = problemsOf(input);
    expect(problems).toHaveLength(independent.length);
    const places = problems.map((p) => `${p.file} ${p.path}`);
    expect(places).toEqual([...places].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  it('reports a file that is not valid JSON, with line and column, next to other problems', () => {
    const input = files();
    input['people.json'] = readDatasetJson('[\n  { "id": "ilham-aliyev",, }\n]');
    node(input, 'places.json', 0).description = 'x'.repeat(161);
    expect(problemsOf(input)).toEqual([
      {
        file: 'people.json',
        path: '$',
        message:
          "invalid JSON at line 2, column 26: expected a double-quoted property name but found ','",
      },
      {
        file: 'places.json',
        path: '$[0].description',
        message: 'description is 161 characters long; the limit is 160',
      },
    ]);
  });

  it('returns the typed dataset, entities of all files together, when valid', () => {
    const result = validateDataset(files());
    expect(result.ok && result.dataset.entities.map((e) => e.id)).toEqual([
      'jabrayil-speech-2024',
      'heydar-aliyev',
      'ilham-aliyev',
      'baku',
    ]);
  });
});

describe('formatProblems', () => {
  it('prints one readable line per problem', () => {
    const text = formatProblems([
      {
        file: 'assets/dataset/people.json',
        path: '$[3].related[1]',
        message: "unknown entity id 'ilham-aliev'",
      },
      { file: 'assets/dataset/meta.json', path: '$.asOf', message: 'bad date' },
    ]);
    expect(text).toBe(
      "assets/dataset/people.json: $[3].related[1]: unknown entity id 'ilham-aliev'\n" +
        'assets/dataset/meta.json: $.asOf: bad date',
    );
  });
});

describe('the broken sample dataset', () => {
  it('is reported in full, one line per problem', () => {
    const result = validateDataset(loadDatasetFiles('tests/fixtures/datasets/broken'));
    const lines = result.ok ? [] : formatProblems(result.problems).split('\n');
    const at = 'tests/fixtures/datasets/broken/';
    expect(lines).toEqual([
      `${at}blocking.json: $: missing file: the dataset needs blocking.json`,
      `${at}meta.json: $.version: '1.0' is not a semantic version such as '1.2.0'`,
      `${at}people.json: $[0].aliases[0].lang: 'english' is not a BCP 47 language tag such as 'en', 'hy', 'az-Latn' or 'und'`,
      `${at}people.json: $[0].aliases[1].weak: 'nickname' is not one of: surname, demonym, metonym`,
      `${at}people.json: $[0].aliases[2].text: alias is empty`,
      `${at}people.json: $[0].facts[0]: fact without source: add 'source', the URL it comes from`,
      `${at}people.json: $[0].facts[0]: a time-sensitive fact needs "asOf": the date it was last known to hold`,
      `${at}people.json: $[0].related[0]: unknown entity id 'bakku' (did you mean 'baku'?)`,
      `${at}people.json: $[1]: missing required field 'description'`,
      `${at}people.json: $[1].aliases[0].caseSensitive: expected true or false, found the string "yes"`,
      `${at}people.json: $[1].aliases[0].text: alias 'Ilham Aliyev' is also an alias of 'ilham-aliyev' (${at}people.json $[0].aliases[0]); add "yieldsTo": "<id>" to one of them to say which entity takes the match`,
      `${at}people.json: $[1].background: background has 1 sentence; write 2 to 5`,
      `${at}people.json: $[1].descripton: unknown field 'descripton' (did you mean 'description'?)`,
      `${at}people.json: $[1].facts[0].date: '1923-05-32' is not a day of the calendar`,
      `${at}people.json: $[1].id: 'Heydar_Aliyev' is not a kebab-case id (lower-case letters and digits joined by single hyphens)`,
      `${at}people.json: $[1].type: 'persn' is not one of: person, country, place, organisation, event, document (did you mean 'person'?)`,
      `${at}places.json: $[0].background: 'occupied' carries one side's framing: attribute it in the same sentence ("what Azerbaijan calls …") or quote it`,
      `${at}places.json: $[0].dates: "dates" feed the timeline and are for events and documents, not a place: use a fact`,
      `${at}places.json: $[0].description: description is 208 characters long; the limit is 160`,
      `${at}places.json: $[0].related[0]: 'baku' refers to itself`,
      `${at}places.json: $[1].id: duplicate entity id 'baku' (first used at ${at}places.json $[0])`,
      `${at}quotes.json: $[0]: quote without speaker: add 'speaker', an entity id`,
      `${at}quotes.json: $[0].mentions[0]: unknown entity id 'armenia'`,
      `${at}quotes.json: $[0].source: unknown source id 'src-articel' (did you mean 'src-article'?)`,
      `${at}sources.json: $["src-article"].url: 'ftp://example.org/article' is not an http(s) URL with a host name`,
    ]);
  });
});
