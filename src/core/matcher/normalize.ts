import {
  CLASS_DIGIT,
  CLASS_LETTER,
  CLASS_MASK,
  FLAG_TABLE,
  FLAG_UPPER,
  GAP,
  KIND_MARK,
  KIND_MULTI,
  KIND_SEPARATOR,
  KIND_TABLE,
  KIND_UNIT,
  SOFT_GAP,
  UNIT_TABLE,
  learnCodePoint,
  slowFolding,
  type Folding,
} from './chars.ts';

/**
 * A text folded for matching, with a map back to the original.
 *
 * Unit i of the stream came from the original UTF-16 range [start[i], end[i]): always whole code
 * points, so a range built from these offsets never splits a surrogate pair. Runs of separators
 * (spaces, hyphens, dashes) become one GAP unit, or one SOFT_GAP unit between a letter and a digit
 * ("COP 29"), which the matcher may step over inside a name. Combining marks are dropped and
 * their span added to the unit before them; ignorable format characters vanish.
 */
export interface NormalizedText {
  readonly length: number;
  readonly units: Uint16Array;
  /** Class bits (CLASS_MASK: 0 for non-word units) and FLAG_UPPER, per unit. */
  readonly flags: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
}

/** A reusable NormalizedText whose arrays grow as needed; matchers keep one to avoid garbage. */
export class NormBuffer implements NormalizedText {
  length = 0;
  units = new Uint16Array(0);
  flags = new Uint8Array(0);
  start = new Int32Array(0);
  end = new Int32Array(0);

  /** Makes room for at least `size` units, keeping the first `keep`. */
  reserve(size: number, keep: number): void {
    if (size <= this.units.length) return;
    const capacity = Math.max(size, this.units.length * 2, 64);
    const units = new Uint16Array(capacity);
    const flags = new Uint8Array(capacity);
    const start = new Int32Array(capacity);
    const end = new Int32Array(capacity);
    units.set(this.units.subarray(0, keep));
    flags.set(this.flags.subarray(0, keep));
    start.set(this.start.subarray(0, keep));
    end.set(this.end.subarray(0, keep));
    Object.assign(this, { units, flags, start, end });
  }
}

/** Folds `text` into `into` (or a new buffer) and returns it. Linear in the text length. */
export function normalizeText(text: string, into: NormBuffer = new NormBuffer()): NormalizedText {
  const len = text.length;
  // Every unit but those of multi-unit foldings consumes at least one code unit of the text
  // (a gap consumes its separators), so only the multi-unit path needs to check for room.
  into.reserve(len + 1, 0);
  let { units, flags, start, end } = into;
  // Local copies: module bindings can be slow to read in a hot loop under some loaders.
  const kinds = KIND_TABLE;
  const unitTable = UNIT_TABLE;
  const flagTable = FLAG_TABLE;
  let n = 0;
  let sepStart = -1;
  let sepEnd = 0;
  for (let i = 0; i < len;) {
    let cp = text.charCodeAt(i);
    let width = 1;
    if ((cp & 0xfc00) === 0xd800 && i + 1 < len) {
      const low = text.charCodeAt(i + 1);
      if ((low & 0xfc00) === 0xdc00) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    const kind = cp < 0x10000 ? kinds[cp] || learnCodePoint(cp) : KIND_MULTI;
    if (kind === KIND_SEPARATOR) {
      if (sepStart < 0) sepStart = i;
      sepEnd = i + width;
      i += width;
      continue;
    }
    if (kind === KIND_MARK) {
      // The mark's span joins the unit before it, so "e\u0301" is matched and ranged as "é".
      if (sepStart < 0 && n > 0) end[n - 1] = i + width;
      i += width;
      continue;
    }
    let folding: Folding | undefined;
    let firstFlags: number;
    if (kind === KIND_UNIT) {
      firstFlags = flagTable[cp] as number;
    } else if (kind === KIND_MULTI) {
      folding = slowFolding(cp);
      if (folding.kind === KIND_SEPARATOR || folding.kind === KIND_MARK) {
        // Astral separators and marks are rare enough to take the general path.
        if (folding.kind === KIND_SEPARATOR) {
          if (sepStart < 0) sepStart = i;
          sepEnd = i + width;
        } else if (sepStart < 0 && n > 0) end[n - 1] = i + width;
        i += width;
        continue;
      }
      if (folding.units.length === 0) {
        i += width;
        continue;
      }
      firstFlags = folding.flags[0] as number;
    } else {
      i += width; // ignorable
      continue;
    }
    if (sepStart >= 0) {
      // One unit for the whole separator run; a soft gap when it parts a letter from a digit.
      const before = n > 0 ? (flags[n - 1] as number) & CLASS_MASK : 0;
      const after = firstFlags & CLASS_MASK;
      const soft =
        (before === CLASS_LETTER && after === CLASS_DIGIT) ||
        (before === CLASS_DIGIT && after === CLASS_LETTER);
      units[n] = soft ? SOFT_GAP : GAP;
      flags[n] = 0;
      start[n] = sepStart;
      end[n] = sepEnd;
      n++;
      sepStart = -1;
    }
    if (folding === undefined) {
      units[n] = unitTable[cp] as number;
      flags[n] = firstFlags;
      start[n] = i;
      end[n] = i + width;
      n++;
    } else {
      const count = folding.units.length;
      if (n + count + (len - i) >= units.length) {
        into.reserve(n + count + (len - i) + 1, n);
        ({ units, flags, start, end } = into);
      }
      for (let k = 0; k < count; k++) {
        units[n] = folding.units[k] as number;
        flags[n] = folding.flags[k] as number;
        start[n] = i;
        end[n] = i + width;
        n++;
      }
    }
    i += width;
  }
  into.length = n;
  // A text with no Latin letter touching a Cyrillic one, nearly every text, has no mixed word.
  if (MIXED_PAIR.test(text)) unmixScripts(text, into);
  return into;
}

const LATIN = 1;
/** A Latin letter touching a Cyrillic one: every mixed word has one such pair. */
const MIXED_PAIR = /[\u0400-\u052f][A-Za-z\u00c0-\u024f]|[A-Za-z\u00c0-\u024f][\u0400-\u052f]/;
const CYRILLIC = 2;

function scriptOf(unit: number): number {
  if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0xe0 && unit <= 0x24f)) return LATIN;
  return unit >= 0x400 && unit <= 0x52f ? CYRILLIC : 0;
}

/**
 * Look-alike letters of the other script, from Unicode's confusables data (confusables.txt,
 * the Latin–Cyrillic pairs whose glyphs match): what a word written mostly in one script means
 * when a letter of the other slips in ("Azәrbaycan" with the Cyrillic ә, "Aлиев" with a Latin A).
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  А: 'a',
  В: 'b',
  с: 'c',
  С: 'c',
  е: 'e',
  Е: 'e',
  һ: 'h',
  Һ: 'h',
  Н: 'h',
  і: 'i',
  І: 'i',
  ј: 'j',
  Ј: 'j',
  К: 'k',
  М: 'm',
  о: 'o',
  О: 'o',
  р: 'p',
  Р: 'p',
  Т: 't',
  х: 'x',
  Х: 'x',
  у: 'y',
  У: 'y',
  ԛ: 'q',
  Ԛ: 'q',
  ԝ: 'w',
  Ԝ: 'w',
  ѕ: 's',
  Ѕ: 's',
  ә: 'ə',
  Ә: 'ə',
  ӏ: 'l',
  Ӏ: 'l',
  ү: 'y',
  Ү: 'y',
};
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  A: 'а',
  B: 'в',
  c: 'с',
  C: 'с',
  e: 'е',
  E: 'е',
  H: 'н',
  K: 'к',
  M: 'м',
  o: 'о',
  O: 'о',
  p: 'р',
  P: 'р',
  T: 'т',
  x: 'х',
  X: 'х',
  y: 'у',
  Y: 'у',
};

/** Folded unit of each look-alike, by the original code point and the script it turns into. */
function foldedMap(pairs: Readonly<Record<string, string>>): Map<number, number> {
  const map = new Map<number, number>();
  for (const [from, to] of Object.entries(pairs)) {
    const cp = to.codePointAt(0) ?? 0;
    const kind = KIND_TABLE[cp] || learnCodePoint(cp);
    if (kind === KIND_UNIT) map.set(from.codePointAt(0) ?? 0, UNIT_TABLE[cp] as number);
  }
  return map;
}

let toLatin: Map<number, number> | undefined;
let toCyrillic: Map<number, number> | undefined;

/**
 * Rewrites, in each word that mixes Latin and Cyrillic letters, the letters of the script in
 * the minority as their look-alikes in the other. Scans the text itself (a char code and two
 * comparisons a character) and touches the folded units only for a mixed word, which is rare.
 */
function unmixScripts(text: string, into: NormBuffer): void {
  let wordStart = 0;
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c < 0x250) {
      if (
        (c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)
      ) {
        latin++;
        continue;
      }
    } else if (c <= 0x52f) {
      if (c >= 0x400) {
        cyrillic++;
        continue;
      }
      // Combining marks stay inside the word.
      if (c >= 0x300 && c <= 0x36f) continue;
    }
    if (latin > 0 && cyrillic > 0) {
      const from = firstUnitAt(into, wordStart);
      let to = from;
      while (to < into.length && (into.start[to] as number) < i) to++;
      unmixWord(text, into, from, to, latin >= cyrillic);
    }
    wordStart = i + 1;
    latin = 0;
    cyrillic = 0;
  }
}

/** The first unit that starts at or after `offset` of the text (start[] is ascending). */
function firstUnitAt(into: NormBuffer, offset: number): number {
  let lo = 0;
  let hi = into.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((into.start[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rewrites the look-alikes in units [from, to) into Latin letters, or into Cyrillic ones. */
function unmixWord(text: string, into: NormBuffer, from: number, to: number, latin: boolean) {
  const { units, start, end } = into;
  const target = latin ? LATIN : CYRILLIC;
  const map = latin
    ? (toLatin ??= foldedMap(CYRILLIC_TO_LATIN))
    : (toCyrillic ??= foldedMap(LATIN_TO_CYRILLIC));
  for (let k = from; k < to; k++) {
    if (scriptOf(units[k] as number) === target) continue;
    const at = start[k] as number;
    const unit = map.get(text.codePointAt(at) ?? 0);
    // Only a letter that folded to this one unit alone (not "ß" → "ss").
    if (unit !== undefined && (end[k] as number) - at === 1) units[k] = unit;
  }
}

const keyBuffer = new NormBuffer();

/** The folded key of a phrase, as the matcher's tables store it. */
export interface FoldedKey {
  /** Folded units without soft gaps, trimmed of gaps: "Nagorno–Karabakh" → "nagorno karabakh". */
  readonly key: string;
  /** One '1' or '0' per key unit: whether the phrase had that unit in upper case. */
  readonly mask: string;
}

/** Folds a phrase (an alias, a suffix, a search query) the way matched text is folded. */
export function foldKey(phrase: string): FoldedKey {
  const folded = normalizeText(phrase, keyBuffer);
  let key = '';
  let mask = '';
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.units[i] ?? 0;
    if (unit === SOFT_GAP) continue;
    key += String.fromCharCode(unit);
    mask += (folded.flags[i] ?? 0) & FLAG_UPPER ? '1' : '0';
  }
  const from = key.startsWith(' ') ? 1 : 0;
  const to = key.endsWith(' ') && key.length > from ? key.length - 1 : key.length;
  return { key: key.slice(from, to), mask: mask.slice(from, to) };
}
