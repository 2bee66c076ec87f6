/**
 * What the page stage needs to know of the dataset to judge mentions in their setting: each
 * entity's scope, each person's surname group and given names, the words that may stand before
 * a name without being a given name (titles), and the other senses of our names. Compiled at
 * build time (`toPageRules`) into plain JSON that the content script bundles.
 */
import type { EntityScope } from './kinds.ts';
import type { Dataset } from './schema.ts';

export interface PersonRule {
  /** The entity whose bare surname this person shares: our person's own id, or the id a look-alike could be taken for. */
  readonly group: string;
  /** Folded given names ("ilham", "ильхам") and their initials ("i", "и"). */
  readonly given: readonly string[];
  readonly initials: readonly string[];
}

export interface SenseRule {
  readonly entity: string;
  /** Folded text the mention must have; any when absent. */
  readonly name?: string;
  readonly before?: string;
  readonly after?: string;
  /** The look-alike the mention then names; absent: no one we have. */
  readonly means?: string;
}

/**
 * Names that follow the page like a bare surname (a look-alike's `claims`): the group is the
 * entity they belong to, `members` the look-alikes whose full names also claim them.
 */
export interface ShortNameRule {
  /** Folded short names of the group's entity ("qarabag", "карабах"). */
  readonly names: readonly string[];
  readonly members: readonly string[];
}

export interface PageRules {
  readonly scopes: Readonly<Record<string, EntityScope>>;
  /** A place → the country it lies in, which it counts as for the page's decision. */
  readonly within: Readonly<Record<string, string>>;
  readonly people: Readonly<Record<string, PersonRule>>;
  /** Folded titles and roles, any language, and their stems (less a final vowel) for case forms. */
  readonly titles: readonly string[];
  readonly titleStems: readonly string[];
  /**
   * Nouns that make a place part of an institution's name, any language: folded words, and the
   * stems of those of languages that decline them (Partiyası, собрания).
   */
  readonly institutions: readonly string[];
  readonly institutionStems: readonly string[];
  /** Folded words that, before a place's name, make another place's name ("Western"), and stems. */
  readonly qualifiers: readonly string[];
  readonly qualifierStems: readonly string[];
  readonly senses: readonly SenseRule[];
  /** By the entity whose short names follow the page. */
  readonly shortNames: Readonly<Record<string, ShortNameRule>>;
  /**
   * By entity: folded aliases in languages our readers do not read, written without accents
   * ("armenien", German). Folding equates them with accented words of our readers' languages
   * (the French "arménien"), so a page word with accents never matches them.
   */
  readonly unaccented: Readonly<Record<string, readonly string[]>>;
}

/** The languages of our readers: their accents are what aliases in them carry. */
const READER_LANGS = new Set(['en', 'ru', 'fr', 'hy', 'hyw', 'az', 'und']);

/** Languages that add case endings to nouns: their institution words are compared by stem. */
const DECLINING = new Set(['ru', 'hy', 'hyw', 'az']);
/** A final vowel (or soft sign) that a case ending replaces: партия → партии, Partiya → Partiyası. */
const FINAL_VOWEL = /[aeiouəıöüаеёиоуыэюяьйաեէըիոօ]$/u;

/** Lower case without accents: how page rules compare words. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

/** The folded words of one list of titles.json, and the stems of those that decline. */
function wordsAndStems(
  dataset: Dataset,
  field: 'institutions' | 'qualifiers',
): { words: string[]; stems: string[] } {
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const list of dataset.titles) {
    const declines = DECLINING.has(list.lang.split('-')[0] ?? list.lang);
    for (const word of list[field] ?? []) {
      const folded = foldWord(word);
      words.add(folded);
      if (!declines) words.add(`${folded}s`);
      const stem = folded.replace(FINAL_VOWEL, '');
      // Short stems would take in unrelated words (суд → судьба): those stay exact forms.
      if (declines && stem.length >= 4) stems.add(stem);
    }
  }
  return { words: [...words].sort(), stems: [...stems].sort() };
}

export function toPageRules(dataset: Dataset): PageRules {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const scopes: Record<string, EntityScope> = {};
  const within: Record<string, string> = {};
  const people: Record<string, PersonRule> = {};
  const senses: SenseRule[] = [];
  const shortNames: Record<string, { names: string[]; members: string[] }> = {};
  const unaccented: Record<string, string[]> = {};
  for (const entity of dataset.entities) {
    scopes[entity.id] = entity.scope ?? 'general';
    if (entity.within !== undefined) within[entity.id] = entity.within;
    for (const alias of entity.aliases) {
      const primary = alias.lang.split('-')[0] ?? alias.lang;
      const folded = foldWord(alias.text);
      if (READER_LANGS.has(primary) || folded !== alias.text.toLowerCase()) continue;
      (unaccented[entity.id] ??= []).push(folded);
    }
    for (const sense of entity.otherSenses ?? []) {
      senses.push({
        entity: entity.id,
        ...(sense.name === undefined ? {} : { name: foldWord(sense.name) }),
        ...(sense.before === undefined ? {} : { before: sense.before }),
        ...(sense.after === undefined ? {} : { after: sense.after }),
        ...(sense.means === undefined ? {} : { means: sense.means }),
      });
    }
    const claimed = entity.lookalike ? entity.lookalikeOf?.[0] : undefined;
    if (claimed !== undefined && entity.claims !== undefined) {
      const rule = (shortNames[claimed] ??= { names: [], members: [] });
      rule.names.push(...entity.claims.map(foldWord));
      rule.members.push(entity.id);
    }
    if (entity.type !== 'person') continue;
    const target = entity.lookalike ? entity.lookalikeOf?.[0] : entity.id;
    if (target === undefined || byId.get(target)?.type !== 'person') continue;
    const surnames = new Set(
      (byId.get(target)?.aliases ?? [])
        .filter((a) => a.weak === 'surname')
        .map((a) => foldWord(a.text)),
    );
    const given = new Set<string>();
    for (const alias of entity.aliases) {
      if (alias.weak !== undefined || alias.yieldsTo !== undefined) continue;
      const words = alias.text.match(WORD) ?? [];
      const first = words[0];
      // A given name stands before a surname of the group: "Ilham Aliyev", "Ceyhun Bayramov".
      if (words.length >= 2 && first !== undefined && !surnames.has(foldWord(first))) {
        given.add(foldWord(first));
      }
    }
    people[entity.id] = {
      group: target,
      given: [...given].sort(),
      initials: [...new Set([...given].map((g) => g.slice(0, 1)))].sort(),
    };
  }
  const titles = new Set<string>();
  for (const list of dataset.titles) for (const word of list.words) titles.add(foldWord(word));
  const institutions = wordsAndStems(dataset, 'institutions');
  const qualifiers = wordsAndStems(dataset, 'qualifiers');
  for (const rule of Object.values(shortNames)) {
    rule.names = [...new Set(rule.names)].sort();
    rule.members.sort();
  }
  return {
    scopes,
    within,
    people,
    titles: [...titles].sort(),
    titleStems: [...titles].sort().map((t) => t.replace(FINAL_VOWEL, '')),
    institutions: institutions.words,
    institutionStems: institutions.stems,
    qualifiers: qualifiers.words,
    qualifierStems: qualifiers.stems,
    senses,
    shortNames,
    unaccented,
  };
}
