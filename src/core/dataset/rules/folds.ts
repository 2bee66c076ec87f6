/**
 * Folding collisions. The matcher folds accents and case away, so an alias can meet a common
 * word of another of our languages: the German "Armenien" folds like the French adjective
 * "arménien", and "200 Arméniens" was painted as Armenia. An alias that folds like a common
 * word of another language is an error unless it needs `context` or says in `sharedFold` why
 * the meeting is harmless.
 *
 * The word lists come from outside (hunspell dictionaries and the dataset's own adjectives, read
 * at build time by scripts/lib/word-lists.ts), so this rule stays pure and runs only when given
 * them.
 */
import { foldKey } from '../../matcher/normalize.ts';
import { objectsOf, textOf } from '../loose.ts';
import type { LooseDataset, Reporter } from '../loose.ts';

/** By language: folded common word → one spelling of it, as the dictionary gives it. */
export type WordLists = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The folded single-word key of an alias, as the matcher compares it; undefined for phrases. */
export function foldedWord(text: string): string | undefined {
  const { key } = foldKey(text);
  return /^[\p{L}\p{N}'-]+$/u.test(key) ? key : undefined;
}

export function checkFoldCollisions(data: LooseDataset, words: WordLists, report: Reporter): void {
  for (const entity of data.entities) {
    for (const alias of objectsOf(entity, 'aliases')) {
      const text = textOf(alias, 'text');
      const lang = (textOf(alias, 'lang') ?? '').split('-')[0] ?? '';
      if (text === undefined || alias.value.caseSensitive === true) continue;
      if (alias.value.context !== undefined || alias.value.sharedFold !== undefined) continue;
      const key = foldedWord(text);
      if (key === undefined) continue;
      for (const [other, list] of words) {
        if (other === lang) continue;
        const word = list.get(key);
        if (word === undefined) continue;
        report.at(
          alias,
          `alias '${text}' (${lang}) folds like the ${other} word '${word}' ("${key}"), so ` +
            `pages in ${other} would highlight that word: give it 'context', make it ` +
            `'caseSensitive', or say in 'sharedFold' why the two never meet`,
          'text',
        );
        break;
      }
    }
  }
}
