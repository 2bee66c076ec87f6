import type { MatchAlias } from './types.ts';
import { russianPhrase } from './inflection-ru.ts';

/** Heads that share one set of endings. */
export interface InflectionGroup {
  /** The alias in lower case up to the stem of its last word (case-sensitive aliases keep case). */
  readonly heads: readonly string[];
  /** What may follow the last stem inside the same word; '' when the bare stem is a form. */
  readonly endings: readonly string[];
}

/**
 * The inflected forms of an alias, as heads and small sets of endings.
 *
 * Russian, Armenian and Azerbaijani attach case endings to names (Алиева, Փաշինյանի, Bakıda).
 * Rather than list every form, the matcher stores each head once and, where a name ends inside a
 * longer word, tests the rest of that word against the endings. That keeps matching linear and
 * never accepts a word that merely starts with a name ("Бакунин", "Bakılı", "Հայաստանյան").
 * Russian declines the words of a phrase together, so a Russian phrase gets one group per case
 * ("нагорного карабах" + а, "нагорном карабах" + е …) rather than every combination; see
 * russianPhrase().
 */
export interface Inflection {
  readonly groups: readonly InflectionGroup[];
}

interface WordRule {
  readonly stem: string;
  readonly endings: readonly string[];
}

type Lang = MatchAlias['lang'];
type Weak = MatchAlias['weak'];

/** Upper bound on heads per alias, so a long Russian phrase cannot blow up the tables. */
export const MAX_HEADS = 256;

/**
 * Armenian: definite article (-ը, or -ն before a vowel or after one) and case suffixes; after a
 * vowel the suffix takes a buffer -յ-, and a final -ու turns to -վ- (Բաքու → Բաքվում).
 */
function armenian(word: string): WordRule {
  // -ություն, -միություն: the glide's vowel changes (Հանրապետության, Միությամբ).
  if (word.endsWith('յուն') && word.length > 5) {
    return {
      stem: word.slice(0, -4),
      endings: ['յուն', 'յունը', 'յունն', 'յան', 'յանը', 'յանն', 'յունից', 'յամբ', 'յունում'],
    };
  }
  if (word.endsWith('ու')) {
    return { stem: word.slice(0, -2), endings: ['ու', 'ուն', 'վի', 'վին', 'վից', 'վով', 'վում'] };
  }
  // -գիր drops its vowel before an ending: պայմանագիր → պայմանագրի, հռչակագիր → հռչակագրով.
  if (word.endsWith('գիր')) {
    return {
      stem: word.slice(0, -2),
      endings: ['իր', 'իրը', 'իրն', 'րի', 'րին', 'րից', 'րով', 'րում'],
    };
  }
  if (word.endsWith('ի')) return { stem: word, endings: ['', 'ն', 'ի', 'ին', 'ից', 'ով', 'ում'] };
  if (/[աեէըոօ]$/.test(word)) {
    return { stem: word, endings: ['', 'ն', 'յի', 'յին', 'յից', 'յով', 'յում'] };
  }
  return { stem: word, endings: ['', 'ը', 'ն', 'ի', 'ին', 'ից', 'ով', 'ում'] };
}

/**
 * Western Armenian (classical spelling, see western-armenian.ts): the same articles, ablative
 * -էն rather than -ից, no locative suffix, genitive -ու of plurals (Նահանգներու), and
 * -իւն words that turn to -եան (Հանրապետութեան).
 */
function westernArmenian(word: string): WordRule {
  if (word.endsWith('իւն') && word.length > 4) {
    return {
      stem: word.slice(0, -3),
      endings: ['իւն', 'իւնը', 'իւնն', 'եան', 'եանը', 'եանն', 'ենէ', 'ենէն', 'եամբ'],
    };
  }
  if (word.endsWith('գիր')) {
    return { stem: word.slice(0, -2), endings: ['իր', 'իրը', 'իրն', 'րի', 'րին', 'րէն', 'րով'] };
  }
  if (/[աեէըոօ]$/.test(word) || word.endsWith('ու')) {
    const y = word.endsWith('ու') ? '' : 'յ';
    return { stem: word, endings: ['', 'ն', `${y}ի`, `${y}ին`, `${y}էն`, `${y}ով`] };
  }
  if (word.endsWith('ի')) return { stem: word, endings: ['', 'ն', 'ին', 'էն', 'ով'] };
  return { stem: word, endings: ['', 'ը', 'ն', 'ի', 'ին', 'էն', 'ով', 'ու', 'ուն'] };
}

const AZ_VOWELS = 'aıoueəiöü';
const AZ_NARROW: Readonly<Record<string, string>> = {
  a: 'ı',
  ı: 'ı',
  o: 'u',
  u: 'u',
  e: 'i',
  ə: 'i',
  i: 'i',
  ö: 'ü',
  ü: 'ü',
};

/** Azerbaijani: case and plural suffixes in vowel harmony, with buffer n/y after a vowel. */
function azerbaijani(word: string): WordRule {
  const vowels = [...word].filter((c) => AZ_VOWELS.includes(c));
  const last = vowels[vowels.length - 1];
  if (last === undefined) return { stem: word, endings: [''] };
  const back = 'aıou'.includes(last);
  const wide = back ? 'a' : 'ə';
  const narrow = AZ_NARROW[last] ?? 'i';
  const afterVowel = AZ_VOWELS.includes(word.slice(-1));
  const n = afterVowel ? 'n' : '';
  const y = afterVowel ? 'y' : '';
  const plural = `l${wide}r`;
  const pluralNarrow = back ? 'ı' : 'i';
  const predicate = `d${narrow}r`;
  const locative = `d${wide}`;
  // A word ending in the possessive -ı/-i/-u/-ü ("Assambleyası", "müharibəsi") takes n before
  // a case: Assambleyasında, Konstitusiyasına. Harmless on other vowel stems, which never do.
  const possessive = afterVowel
    ? [`n${wide}`, `nd${wide}`, `nd${wide}n`, `nd${wide}k${pluralNarrow}`]
    : [];
  // "our": Azərbaycanımız, Qarabağımızın, Bakımıza.
  const ours = `${afterVowel ? '' : narrow}m${narrow}z`;
  const our = [ours, `${ours}${narrow}n`, `${ours}${wide}`, `${ours}d${wide}`, `${ours}d${wide}n`];
  return {
    stem: word,
    endings: [
      '',
      ...possessive,
      ...our,
      predicate, // "is": Fransadır, Azərbaycandır
      `${predicate}l${wide}r`,
      `${locative}d${pluralNarrow}r`, // "is in": Bakıdadır
      `${locative}d${pluralNarrow}rl${wide}r`, // Nyu-Yorkdadırlar
      `${n}${narrow}n`, // genitive: Əliyevin, Bakının
      `${n}${narrow}`, // accusative
      `${y}${wide}`, // dative: Əliyevə, Bakıya
      `d${wide}`, // locative: Bakıda
      `d${wide}n`, // ablative: Əliyevdən
      `${y}l${wide}`, // instrumental
      `d${wide}k${pluralNarrow}`, // "in …": Bakıdakı
      plural,
      `${plural}${pluralNarrow}n`,
      `${plural}${pluralNarrow}`,
      `${plural}${wide}`,
      `${plural}d${wide}`,
    ],
  };
}

/** English and German add -s (plural of a surname or demonym; German genitive). */
function germanic(word: string, lang: Lang, weak: Weak): WordRule {
  const plural = lang === 'en' ? weak === 'surname' || weak === 'demonym' : !/[sßxz]$/.test(word);
  return { stem: word, endings: plural ? ['', 's'] : [''] };
}

function lastWordRule(word: string, lang: Lang, weak: Weak): WordRule {
  if (!/\p{L}$/u.test(word)) return { stem: word, endings: [''] };
  let rule: WordRule;
  if (lang === 'hy') rule = armenian(word);
  else if (lang === 'hyw') rule = westernArmenian(word);
  else if (lang === 'az') rule = azerbaijani(word);
  else if (lang === 'en' || lang === 'de') rule = germanic(word, lang, weak);
  else rule = { stem: word, endings: [''] };
  // A stem with no letter left would match almost anything; keep such words whole.
  return /\p{L}/u.test(rule.stem) ? rule : { stem: word, endings: [''] };
}

const SEPARATORS = /([\s\p{Pd}\p{Pc}\u2212]+)/u;

/** The inflected forms of one alias (see Inflection). */
export function inflect(
  alias: Pick<MatchAlias, 'text' | 'lang' | 'caseSensitive' | 'weak'>,
): Inflection {
  if (alias.caseSensitive) return { groups: [{ heads: [alias.text], endings: [''] }] };
  const lower = alias.text.toLocaleLowerCase(alias.lang === 'az' ? 'az' : 'en');
  // Words alternate with separators; odd indices hold the separators.
  const parts = lower.split(SEPARATORS);
  let lastIndex = parts.length - 1;
  while (lastIndex > 0 && (parts[lastIndex] ?? '') === '') lastIndex -= 2;
  const lastWord = parts[lastIndex] ?? '';
  let groups: InflectionGroup[];
  // A Russian phrase declines even when it ends in a code ("конференции … COP29").
  if (alias.lang === 'ru' && (/\p{L}$/u.test(lastWord) || lastIndex > 0)) {
    groups = russianPhrase(parts, lastIndex, MAX_HEADS);
  } else {
    const last = lastWordRule(lastWord, alias.lang, alias.weak);
    groups = [
      {
        heads: [parts.slice(0, lastIndex).join('') + last.stem],
        endings: [...new Set(last.endings)],
      },
    ];
  }
  const count = groups.reduce((sum, group) => sum + group.heads.length, 0);
  if (count > MAX_HEADS) {
    throw new Error(
      `inflect: alias "${alias.text}" (${alias.lang}) has more than ${MAX_HEADS} inflected forms; shorten it`,
    );
  }
  return { groups };
}
