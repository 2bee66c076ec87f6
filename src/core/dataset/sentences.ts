/**
 * Splits English prose into sentences well enough to hold backgrounds to 2–5 sentences.
 * Full stops after abbreviations and initials ("U.S.", "Donald M. Blinken", "St.") do not end
 * a sentence; a sentence ends at . ! ? or … followed (after any closing quote or bracket) by
 * a space and a capital letter, digit or opening quote, or by the end of the text. A sentence
 * that ends with a dotted acronym ("… in the U.S. In 1994 …") is taken as continuing: the
 * count errs low, and dataset prose can always be reworded.
 */

const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'gen',
  'col',
  'lt',
  'rep',
  'sen',
  'gov',
  'approx',
  'ca',
]);

const terminator = /[.!?…]["'”’)\]]*(?=\s+["'“‘(\p{Lu}\p{N}]|\s*$)/gu;

function isAbbreviation(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== '.') return false;
  const before = text.slice(0, dotIndex);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (abbreviations.has(word.toLowerCase())) return true;
  // "No. 5" abbreviates "number"; "no." before anything else ends a sentence.
  if (word.toLowerCase() === 'no' && /^\s*\d/.test(text.slice(dotIndex + 1))) return true;
  // An initial ("M.") or a dotted acronym ("U.S.", "U.N.").
  return /^(\p{Lu}\.)*\p{Lu}$/u.test(word);
}

/** The sentences of `text`, trimmed; an unterminated tail counts as a sentence. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(terminator)) {
    const index = match.index;
    const atEnd = text.slice(index + match[0].length).trim() === '';
    if (!atEnd && isAbbreviation(text, index)) continue;
    const end = index + match[0].length;
    const sentence = text.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  }
  const tail = text.slice(start).trim();
  if (tail !== '') sentences.push(tail);
  return sentences;
}

/** True when the text ends like a finished sentence. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/u.test(text.trim());
}
