/**
 * Per-code-point folding rules of the matcher, memoised in flat tables.
 *
 * Every code point of a text plays one of four parts: it is ignored (format characters such as
 * soft hyphens and zero-width joiners, which may sit inside a word), a combining mark (dropped,
 * its span given to the character before it, so accents are optional in every language), a
 * separator (spaces, hyphens and dashes, all equal), or it folds to one or more units of the
 * normalised stream.
 * Folding lowercases, applies NFKD, drops marks and maps a few letters that have no
 * decomposition (ı, ə, ß …), so "İlham", "ILHAM", "ılham" and "Ilham" fold alike.
 */

export const KIND_IGNORE = 1;
export const KIND_MARK = 2;
export const KIND_SEPARATOR = 3;
/** Folds to exactly one BMP unit, found in UNIT_TABLE. */
export const KIND_UNIT = 4;
/** Folds to several units, or is astral: see slowFolding(). */
export const KIND_MULTI = 5;

/** Unit flag bits: the low two bits hold the class, bit 2 marks an upper-case source. */
export const CLASS_MASK = 3;
export const CLASS_LETTER = 1;
export const CLASS_DIGIT = 2;
export const FLAG_UPPER = 4;

/** Units the normaliser writes for separators: a plain gap, and a gap between a letter and a digit. */
export const GAP = 0x20;
export const SOFT_GAP = 0x01;
export const APOSTROPHE = 0x27;

/** Several folded units with their flags. */
export interface FoldedUnits {
  readonly units: readonly number[];
  readonly flags: readonly number[];
}

const IGNORABLE = /^[\p{Cf}\u055B\u055C\u055E]$/u;
const SEPARATOR = /^[\s\p{Cc}\p{Pd}\p{Pc}\u2212]$/u;
const MARK = /^\p{M}$/u;
const WORD = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{N}$/u;
/** Apostrophe look-alikes: curly quotes, backtick, acute, primes, modifier letters, Armenian. */
const APOSTROPHES = new Set([
  0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x201b, 0x2032, 0x2035, 0x2b9, 0x2bb, 0x2bc, 0x2bd, 0x55a,
  0xff07,
]);
/**
 * Letters folded by hand because NFKD leaves them alone. Armenian ւ folds to վ so that the
 * ligature և (NFKD եւ), the reformed spelling եվ and capitals ԵՎ all meet; the price is that
 * ու folds like ով, on both sides alike.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  ı: 'i',
  ə: 'e',
  ß: 'ss',
  ς: 'σ',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  æ: 'ae',
  œ: 'oe',
  ւ: 'վ',
};

/** Class of one code point as the matcher sees it (letters and digits make words). */
export function classOf(ch: string): number {
  return LETTER.test(ch) ? CLASS_LETTER : DIGIT.test(ch) ? CLASS_DIGIT : 0;
}

function upperIfSingle(ch: string): string | undefined {
  const up = ch.toUpperCase();
  return up.length === 1 && up !== ch ? up : undefined;
}

/** How one code point folds, with the kind of part it plays. */
export interface Folding extends FoldedUnits {
  readonly kind: number;
}

const NONE: readonly number[] = [];

function codeUnits(ch: string, cls: number): Folding {
  const units = Array.from({ length: ch.length }, (_, k) => ch.charCodeAt(k));
  return { kind: ch.length === 1 ? KIND_UNIT : KIND_MULTI, units, flags: units.map(() => cls) };
}

/** How one code point folds; pure and uncached. */
export function foldCodePoint(cp: number): Folding {
  // Lone surrogates become U+FFFD so that two of them never pair up in the stream.
  if (cp >= 0xd800 && cp <= 0xdfff) return { kind: KIND_UNIT, units: [0xfffd], flags: [0] };
  const ch = String.fromCodePoint(cp);
  if (IGNORABLE.test(ch)) return { kind: KIND_IGNORE, units: NONE, flags: NONE };
  if (APOSTROPHES.has(cp)) return { kind: KIND_UNIT, units: [APOSTROPHE], flags: [0] };
  if (SEPARATOR.test(ch)) return { kind: KIND_SEPARATOR, units: NONE, flags: NONE };
  if (MARK.test(ch)) return { kind: KIND_MARK, units: NONE, flags: NONE };
  // Symbols and punctuation stay themselves, so that e.g. "™" never turns into the letters "tm".
  if (!WORD.test(ch)) return codeUnits(ch, 0);
  const lower = ch.toLowerCase();
  const decomposed = lower.normalize('NFKD');
  const upper = ch !== lower || decomposed !== decomposed.toLowerCase();
  let text = '';
  for (const c of decomposed.toLowerCase()) {
    if (MARK.test(c)) continue;
    if (APOSTROPHES.has(c.codePointAt(0) ?? 0)) text += "'";
    else if (SEPARATOR.test(c)) text += ' ';
    else text += SPECIAL[c] ?? c;
  }
  if (text === '') return { kind: KIND_IGNORE, units: NONE, flags: NONE };
  const units: number[] = [];
  const flags: number[] = [];
  for (const c of text) {
    const cls = classOf(c);
    const caseBit = upper && c.length === 1 && upperIfSingle(c) !== undefined ? FLAG_UPPER : 0;
    for (let k = 0; k < c.length; k++) {
      units.push(c.charCodeAt(k));
      flags.push(cls | caseBit);
    }
  }
  return { kind: units.length === 1 && cp < 0x10000 ? KIND_UNIT : KIND_MULTI, units, flags };
}

/** Memo tables for the BMP, filled lazily: 0 in KIND_TABLE means "not looked at yet". */
export const KIND_TABLE = new Uint8Array(0x10000);
export const UNIT_TABLE = new Uint16Array(0x10000);
export const FLAG_TABLE = new Uint8Array(0x10000);
/** Foldings of BMP code points of KIND_MULTI and of every astral code point met so far. */
const slowCache = new Map<number, Folding>();

/** Fills the memo tables for one BMP code point and returns its kind. */
export function learnCodePoint(cp: number): number {
  const folding = foldCodePoint(cp);
  if (folding.kind === KIND_UNIT) {
    UNIT_TABLE[cp] = folding.units[0] ?? 0;
    FLAG_TABLE[cp] = folding.flags[0] ?? 0;
  } else if (folding.kind === KIND_MULTI) {
    slowCache.set(cp, folding);
  }
  KIND_TABLE[cp] = folding.kind;
  return folding.kind;
}

/** Folding of a BMP code point of KIND_MULTI, or of any astral code point (any kind). */
export function slowFolding(cp: number): Folding {
  let folding = slowCache.get(cp);
  if (folding === undefined) {
    folding = foldCodePoint(cp);
    // Bounded, so a page full of distinct emoji or rare ideographs cannot grow it without end.
    if (slowCache.size < 8192) slowCache.set(cp, folding);
  }
  return folding;
}

/** Upper-case form of a folded unit whose FLAG_UPPER bit is set (always a single unit). */
export function upperUnit(unit: number): number {
  const up = upperIfSingle(String.fromCharCode(unit));
  return up === undefined ? unit : up.charCodeAt(0);
}
