/**
 * Russian declension of names, by the ending of the word: enough to recognise the six cases of
 * surnames, first names, place names and the adjectives in front of them, not a grammar.
 */

/**
 * The cases a phrase is declined in. The accusative comes twice: masculine words take the
 * nominative form when the phrase names a thing ("в аэропорт") and the genitive form when it
 * names a person ("Ильхама Алиева"); the adjective and its noun always agree on which.
 */
export const RUSSIAN_CASES = ['nom', 'gen', 'dat', 'acc', 'animate', 'ins', 'pre'] as const;
export type RussianCase = (typeof RUSSIAN_CASES)[number];

/** A word's stem and, per case, the endings that may follow it. */
export interface RussianParadigm {
  readonly stem: string;
  readonly cases: Readonly<Record<RussianCase, readonly string[]>>;
  /** Other forms (plural, other genders) accepted when the word stands alone. */
  readonly extra: readonly string[];
  /** An adjective agrees with the noun after it; the first other word is the phrase's head. */
  readonly adjective?: boolean;
}

/** Forms of an adjective in other genders and the plural. */
const ADJECTIVE_OTHER = 'ая яя ой ей ую юю ое ее ые ие ых их ыми ими'.split(' ');

type Endings = readonly string[];

/** Masculine (and neuter) words: the accusative is the nominative or, for persons, the genitive. */
function masculine(
  stem: string,
  nom: Endings,
  gen: Endings,
  dat: Endings,
  ins: Endings,
  pre: Endings,
  extra: Endings = [],
): RussianParadigm {
  return {
    stem,
    cases: { nom, gen, dat, acc: nom, animate: gen, ins, pre },
    extra,
  };
}

function feminine(
  stem: string,
  nom: Endings,
  gen: Endings,
  dat: Endings,
  acc: Endings,
  ins: Endings,
  pre: Endings,
  extra: Endings = [],
): RussianParadigm {
  return {
    stem,
    cases: { nom, gen, dat, acc, animate: acc, ins, pre },
    extra,
  };
}

/** "-ые", and "-ие" after к, г, х, ж, ш, ч or щ: a plural adjective ("-ние" is a noun: соглашение). */
const PLURAL_ADJECTIVE = /(?:ые|[кгхжшчщ]ие)$/;

/** Marks a paradigm as an adjective's, which also takes its other genders when alone. */
const adjective = (p: RussianParadigm): RussianParadigm => ({
  ...p,
  extra: ADJECTIVE_OTHER,
  adjective: true,
});

/**
 * The paradigm of one lower-case word, chosen by its ending. Adjectives take hard endings after
 * г, к, х and hard stems (Бакинского, Нагорного), soft ones otherwise (Синего). Indeclinable
 * words (Баку, Сочи, Токио) keep one form.
 */
export function russianParadigm(word: string, plural = false): RussianParadigm {
  const cut = (k: number): string => word.slice(0, word.length - k);
  const end = word.slice(-2);
  // Plural adjectives ("локальные антитеррористические") and the nouns that agree with them.
  if (PLURAL_ADJECTIVE.test(word)) {
    const soft = !word.endsWith('ые');
    const y = soft ? 'и' : 'ы';
    return {
      // A plural's accusative is the nominative or, for persons, the genitive: as masculine().
      ...masculine(cut(2), [`${y}е`], [`${y}х`], [`${y}м`], [`${y}ми`], [`${y}х`]),
      adjective: true,
    };
  }
  if (plural && /ия$/.test(word)) {
    return masculine(cut(2), ['ия'], ['ий'], ['иям'], ['иями'], ['иях']);
  }
  if (/(ый|ой|[гкх]ий)$/.test(word)) {
    const ins = /ий$/.test(word) ? 'им' : 'ым';
    return adjective(masculine(cut(2), [end], ['ого'], ['ому'], [ins], ['ом']));
  }
  if (/ий$/.test(word))
    return adjective(masculine(cut(2), ['ий'], ['его'], ['ему'], ['им'], ['ем']));
  if (/ая$/.test(word))
    return adjective(feminine(cut(2), ['ая'], ['ой'], ['ой'], ['ую'], ['ой'], ['ой']));
  if (/яя$/.test(word))
    return adjective(feminine(cut(2), ['яя'], ['ей'], ['ей'], ['юю'], ['ей'], ['ей']));
  if (/..ое$/.test(word))
    return adjective(masculine(cut(2), ['ое'], ['ого'], ['ому'], ['ым'], ['ом']));
  if (/..ее$/.test(word))
    return adjective(masculine(cut(2), ['ее'], ['его'], ['ему'], ['им'], ['ем']));
  // Neuter nouns common in the names of institutions and treaties.
  if (/ство$/.test(word)) return masculine(cut(1), ['о'], ['а'], ['у'], ['ом'], ['е']);
  if (/ие$/.test(word)) return masculine(cut(1), ['е'], ['я'], ['ю'], ['ем'], ['и']);
  if (/ия$/.test(word)) return feminine(cut(1), ['я'], ['и'], ['и'], ['ю'], ['ей', 'ею'], ['и']);
  if (/я$/.test(word)) return feminine(cut(1), ['я'], ['и'], ['е'], ['ю'], ['ей', 'ею'], ['е']);
  if (/(ов|ев|ёв|ин|ын)а$/.test(word)) {
    return feminine(cut(1), ['а'], ['ой'], ['ой'], ['у'], ['ой'], ['ой']);
  }
  if (/а$/.test(word))
    return feminine(cut(1), ['а'], ['ы', 'и'], ['е'], ['у'], ['ой', 'ою'], ['е']);
  if (/[аеёиоуыэюя]й$/.test(word)) return masculine(cut(1), ['й'], ['я'], ['ю'], ['ем'], ['е']);
  if (/ь$/.test(word))
    return masculine(cut(1), ['ь'], ['я', 'и'], ['ю', 'и'], ['ем', 'ью'], ['е', 'и']);
  // Genitive plurals inside a name ("Министерство иностранных дел") do not decline.
  if (/(ых|их)$/.test(word)) return masculine(word, [''], [''], [''], [''], ['']);
  if (/(ов|ев|ёв|ин|ын)$/.test(word)) {
    return masculine(word, [''], ['а'], ['у'], ['ым', 'ом'], ['е'], ['ы', 'ых', 'ыми']);
  }
  if (/[жшчщц]$/.test(word)) return masculine(word, [''], ['а'], ['у'], ['ом', 'ем'], ['е']);
  if (/[бвгдзклмнпрстфх]$/.test(word)) return masculine(word, [''], ['а'], ['у'], ['ом'], ['е']);
  return masculine(word, [''], [''], [''], [''], ['']);
}

/** Every ending of a paradigm, for a word that stands alone. */
export function allEndings(p: RussianParadigm): string[] {
  return [...new Set([...RUSSIAN_CASES.flatMap((c) => p.cases[c]), ...p.extra])];
}

/** Heads that share one set of endings (see inflection.ts). */
interface Group {
  readonly heads: readonly string[];
  readonly endings: readonly string[];
}

const hasLetter = (text: string): boolean => /\p{L}/u.test(text);

/**
 * Heads of a Russian phrase (`parts` alternates words and separators; the last word is at
 * `lastIndex`), grouped by the endings its last word takes. Three readings are generated, case by
 * case, because the grammar of a name is not visible in its spelling: every word agrees
 * ("Ильхама Алиева", "Нагорного Карабаха"); only the words up to the head noun decline and the
 * rest is a fixed complement ("Центра Гейдара Алиева", "аэропорта Гейдар Алиев"); only the last
 * word declines ("Мехрибан Алиевой"). Stops early once more than `limit` heads are made.
 */
export function russianPhrase(parts: readonly string[], lastIndex: number, limit: number): Group[] {
  const word = (i: number): string => parts[i] ?? '';
  const paradigms = new Map<number, RussianParadigm>();
  // A plural adjective makes the phrase plural: "антитеррористические мероприятия".
  let plural = false;
  for (let i = 0; i <= lastIndex; i += 2) if (PLURAL_ADJECTIVE.test(word(i))) plural = true;
  for (let i = 0; i <= lastIndex; i += 2) {
    const p = russianParadigm(word(i), plural);
    // Only words followed by a space decline: never the first part of "Алма-Ата".
    const free = i === lastIndex || /^\s+$/u.test(word(i + 1));
    if (free && /\p{L}$/u.test(word(i)) && hasLetter(p.stem)) paradigms.set(i, p);
  }
  const declinable = [...paradigms.keys()];
  const head = declinable.find((i) => paradigms.get(i)?.adjective !== true) ?? lastIndex;
  const readings = [declinable, declinable.filter((i) => i <= head), [lastIndex]];
  const groups = new Map<string, { heads: Set<string>; endings: readonly string[] }>();
  for (const reading of readings) {
    for (const grammaticalCase of RUSSIAN_CASES) {
      let heads = [''];
      for (let i = 0; i < lastIndex; i++) {
        const p = reading.includes(i) ? paradigms.get(i) : undefined;
        const forms = p === undefined ? [word(i)] : p.cases[grammaticalCase].map((e) => p.stem + e);
        heads = heads.flatMap((h) => forms.map((form) => h + form));
        if (heads.length > limit) return [{ heads, endings: [''] }];
      }
      const last = reading.includes(lastIndex) ? paradigms.get(lastIndex) : undefined;
      // A lone declining last word agrees with nothing: give it every ending at once.
      const endings =
        last === undefined
          ? ['']
          : reading.length === 1
            ? allEndings(last)
            : last.cases[grammaticalCase];
      const key = [...endings].sort().join('|');
      const group = groups.get(key) ?? { heads: new Set<string>(), endings };
      for (const h of heads)
        group.heads.add(h + (last === undefined ? word(lastIndex) : last.stem));
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ heads, endings }) => ({ heads: [...heads], endings }));
}
