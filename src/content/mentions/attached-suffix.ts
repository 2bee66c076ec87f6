/**
 * Case endings written after a hyphen or an apostrophe. Azerbaijani and Armenian attach them
 * to acronyms and names with digits that cannot take them directly: "BMT-nin", "ABŞ-da",
 * "COP29-a", "ԱՄՆ-ի", "COP29-ում". A mention followed by one takes it into its range, as a
 * case ending inside the word would be. Only whole endings of these two languages count, so
 * "UN-led" or "U.S.-backed" stay as they are.
 */
import type { Mention } from '../../core/matcher/types.ts';

const AZ = [
  // genitive, dative, locative, ablative, accusative, instrumental, predicative
  'ın',
  'in',
  'un',
  'ün',
  'nın',
  'nin',
  'nun',
  'nün',
  'a',
  'ə',
  'ya',
  'yə',
  'da',
  'də',
  'ta',
  'tə',
  'dakı',
  'dəki',
  'dan',
  'dən',
  'tan',
  'tən',
  'ı',
  'i',
  'u',
  'ü',
  'nı',
  'ni',
  'nu',
  'nü',
  'yı',
  'yi',
  'yu',
  'yü',
  'la',
  'lə',
  'yla',
  'ylə',
  'dır',
  'dir',
  'dur',
  'dür',
  'dadır',
  'dədir',
];
const HY = ['ը', 'ն', 'ի', 'ին', 'ից', 'ով', 'ում', 'ու', 'յի', 'յին', 'յից', 'յով', 'յում', 'էն'];
const ENDINGS: ReadonlySet<string> = new Set([...AZ, ...HY]);
// The Armenian press sets an en dash as readily as a hyphen: "ՍԴ–ի".
const JOINERS = new Set(['-', '\u2010', '\u2011', '\u2013', "'", '\u2019']);
const LETTER = /[\p{L}\p{M}]/u;

/** `mentions` with any attached case ending taken into their range (a new list if one changes). */
export function attachSuffixes(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | null = null;
  mentions.forEach((m, i) => {
    if (!JOINERS.has(text[m.end] ?? '')) return;
    let end = m.end + 1;
    while (end < text.length && LETTER.test(text[end]!)) end++;
    if (end === m.end + 1 || !ENDINGS.has(text.slice(m.end + 1, end))) return;
    out ??= mentions.slice();
    out[i] = { ...m, end };
  });
  return out ?? mentions;
}
