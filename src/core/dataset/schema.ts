/**
 * The one schema of the bundled dataset (assets/dataset/*.json). Every type below is derived
 * from it, and the validator walks it, so adding a field here is the only change needed for
 * both. Rules that span several values (ids that must exist, aliases shared by two entities,
 * dates in order…) live in dataset-rules.ts.
 */
import { arr, bool, obj, oneOf, opt, record, str } from './spec.ts';
import type { Infer } from './spec.ts';
import { ENTITY_SCOPES, ENTITY_TYPES, WEAK_KINDS } from './kinds.ts';

export const aliasSchema = obj({
  /** The name as written on pages, in its own script. */
  text: str({ format: 'alias' }),
  /** BCP 47 tag of the language the alias is written in ('und' when any). */
  lang: str({ format: 'lang' }),
  /** Match only in exactly this case: acronyms and names that are also common words. */
  caseSensitive: opt(bool()),
  /** Names the entity only sometimes (bare surname, demonym, metonym): settings decide. */
  weak: opt(oneOf(WEAK_KINDS)),
  /**
   * The disambiguation rule: the same text is also an alias of the named entity, which takes
   * the match on pages. This alias stays for search and look-up but is not given to the matcher.
   */
  yieldsTo: opt(str({ ref: 'entity' })),
  /**
   * Entities of which one must be mentioned in the same block of text for this alias to match:
   * for phrases that name the entity only in its setting ("the anti-terror operation").
   */
  context: opt(arr(str({ ref: 'entity' }), 1)),
  /**
   * Why this alias may fold like a common word of another of our languages (the build checks
   * against hunspell dictionaries): "the page stage never matches an unaccented German alias to
   * an accented word".
   */
  sharedFold: opt(str({ format: 'prose' })),
  note: opt(str({ format: 'prose' })),
});

export const factSchema = obj({
  label: str({ format: 'line' }),
  value: str({ format: 'line' }),
  /** When the fact happened or began (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD). */
  date: opt(str({ format: 'date' })),
  /** The date the fact was last checked to hold; required when `timeSensitive`. */
  asOf: opt(str({ format: 'date' })),
  /** The fact can stop being true (an office held, a treaty not yet signed). */
  timeSensitive: opt(bool()),
  source: str({
    format: 'url',
    missing: "fact without source: add 'source', the URL it comes from",
  }),
  /** Where the fact was last seen to hold, when that is not `source` itself. */
  asOfSource: opt(str({ format: 'url' })),
});

export const contestedNameSchema = obj({
  name: str({ format: 'line' }),
  usedBy: str({ format: 'line' }),
});

/**
 * Where a name of ours means something else: the text right before or after the mention says
 * so ("the Congress of Peru", "Peruvian Congress"). Patterns are JavaScript regular
 * expressions (flag u, case-sensitive), tested on up to 60 characters either side.
 */
export const otherSenseSchema = obj({
  /** The mention's text this applies to (case and accents ignored); every name when absent. */
  name: opt(str({ format: 'alias' })),
  /** Matches the text just before the mention: anchor it at the end with `$`. */
  before: opt(str({ format: 'pattern' })),
  /** Matches the text just after the mention: anchor it at the start with `^`. */
  after: opt(str({ format: 'pattern' })),
  /**
   * The look-alike the mention then names ("«Карабах»", "FC Qarabag": the football club); when
   * absent, someone or something the dataset does not have. A look-alike with `claims` then
   * takes the entity's short names that follow on the page.
   */
  means: opt(str({ ref: 'entity' })),
  note: str({ format: 'prose' }),
});

export const entitySchema = obj({
  id: str({ format: 'id' }),
  type: oneOf(ENTITY_TYPES),
  /**
   * `story`: counts towards a page being on the story, painted anywhere (Aliyev, Karabakh).
   * `region`: counts, but painted only on pages about the story (Armenia, Azerbaijan, Yerevan).
   * `general`: common on pages about anything else (the US, France, the UN): does not count,
   * painted only on pages about the story. Required on our entities, absent on look-alikes.
   */
  scope: opt(oneOf(ENTITY_SCOPES)),
  /**
   * The country a `region` place lies in: for the page's decision the two are one place, so a
   * page about Armenia that names Yerevan (a brandy maker's, a football club's) has named one.
   */
  within: opt(str({ ref: 'entity' })),
  name: str({ format: 'line' }),
  description: str({ format: 'description' }),
  background: str({ format: 'background' }),
  contestedNames: opt(arr(contestedNameSchema, 2)),
  facts: arr(factSchema),
  /** Start and end of an event, or the date of a document: feeds the timeline. */
  dates: opt(obj({ start: opt(str({ format: 'date' })), end: opt(str({ format: 'date' })) })),
  related: arr(str({ ref: 'entity' })),
  link: str({ format: 'url' }),
  aliases: arr(aliasSchema),
  otherSenses: opt(arr(otherSenseSchema, 1)),
  /** Someone or something else that shares a name with our entities (Heydar Aliyev…). */
  lookalike: opt(bool()),
  /** Which of our entities a look-alike could be taken for. */
  lookalikeOf: opt(arr(str({ ref: 'entity' }), 1)),
  /**
   * On a look-alike: short names of the entity it could be taken for (aliases of
   * `lookalikeOf[0]`) that follow the page as a bare surname does: each means whichever of the
   * two the page last named in full ("Qarabağ" after "FC Qarabag" is the club, after
   * "Nagorno-Karabakh" the region).
   */
  claims: opt(arr(str({ format: 'alias' }), 1)),
});

export const quoteSchema = obj({
  id: str({ format: 'id' }),
  speaker: str({ ref: 'entity', missing: "quote without speaker: add 'speaker', an entity id" }),
  /** Others who made the same statement jointly. */
  coSpeakers: opt(arr(str({ ref: 'entity' }), 1)),
  /** Exactly the characters between the article's quotation marks. */
  text: str({ format: 'prose' }),
  date: str({ format: 'date' }),
  occasion: str({ format: 'line' }),
  /** The event entity at which it was said, when the dataset has one. */
  event: opt(str({ ref: 'entity' })),
  mentions: arr(str({ ref: 'entity' })),
  source: str({ ref: 'source', missing: "quote without source: add 'source', a source id" }),
  /** The article quotes this fragment first and the fuller wording later. */
  fragmentOf: opt(str({ ref: 'quote' })),
  note: opt(str({ format: 'prose' })),
});

export const sourceSchema = obj({
  title: str({ format: 'line' }),
  publisher: str({ format: 'line' }),
  date: str({ format: 'date' }),
  url: str({ format: 'url' }),
  note: opt(str({ format: 'prose' })),
});

/** A phrase that names something else and must hide the names of ours inside it. */
export const blockingPhraseSchema = obj({
  text: str({ format: 'alias' }),
  lang: str({ format: 'lang' }),
  caseSensitive: opt(bool()),
  /** The entities whose names it contains: the validator checks it really contains one. */
  blocks: arr(str({ ref: 'entity' }), 1),
  note: str({ format: 'prose' }),
});

/**
 * Words that stand next to our names without being part of a person's or a longer name: titles
 * and roles ("President Aliyev" is our Aliyev, "Karen Mirzoyan" is someone else), and capitalised
 * words of time and grammar ("in Baku Thursday", "Yerevan Said").
 */
export const titleListSchema = obj({
  lang: str({ format: 'lang' }),
  words: arr(str({ format: 'line' }), 1),
  /**
   * Nouns that, beside a place's name, make the name of an institution or a polity we do not
   * have ("Azerbaijan State University", "Communist Party of Azerbaijan", "Azerbaijan SSR"): the
   * place is then not a mention, since half of a longer name is worse than none. Compared by
   * their stem, so one form stands for its case forms.
   */
  institutions: opt(arr(str({ format: 'line' }), 1)),
  /**
   * Words that, right before a place's name, make the name of another place or polity ("Western
   * Azerbaijan", the irredentist claim, is not the Republic): the place is then not a mention.
   */
  qualifiers: opt(arr(str({ format: 'line' }), 1)),
});

export const metaSchema = obj({
  version: str({ format: 'semver' }),
  asOf: str({ format: 'date' }),
  title: str({ format: 'line' }),
  description: opt(str({ format: 'prose' })),
  /** The source id of the article the dataset was built from. */
  article: str({ ref: 'source' }),
});

export const datasetSchema = obj({
  meta: metaSchema,
  sources: record(sourceSchema, 'id'),
  entities: arr(entitySchema),
  quotes: arr(quoteSchema),
  blocking: arr(blockingPhraseSchema),
  titles: arr(titleListSchema),
});

/**
 * Which file holds which part of the dataset; every other .json file in the folder is a list
 * of entities (people.json, places.json, lookalikes.json…).
 */
export const datasetFileParts = {
  'meta.json': 'meta',
  'sources.json': 'sources',
  'quotes.json': 'quotes',
  'blocking.json': 'blocking',
  'titles.json': 'titles',
} as const;

export type Dataset = Infer<typeof datasetSchema>;
export type Entity = Infer<typeof entitySchema>;
export type Alias = Infer<typeof aliasSchema>;
export type Fact = Infer<typeof factSchema>;
export type ContestedName = Infer<typeof contestedNameSchema>;
export type Quote = Infer<typeof quoteSchema>;
export type Source = Infer<typeof sourceSchema>;
export type BlockingPhrase = Infer<typeof blockingPhraseSchema>;
export type DatasetMeta = Infer<typeof metaSchema>;
export type OtherSense = Infer<typeof otherSenseSchema>;
export type TitleList = Infer<typeof titleListSchema>;
