import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLASS_DIGIT,
  CLASS_LETTER,
  CLASS_MASK,
  FLAG_UPPER,
  GAP,
  SOFT_GAP,
} from '../../../../src/core/matcher/chars.ts';
import { NormBuffer, foldKey, normalizeText } from '../../../../src/core/matcher/normalize.ts';

const key = (text: string): string => foldKey(text).key;

/** Each stream unit with the original text it came from. */
function sources(text: string): [string, string][] {
  const folded = normalizeText(text);
  const out: [string, string][] = [];
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.units[i] ?? 0;
    const shown = unit === SOFT_GAP ? '<soft>' : unit === GAP ? '<gap>' : String.fromCharCode(unit);
    out.push([shown, text.slice(folded.start[i], folded.end[i])]);
  }
  return out;
}

describe('foldKey: case folding', () => {
  it('folds case in every script, including ALL CAPS', () => {
    expect(key('ILHAM ALIYEV')).toBe('ilham aliyev');
    expect(key('ИЛЬХАМ АЛИЕВ')).toBe(key('Ильхам Алиев'));
    expect(key('ՓԱՇԻՆՅԱՆ')).toBe(key('Փաշինյան'));
  });

  it('treats Turkish and Azerbaijani dotted and dotless i alike', () => {
    expect(key('İlham')).toBe('ilham');
    expect(key('ılham')).toBe('ilham');
    expect(key('ILHAM')).toBe('ilham');
    expect(key('ƏLIYEV')).toBe(key('Əliyev'));
    expect(key('ƏLİYEV')).toBe(key('Əliyev'));
    expect(key('Cəbrayıl')).toBe(key('Cebrayil'));
  });

  it('marks which units were upper case, for case-sensitive aliases', () => {
    expect(foldKey('COP29')).toEqual({ key: 'cop29', mask: '11100' });
    expect(foldKey('Un')).toEqual({ key: 'un', mask: '10' });
    expect(foldKey('İ').mask).toBe('1');
  });
});

describe('foldKey: accents and compatibility forms', () => {
  it('makes accents optional and equates NFC and NFD', () => {
    expect(key('Élysée')).toBe('elysee');
    expect(key('E\u0301lyse\u0301e')).toBe('elysee');
    expect(key('ÉLYSÉE')).toBe('elysee');
    expect(key('Qarabağ')).toBe('qarabag');
    expect(key('Paşinyan')).toBe('pasinyan');
  });

  it('folds compatibility forms (NFKC-aware) and letters without a decomposition', () => {
    expect(key('ＡＲＭＥＮＩＡ')).toBe('armenia');
    expect(key('ﬁnal')).toBe('final');
    expect(key('Straße')).toBe('strasse');
    expect(key('Œuvre')).toBe('oeuvre');
  });

  it('meets the three spellings of Armenian և', () => {
    expect(key('Երևան')).toBe(key('Երեւան'));
    expect(key('Երևան')).toBe(key('ԵՐԵՎԱՆ'));
    expect(key('Ալիև')).toBe(key('ԱԼԻԵՎ'));
  });

  it('keeps symbols as symbols, so "™" never becomes the letters "tm"', () => {
    expect(key('Aliyev™')).toBe('aliyev™');
  });
});

describe('foldKey: typographic variants', () => {
  it('equates apostrophes: straight, curly, backtick, acute, modifier letter, Armenian', () => {
    for (const apostrophe of ["'", '’', '‘', '`', '´', 'ʼ', 'ʹ', '՚', '′']) {
      expect(key(`Aliyev${apostrophe}s`)).toBe("aliyev's");
    }
  });

  it('collapses spaces, hyphens and dashes of any kind into one gap', () => {
    const variants = [
      'Nagorno-Karabakh',
      'Nagorno Karabakh',
      'Nagorno–Karabakh',
      'Nagorno—Karabakh',
      'Nagorno\u2011Karabakh',
      'Nagorno\u2010Karabakh',
      'Nagorno\u00a0Karabakh',
      'Nagorno\u202fKarabakh',
      'Nagorno \u2013 Karabakh',
      'Nagorno\n\tKarabakh',
      'Nagorno_Karabakh',
    ];
    for (const variant of variants) expect(key(variant)).toBe('nagorno karabakh');
  });

  it('drops an optional gap between letters and digits', () => {
    for (const variant of ['COP29', 'COP 29', 'COP-29', 'COP\u00a029', 'COP–29']) {
      expect(key(variant)).toBe('cop29');
    }
    expect(key('44-day war')).toBe('44day war');
  });

  it('ignores soft hyphens, zero-width and bidi characters inside words', () => {
    expect(key('Ali\u00adyev')).toBe('aliyev');
    expect(key('Ali\u200byev')).toBe('aliyev');
    expect(key('Pashin\u200dyan')).toBe('pashinyan');
    expect(key('\u200eArmenia\u200f')).toBe('armenia');
    expect(key('Հայաստա՞ն')).toBe(key('Հայաստան'));
  });

  it('trims leading and trailing gaps', () => {
    expect(foldKey('  Baku — ')).toEqual({ key: 'baku', mask: '1000' });
  });
});

describe('normalizeText: offsets back to the original', () => {
  it('maps each unit to the exact original characters', () => {
    expect(sources('Ali\u00adyev’s')).toEqual([
      ['a', 'A'],
      ['l', 'l'],
      ['i', 'i'],
      ['y', 'y'],
      ['e', 'e'],
      ['v', 'v'],
      ["'", '’'],
      ['s', 's'],
    ]);
  });

  it('gives a dropped combining mark to the letter before it', () => {
    expect(sources('Be\u0301')).toEqual([
      ['b', 'B'],
      ['e', 'e\u0301'],
    ]);
  });

  it('spans a whole run of separators with one gap unit, soft between letter and digit', () => {
    expect(sources('a – b')).toEqual([
      ['a', 'a'],
      ['<gap>', ' – '],
      ['b', 'b'],
    ]);
    expect(sources('P-2')).toEqual([
      ['p', 'P'],
      ['<soft>', '-'],
      ['2', '2'],
    ]);
  });

  it('never splits a surrogate pair and turns lone surrogates into U+FFFD', () => {
    const text = 'x𝐀😀\ud800y';
    const folded = normalizeText(text);
    expect(sources(text).map(([, original]) => original)).toEqual([
      'x',
      '𝐀',
      '😀',
      '😀',
      '\ud800',
      'y',
    ]);
    expect(folded.units[1]).toBe('a'.charCodeAt(0));
    expect(folded.units[4]).toBe(0xfffd);
  });

  it('expands one character into several units that all map back to it', () => {
    expect(sources('ß')).toEqual([
      ['s', 'ß'],
      ['s', 'ß'],
    ]);
  });

  it('classifies units as letters, digits or neither, and flags upper case', () => {
    const folded = normalizeText('A1,ə');
    const flags = Array.from(folded.flags.subarray(0, folded.length));
    expect(flags.map((f) => f & CLASS_MASK)).toEqual([CLASS_LETTER, CLASS_DIGIT, 0, CLASS_LETTER]);
    expect(flags.map((f) => (f & FLAG_UPPER) !== 0)).toEqual([true, false, false, false]);
  });

  it('reuses a buffer across calls without leaking the previous text', () => {
    const buffer = new NormBuffer();
    normalizeText('a much longer first text', buffer);
    const second = normalizeText('Baku', buffer);
    expect(second.length).toBe(4);
    expect(String.fromCharCode(...second.units.subarray(0, second.length))).toBe('baku');
  });

  it('keeps offsets ordered, inside the text and on code point boundaries (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const folded = normalizeText(text);
        let previousEnd = 0;
        for (let i = 0; i < folded.length; i++) {
          const start = folded.start[i] ?? -1;
          const end = folded.end[i] ?? -1;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(start).toBeLessThan(end);
          // Units of one expanded character share its range; otherwise ranges move forward.
          expect(start === (folded.start[i - 1] ?? -1) || start >= previousEnd).toBe(true);
          previousEnd = end;
          const low = text.charCodeAt(start);
          expect(
            low >= 0xdc00 && low <= 0xdfff && /[\ud800-\udbff]/.test(text[start - 1] ?? ''),
          ).toBe(false);
        }
      }),
    );
  });
});
