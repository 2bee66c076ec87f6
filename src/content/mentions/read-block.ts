/**
 * The first half of the page stage: what one block of text says about its own mentions, before
 * the page as a whole is looked at. Pure (strings and offsets only), so the scanner runs it too.
 *
 * - A name inside a URL, e-mail address, @handle or #hashtag is not a mention.
 * - A name the dataset says means something else here (`otherSenses`: "the Congress of Peru").
 * - A given name before one of our surnames makes a full name: our person's ("Ceyhun
 *   Bayramovla") when it is one of their given names or its initial, someone else's otherwise
 *   ("Karen Mirzoyan", "H. Aliyev"). Titles and roles (titles.json: "President Aliyev") are not
 *   given names, nor are sentence-initial words ("Слова Алиева") or the words of a Title Case
 *   headline ("Yerevan Accuses Baku").
 * - A general country or city right after a given name is part of a person's name ("Brian
 *   France", "Anatole France").
 */
import type { EntityType, WeakKind } from '../../core/dataset/kinds.ts';
import { foldWord } from '../../core/dataset/page-rules.ts';
import type { PageRules } from '../../core/dataset/page-rules.ts';

export interface RawMention {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly weak?: WeakKind;
}

/**
 * `plain`: a name that means what it says. `full`: a person's full name, which decides what a
 * bare surname of its group means further down the page. `surname`: a bare surname, resolved by
 * the page. `other`: the full name of someone the dataset does not have; not a mention itself.
 */
export type MentionRole = 'plain' | 'full' | 'surname' | 'other';

export interface ReadMention extends RawMention {
  readonly role: MentionRole;
  /** For `full`, `surname` and `other`: the surname group (the entity the surname belongs to). */
  readonly group?: string;
}

export interface ReadContext {
  readonly rules: PageRules;
  /** A title or role, in any of its case forms ("Госсекретаря", "Prezidentin"). */
  readonly isTitle: (word: string) => boolean;
  /** A noun that makes a place next to it part of an institution's name ("University"). */
  readonly isInstitution: (word: string) => boolean;
  /** A word that makes the place after it another place ("Western Azerbaijan"). */
  readonly isQualifier: (word: string) => boolean;
  readonly typeOf: (entity: string) => EntityType | undefined;
  readonly senses: ReadonlyMap<string, readonly CompiledSense[]>;
  /** Look-alike → the entity whose short names its full names claim. */
  readonly claimants: ReadonlyMap<string, string>;
}

export interface CompiledSense {
  readonly name?: string;
  readonly before?: RegExp;
  readonly after?: RegExp;
  readonly means?: string;
}

/** Compiles the rules' sense patterns once per page. */
export function readContext(
  rules: PageRules,
  typeOf: (entity: string) => EntityType | undefined,
): ReadContext {
  const senses = new Map<string, CompiledSense[]>();
  for (const rule of rules.senses) {
    const list = senses.get(rule.entity) ?? [];
    list.push({
      ...(rule.name === undefined ? {} : { name: rule.name }),
      ...(rule.before === undefined ? {} : { before: new RegExp(rule.before, 'u') }),
      ...(rule.after === undefined ? {} : { after: new RegExp(rule.after, 'u') }),
      ...(rule.means === undefined ? {} : { means: rule.means }),
    });
    senses.set(rule.entity, list);
  }
  const claimants = new Map<string, string>();
  for (const [group, rule] of Object.entries(rules.shortNames)) {
    for (const member of rule.members) claimants.set(member, group);
  }
  return {
    rules,
    typeOf,
    senses,
    claimants,
    isTitle: stemTest(rules.titles, rules.titleStems),
    isInstitution: stemTest(rules.institutions, rules.institutionStems),
    isQualifier: stemTest(rules.qualifiers, rules.qualifierStems),
  };
}

/**
 * Titles and institutions inflect in Russian, Armenian and Azerbaijani, so a word is one when it
 * is one of `words` or adds at most four letters to one of `stems` of four letters or more.
 */
function stemTest(words: readonly string[], stems: readonly string[]): (word: string) => boolean {
  const exact = new Set(words);
  const long = [...new Set(stems)].filter((stem) => stem.length >= 4);
  // The same few words stand beside names all over a page: remember them (bounded).
  const known = new Map<string, boolean>();
  return (word) => {
    const seen = known.get(word);
    if (seen !== undefined) return seen;
    const folded = foldWord(word);
    const result =
      exact.has(folded) ||
      long.some((stem) => folded.startsWith(stem) && folded.length - stem.length <= 4);
    if (known.size >= 4096) known.clear();
    known.set(word, result);
    return result;
  };
}

const LATIN = 1;
const CYRILLIC = 2;
const ARMENIAN = 3;

/** The script of a word's first letter, by code point (a hot path: no regular expression). */
function scriptOf(word: string): number {
  const c = word.charCodeAt(0);
  if (c < 0x250) return LATIN;
  if (c >= 0x400 && c <= 0x52f) return CYRILLIC;
  if (c >= 0x530 && c <= 0x58f) return ARMENIAN;
  return 0;
}

/** Whether two words begin in one script: "Twitter Блинкен" is no one's full name. */
function sameScript(a: string, b: string): boolean {
  return scriptOf(a) === scriptOf(b);
}

/** The word begins with a capital letter. */
function capitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

const SPACE = /[ \u00a0\u202f\t]/u;
const NAME_CHAR = /[\p{L}\p{M}'’-]/u;
const GIVEN = /^\p{Lu}[\p{Ll}\p{M}][\p{Ll}\p{M}'’-]*$/u;
const INITIAL = /^(?:\p{Lu}\.){1,2}$/u;
/** Characters a name inside an address or handle touches. */
const ADDRESS_EDGE = /[/_@#=\\]/u;
const SPAN = 60;
const SENTENCE_END = /[.!?…]$/u;
const OPENERS = /[\s"'“”«»„‘’()[\]—–-]+$/u;

interface Word {
  readonly text: string;
  readonly start: number;
}

/** The word just before `at`, separated from it by one or two spaces only. */
function wordBefore(text: string, at: number): Word | null {
  let i = at;
  let spaces = 0;
  while (i > 0 && SPACE.test(text[i - 1]!) && spaces < 2) {
    i--;
    spaces++;
  }
  // "E.Blinken", "C.Bayramov": the Azerbaijani press sets an initial right against the name.
  if (spaces === 0) {
    const glued = /(?:^|[^\p{L}\p{M}.])((?:\p{Lu}\.){1,2})$/u.exec(
      text.slice(Math.max(0, at - 5), at),
    );
    return glued?.[1] === undefined ? null : { text: glued[1], start: at - glued[1].length };
  }
  const end = i;
  while (i > 0 && (NAME_CHAR.test(text[i - 1]!) || text[i - 1] === '.')) i--;
  // An initial keeps its dot ("K."); a sentence's full stop belongs to the sentence.
  let start = i;
  while (start < end && text[start] === '.') start++;
  return start < end ? { text: text.slice(start, end), start } : null;
}

/** The word right after `at`, separated from it by one space. */
function wordAfter(text: string, at: number): Word | null {
  if (!SPACE.test(text[at] ?? '')) return null;
  let i = at + 1;
  while (i < text.length && NAME_CHAR.test(text[i]!)) i++;
  return i > at + 1 ? { text: text.slice(at + 1, i), start: at + 1 } : null;
}

/** Whether the text before `at` ends a sentence (or is empty): the word at `at` starts one. */
function sentenceStart(text: string, at: number, isTitle: (word: string) => boolean): boolean {
  const before = text.slice(Math.max(0, at - SPAN), at).replace(OPENERS, '');
  if (before === '') return true;
  if (!SENTENCE_END.test(before)) return false;
  // "Mr. Mirzoyan", "պրն. Կարէն Միրզոյեան": an abbreviated title's dot ends no sentence.
  const last = /(\S+)\.$/u.exec(before)?.[1];
  if (last !== undefined && (isTitle(`${last}.`) || isTitle(last))) return false;
  // "K. Mirzoyan": a single capital before the dot is an initial, not a sentence's end.
  return !/(?:^|[\s.])\p{Lu}\.$/u.test(before);
}

/** A headline in Title Case: most of its longer words start with a capital. */
function titleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3 || text.length > 160) return false;
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitals / words.length >= 0.7;
}

const WRAP_BEFORE = /["'“‘«„([]/u;
const WRAP_AFTER = /[.,;:!?"'”’»)\]…]/u;

/** The whitespace-delimited token around [start, end) looks like an address or a handle. */
function insideAddress(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/u.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/\s/u.test(text[to]!)) to++;
  // The common case: the token is the name, give or take punctuation around it ("(Aliyev),").
  let core = from;
  while (core < start && WRAP_BEFORE.test(text[core]!)) core++;
  let coreEnd = to;
  while (coreEnd > end && WRAP_AFTER.test(text[coreEnd - 1]!)) coreEnd--;
  if (core === start && coreEnd === end) return false;
  const token = text.slice(from, to);
  if (/^[@#]/u.test(token) || /:\/\/|^www\./iu.test(token)) return true;
  if (/^[^@\s]+@[^@\s]+\.\p{L}{2,}/u.test(token)) return true;
  const prev = text[start - 1] ?? '';
  const next = text[end] ?? '';
  if (ADDRESS_EDGE.test(prev) || ADDRESS_EDGE.test(next)) return true;
  // A domain: "aliyev.az", "news.am/aliyev".
  if (/^\.\p{Ll}{2,}/u.test(text.slice(end, end + 4)) && !/^\.\s/u.test(text.slice(end))) {
    return /\.\p{Ll}{2,}(?:[/:]|$)/u.test(token);
  }
  // A lower-case slug joined by hyphens: "aliyev-threatens-armenia".
  return /^[\p{Ll}\d]+(?:-[\p{Ll}\d]+){2,}$/u.test(token.replace(/[.,;:!?)\]]+$/u, ''));
}

/** "of [the]" or the French "de", "d'", "de la", "du", "des" right before a name. */
const OF_BEFORE = /(?:^|[\s(«"“])(?:of(?:\s+the)?\s+|de\s+la\s+|de\s+l['’]|d['’]|des?\s+|du\s+)$/u;
/** Where a name cannot run on: the end of a clause. */
const CLAUSE_END = /[.!?;:()«»"“”]/u;
/** Small words that may sit inside an institution's name: "Chamber of Deputies of the …". */
const LINKS = new Set([
  'of',
  'the',
  'and',
  'on',
  'for',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'et',
  'pour',
]);

/**
 * The name before "of"/"de" is an institution's: "Communist Party of Azerbaijan", "Chambre des
 * représentants des États-Unis", "Assemblée nationale d'Arménie". Read back up to four words:
 * a capitalised institution noun decides; a title ("President of Azerbaijan") or a second
 * lower-case word that links nothing ends the name.
 */
function institutionOf(before: string, ctx: ReadContext): boolean {
  // Cheap test first: nearly every place has no "of" or "de" right before it.
  const last = before.charCodeAt(before.length - 1);
  if (last !== 0x20 && last !== 0xa0 && last !== 0x27 && last !== 0x2019) return false;
  const tail = before.slice(-12);
  const of = OF_BEFORE.exec(tail);
  if (of === null) return false;
  let name = before.slice(0, before.length - tail.length + of.index);
  for (let i = name.length - 1; i >= 0; i--) {
    if (CLAUSE_END.test(name[i] ?? '')) {
      name = name.slice(i + 1);
      break;
    }
  }
  const words = name.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  let plain = 0;
  for (let k = words.length - 1; k >= Math.max(0, words.length - 4); k--) {
    // The French elided article belongs to no name: "l’Assemblée".
    const word = (words[k] ?? '').replace(/^[ld]['’]/iu, '');
    const capital = capitalised(word);
    if (capital && ctx.isInstitution(word)) return true;
    if (ctx.isTitle(word)) return false;
    if (!capital && !LINKS.has(word) && ++plain > 1) return false;
  }
  return false;
}

const MARKS = /\p{M}/u;
/** An Azerbaijani genitive ending on a word of Latin letters: Bakının, rayonunun, Qarabağın. */
const AZ_GENITIVE = /\p{Script=Latin}{2,}n?[ıiuü]n$/u;
const SHORT_CAPITALS = /^\p{Lu}{2,3}$/u;
const CAPITAL_WORD = /^[\p{Lu}\p{M}'’.-]+$/u;
const WORDS = /[\p{L}\p{M}'’.-]+/gu;

/**
 * A short acronym inside a run of capitals: a headline set in upper case ("L'ARMÉNIE PROPOSE UN
 * NOUVEAU TRAITÉ", "US AND THEM") writes every word as an acronym would be, so "UN" and "US"
 * there are the French article and the English pronoun as often as the bodies. The case that
 * made them names is gone: not mentions.
 */
function acronymInCapitals(text: string, m: RawMention): boolean {
  if (!SHORT_CAPITALS.test(text.slice(m.start, m.end))) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start).match(WORDS) ?? [];
  const after = text.slice(m.end, m.end + 40).match(WORDS) ?? [];
  const near = [...before.slice(-2), ...after.slice(0, 2)].filter((w) => /\p{L}{3,}/u.test(w));
  return near.length >= 2 && near.every((w) => CAPITAL_WORD.test(w));
}

/**
 * The page's word carries accents that only an unaccented alias of another language folds
 * away: the French "arménien" is not the German "Armenien" (a page may drop accents, never add
 * ones its alias does not have).
 */
function foreignFold(
  written: string,
  unaccented: readonly string[] | undefined,
  folded: () => string,
): boolean {
  if (unaccented === undefined || !MARKS.test(written.normalize('NFD'))) return false;
  const word = folded();
  return unaccented.some((alias) => word.startsWith(alias));
}

/** Both patterns must match when both are given: «Карабах» is the club, «Карабах — это…» not. */
function matchesSense(
  text: string,
  m: RawMention,
  sense: CompiledSense,
  folded: () => string,
): boolean {
  // A prefix, not equality: case endings ("Congress's", "Конгресса") keep their stem's sense.
  if (sense.name !== undefined && !folded().startsWith(sense.name)) return false;
  if (sense.before && !sense.before.test(text.slice(Math.max(0, m.start - SPAN), m.start))) {
    return false;
  }
  if (sense.after && !sense.after.test(text.slice(m.end, m.end + SPAN))) return false;
  return sense.before !== undefined || sense.after !== undefined;
}

export function readBlock(
  text: string,
  mentions: readonly RawMention[],
  ctx: ReadContext,
): ReadMention[] {
  if (mentions.length === 0) return [];
  const { rules } = ctx;
  // Lazily: most blocks with a mention never ask.
  let headlineKnown: boolean | undefined;
  const isHeadline = (): boolean => (headlineKnown ??= titleCase(text));
  const covered = (at: number): boolean => mentions.some((m) => m.start <= at && at < m.end);
  /** A word that can be a given name right here. */
  const givenLike = (word: Word): boolean =>
    (GIVEN.test(word.text) || INITIAL.test(word.text)) &&
    !isHeadline() &&
    !ctx.isTitle(word.text) &&
    !covered(word.start) &&
    // An initial opens sentences as readily as any name: "E.Blinken qeyd edib…".
    (INITIAL.test(word.text) || !sentenceStart(text, word.start, ctx.isTitle));

  /** A word after a place that makes it part of a longer name: Title Case or capitals. */
  const nameLike = (word: Word): boolean =>
    (GIVEN.test(word.text) || /^\p{Lu}{3,}$/u.test(word.text)) &&
    !isHeadline() &&
    !ctx.isTitle(word.text) &&
    !covered(word.start);

  /** A word beside a place that names an institution: capitalised, or any Armenian/Russian word. */
  const institutionWord = (
    word: Word | null,
    written: string,
    test: (word: string) => boolean = ctx.isInstitution,
  ): boolean => {
    if (word === null) return false;
    const script = scriptOf(word.text);
    if (script !== scriptOf(written)) return false;
    return (script !== LATIN || capitalised(word.text)) && test(word.text);
  };

  /**
   * The place is part of an institution's or a polity's name we do not have: "Azerbaijan State
   * University", "Azərbaycan SSR", "Soviet Azerbaijan", "Национального собрания Армении",
   * "Communist Party of Azerbaijan", "Assemblée nationale d'Arménie".
   */
  const insideInstitution = (m: RawMention, written: string, before: Word | null): boolean => {
    // The words of the name after the place ("Azerbaijan State Oil Company"): capitalised ones,
    // or any in Armenian, where the words of a name after the first are in lower case
    // (Ֆրանսիայի պաշտպանության նախարարություն). A possessive names the place itself:
    // "Armenia’s Armed Forces" is Armenia's.
    const script = scriptOf(written);
    let at = m.end;
    for (let k = 0; k < (script === ARMENIAN ? 5 : 3); k++) {
      const after = wordAfter(text, at);
      if (after === null) break;
      const capital = capitalised(after.text);
      if (script === LATIN && !capital) {
        // A French adjective after the place makes another one: «l’Azerbaïdjan occidentale».
        if (k === 0 && scriptOf(after.text) === LATIN && ctx.isQualifier(after.text)) return true;
        break;
      }
      if (institutionWord(after, written)) return true;
      if ((script !== ARMENIAN && !capital) || ctx.isTitle(after.text)) break;
      at = after.start + after.text.length;
    }
    if (institutionWord(before, written) || institutionWord(before, written, ctx.isQualifier)) {
      return true;
    }
    return institutionOf(text.slice(Math.max(0, m.start - SPAN), m.start), ctx);
  };

  const out: ReadMention[] = [];
  for (const m of mentions) {
    if (insideAddress(text, m.start, m.end)) continue;
    if (acronymInCapitals(text, m)) continue;
    const written = text.slice(m.start, m.end);
    let name: string | undefined;
    const folded = (): string => (name ??= foldWord(written));
    if (foreignFold(written, rules.unaccented[m.entity], folded)) continue;
    const sense = ctx.senses.get(m.entity)?.find((s) => matchesSense(text, m, s, folded));
    if (sense !== undefined) {
      // The club in «Карабах»: a full name of the look-alike, which claims the short names after it.
      if (sense.means !== undefined) {
        out.push({
          entity: sense.means,
          start: m.start,
          end: m.end,
          role: 'full',
          group: m.entity,
        });
      }
      continue;
    }
    const person = rules.people[m.entity];
    const type = ctx.typeOf(m.entity);
    if (m.weak === 'surname' && person) {
      const before = wordBefore(text, m.start);
      if (before && givenLike(before) && sameScript(before.text, written)) {
        const given = foldWord(before.text.replace(/\./gu, ''));
        const ours = INITIAL.test(before.text)
          ? person.initials.includes(given.slice(0, 1)) && given.length <= 2
          : person.given.includes(given);
        // Our person's initial is part of the name a reader sees: "I. Aliyev", "E.Blinken".
        const start = ours && INITIAL.test(before.text) ? before.start : m.start;
        out.push(
          ours
            ? { ...m, start, weak: undefined, role: 'full', group: person.group }
            : { ...m, role: 'other', group: person.group },
        );
        continue;
      }
      out.push({ ...m, role: 'surname', group: person.group });
      continue;
    }
    if (person && m.weak === undefined) {
      out.push({ ...m, role: 'full', group: person.group });
      continue;
    }
    if (type === 'country' || type === 'place') {
      const before = wordBefore(text, m.start);
      if (insideInstitution(m, written, before)) continue;
      // "Brian France", "Anatole France": a general name after a given name is a surname.
      if (
        rules.scopes[m.entity] === 'general' &&
        before &&
        GIVEN.test(before.text) &&
        sameScript(before.text, written) &&
        givenLike(before)
      )
        continue;
      // "Jabrayil Hasanov", "Baku Crystal Hall": a place before a name is a given name or part
      // of a longer name the dataset does not have.
      // Not a country: "США Дональдом Трампом", "Ermənistanla Türkiyə" are two names side by side.
      // Not a place in the genitive either: "Cəbrayıl rayonunun Cocuq Mərcanlı kəndi" is the
      // district's village (Azerbaijani compound names take no genitive: "Bakı Dövlət Universiteti").
      const after = type === 'place' && !AZ_GENITIVE.test(written) ? wordAfter(text, m.end) : null;
      if (after && nameLike(after)) continue;
    }
    const claimed = ctx.claimants.get(m.entity);
    if (claimed !== undefined) {
      out.push({ ...m, role: 'full', group: claimed });
      continue;
    }
    const short = rules.shortNames[m.entity];
    if (short !== undefined) {
      const bare = short.names.some((n) => folded().startsWith(n));
      out.push({ ...m, role: bare ? 'surname' : 'full', group: m.entity });
      continue;
    }
    out.push({ ...m, role: 'plain' });
  }
  return out;
}
