/**
 * The classical spelling of Armenian names, which the diaspora press (Western Armenian) still
 * uses, derived from the reformed spelling our aliases are written in.
 *
 * Only the reform's regular changes are reversed, so that every alias gains its classical twin
 * without anyone typing it: the glide before a (-յան → -եան, Փաշինյան → Փաշինեան; after a
 * vowel only the surname suffix, which keeps its glide and adds the e: Միրզոյան → Միրզոյեան),
 * յու → իւ (Նյու → Նիւ, -ություն → -ութիւն), word-initial յո → եո (Յորք → Եորք) and the
 * plural genitive -երի → -երու. The reformed և needs no rule:
 * the matcher folds և, եւ and եվ alike. What the reform did not change by rule (է for ե in
 * some words) and Western transcriptions of foreign names (Պաքու for Բաքու, Մաքրոն for
 * Մակրոն) are aliases of their own in the dataset, tagged `hyw`.
 */

const ARMENIAN_VOWEL = /[աեէըիոօ]/u;

/** One word in reformed spelling, lower case, to classical. */
function classicalWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const next = word[i + 1];
    if (ch === 'յ' && next === 'ո' && word[i + 2] === 'ւ') {
      out += 'իւ';
      i += 2;
      continue;
    }
    if (ch === 'յ' && next === 'ո' && i === 0) {
      out += 'ե';
      continue;
    }
    if (ch === 'յ' && next === 'ա') {
      const prev = word[i - 1];
      const afterVowel = prev !== undefined && ARMENIAN_VOWEL.test(prev);
      // After a vowel յ usually closes a diphthong (Հայաստան); only the surname suffix -յան
      // is respelled there.
      const suffix = word.slice(i + 2) === 'ն';
      out += afterVowel ? (suffix ? 'յեա' : 'յա') : i === 0 ? 'յա' : 'եա';
      i += 1;
      // A word-final -եա is written -եայ: 44-օրյա → 44-օրեայ.
      if (i === word.length - 1 && !afterVowel && i > 1) out += 'յ';
      continue;
    }
    out += ch;
  }
  // The plural genitive: -երի → -երու (արտաքին գործերի → արտաքին գործերու).
  if (out.length > 4 && out.endsWith('երի')) out = `${out.slice(0, -1)}ու`;
  return out;
}

/**
 * The Western twins of a phrase whose words begin with a place the diaspora press transcribes
 * differently (Ադրբեջանի արտաքին … → Ատրպէյճանի արտաքին …): `names` maps each reformed
 * one-word name, lower case, to its Western transcriptions (from the dataset's `hyw` aliases).
 */
export function westernPhrases(
  classical: string,
  names: ReadonlyMap<string, readonly string[]>,
): string[] {
  const words = classical.split(' ');
  if (words.length < 2) return [];
  let phrases = [''];
  for (const [i, word] of words.entries()) {
    const forms = new Set([word]);
    for (const [east, wests] of names) {
      if (!word.startsWith(east)) continue;
      for (const west of wests) forms.add(west + word.slice(east.length));
    }
    phrases = phrases.flatMap((p) => [...forms].map((f) => (i === 0 ? f : `${p} ${f}`)));
  }
  return phrases.filter((p) => p !== classical);
}

/**
 * The classical spelling of an Armenian alias in lower case, or undefined when it is spelled
 * the same in both (or is written in capitals only, as abbreviations are: ՀՀ, ՄԱԿ).
 */
export function classicalArmenian(text: string): string | undefined {
  if (text === text.toLocaleUpperCase('hy')) return undefined;
  const lower = text.toLocaleLowerCase('hy');
  const classical = lower.replace(/\p{L}+/gu, classicalWord);
  return classical === lower ? undefined : classical;
}
