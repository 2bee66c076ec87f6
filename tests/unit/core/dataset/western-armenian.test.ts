import { describe, expect, it } from 'vitest';
import {
  classicalArmenian,
  westernPhrases,
} from '../../../../src/core/dataset/western-armenian.ts';

describe('classicalArmenian', () => {
  it('writes the glide before a as ե: -յան → -եան, after a vowel -յեան', () => {
    expect(classicalArmenian('Նիկոլ Փաշինյան')).toBe('նիկոլ փաշինեան');
    expect(classicalArmenian('Միրզոյան')).toBe('միրզոյեան');
    expect(classicalArmenian('Ամերիկայի Միացյալ Նահանգներ')).toBe('ամերիկայի միացեալ նահանգներ');
  });

  it('writes յու as իւ and a word-initial յո as եո', () => {
    expect(classicalArmenian('Նյու Յորք')).toBe('նիւ եորք');
    expect(classicalArmenian('Հայաստանի Հանրապետություն')).toBe('հայաստանի հանրապետութիւն');
  });

  it('writes a word-final -յա as -եայ', () => {
    expect(classicalArmenian('44-օրյա պատերազմ')).toBe('44-օրեայ պատերազմ');
  });

  it('leaves alone what the reform did not change, and abbreviations', () => {
    expect(classicalArmenian('Հայաստան')).toBeUndefined();
    expect(classicalArmenian('ՀՀ ԱԳՆ')).toBeUndefined();
  });
});

describe('westernPhrases', () => {
  const names = new Map([['ադրբեջան', ['ատրպէյճան', 'ազերպայճան']]]);

  it('gives a phrase the Western transcriptions of the places it begins words with', () => {
    const classical = classicalArmenian('Ադրբեջանի արտաքին գործերի նախարարություն') ?? '';
    expect(classical).toBe('ադրբեջանի արտաքին գործերու նախարարութիւն');
    expect(westernPhrases(classical, names)).toEqual([
      'ատրպէյճանի արտաքին գործերու նախարարութիւն',
      'ազերպայճանի արտաքին գործերու նախարարութիւն',
    ]);
  });

  it('leaves one-word names to the dataset’s own Western aliases', () => {
    expect(westernPhrases('ադրբեջան', names)).toEqual([]);
  });
});
