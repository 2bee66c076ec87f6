import { describe, expect, it } from 'vitest';
import { DESIGNS, show } from './fixtures/test-aliases.ts';

/** Each word of `words`, alone in a sentence, must match `entity`, highlighted whole. */
function expectEach(
  find: (text: string) => string[],
  entity: string,
  words: readonly string[],
): void {
  for (const word of words) {
    const found = find(`— ${word}, —`);
    expect(found.map((m) => m.replace(/ \(\w+\)$/, ''))).toEqual([`${entity}:${word}`]);
  }
}

function expectNone(find: (text: string) => string[], words: readonly string[]): void {
  for (const word of words) expect(find(word), word).toEqual([]);
}

describe.each(DESIGNS)('%s matcher: Russian', (_, matcher) => {
  const find = (text: string): string[] => show(matcher, text);

  it('recognises the cases of surnames and names', () => {
    expectEach(find, 'ilham-aliyev', ['Алиев', 'Алиева', 'Алиеву', 'Алиевым', 'Алиеве', 'Алиевы']);
    expectEach(find, 'nikol-pashinyan', [
      'Пашинян',
      'Пашиняна',
      'Пашиняну',
      'Пашиняном',
      'Пашиняне',
    ]);
    expect(find('Алиева')).toEqual(['ilham-aliyev:Алиева (surname)']);
  });

  it('declines every word of a full name', () => {
    expectEach(find, 'ilham-aliyev', ['Ильхама Алиева', 'Ильхаму Алиеву', 'Ильхамом Алиевым']);
    expect(find('ИЛЬХАМА АЛИЕВА')).toEqual(['ilham-aliyev:ИЛЬХАМА АЛИЕВА']);
    expectEach(find, 'nagorno-karabakh', [
      'Нагорный Карабах',
      'Нагорного Карабаха',
      'Нагорном Карабахе',
    ]);
  });

  it('recognises places, replacing an ending where Russian does', () => {
    expectEach(find, 'armenia', ['Армения', 'Армении', 'Армению', 'Арменией']);
    expectEach(find, 'yerevan', ['Ереван', 'Ереване', 'Еревана']);
    expectEach(find, 'russia', ['Россия', 'России', 'Россией']);
    expectEach(find, 'baku', ['Баку']);
  });

  it('reads a head noun with a fixed complement as well as full agreement', () => {
    expectEach(find, 'armenia', ['Республика Армения', 'Республики Армения', 'Республике Армении']);
    expect(find('у Центра Гейдара Алиева')).toEqual([]);
    expect(find('с Мехрибан Алиевой')).toEqual(['mehriban-aliyeva:Мехрибан Алиевой']);
  });

  it('does not match words that merely start with a name', () => {
    expectNone(find, [
      'Бакунин',
      'Ереванский',
      'Алиевка',
      'Армениянин',
      'Азербайджанский',
      'Армени',
    ]);
  });
});

describe.each(DESIGNS)('%s matcher: Armenian', (_, matcher) => {
  const find = (text: string): string[] => show(matcher, text);

  it('recognises articles and case suffixes', () => {
    expectEach(find, 'nikol-pashinyan', [
      'Փաշինյանը',
      'Փաշինյանի',
      'Փաշինյանին',
      'Փաշինյանից',
      'Փաշինյանով',
    ]);
    expectEach(find, 'armenia', [
      'Հայաստան',
      'Հայաստանը',
      'Հայաստանի',
      'Հայաստանում',
      'Հայաստանից',
    ]);
    expectEach(find, 'nagorno-karabakh', ['Արցախում', 'Արցախի']);
    expectEach(find, 'baku', ['Բաքու', 'Բաքվում', 'Բաքվի']);
  });

  it('meets the spellings of և, in any case', () => {
    expectEach(find, 'yerevan', ['Երևան', 'Երեւան', 'Երևանում', 'ԵՐԵՎԱՆՈՒՄ', 'Երեվանի']);
    expectEach(find, 'ilham-aliyev', ['Իլհամ Ալիևը', 'ԻԼՀԱՄ ԱԼԻԵՎԻ', 'Ալիևի']);
  });

  it('does not match longer words built on a name', () => {
    expectNone(find, ['Հայաստանյան', 'Հայաստանցի', 'Փաշինյանական']);
  });
});

describe.each(DESIGNS)('%s matcher: Azerbaijani', (_, matcher) => {
  const find = (text: string): string[] => show(matcher, text);

  it('recognises case suffixes in vowel harmony', () => {
    expectEach(find, 'ilham-aliyev', ['Əliyevin', 'Əliyevə', 'Əliyevdə', 'Əliyevdən', 'Əliyevlə']);
    expectEach(find, 'ilham-aliyev', ['İlham Əliyevin', 'ILHAM ƏLIYEVIN', 'İLHAM ƏLİYEVƏ']);
    expectEach(find, 'armenia', ['Ermənistanın', 'Ermənistana', 'Ermənistanda', 'Ermənistandan']);
    expectEach(find, 'nikol-pashinyan', ['Paşinyanın', 'Paşinyana']);
  });

  it('inserts buffer consonants after a vowel', () => {
    expectEach(find, 'baku', ['Bakı', 'Bakıda', 'Bakıya', 'Bakının', 'Bakıdan', 'Bakıdakı']);
  });

  it('accepts the letters ə, ı, ğ and ş typed without their marks', () => {
    expectEach(find, 'jabrayil', ['Cəbrayıl', 'Cebrayil', 'Cəbrayılda']);
    expectEach(find, 'nagorno-karabakh', ['Qarabağ', 'Qarabag', 'Qarabağda', 'Dağlıq Qarabağın']);
  });

  it('rejects suffixes against vowel harmony and words derived from a name', () => {
    expectNone(find, ['Bakıdə', 'Ermənistanə', 'Bakılı', 'Ermənistanlı', 'Əliyevçi']);
  });

  it('reads a look-alike letter of the other script in a mixed word as its twin', () => {
    // The Cyrillic ә (U+04D9) and Ә typed for ə, as some Azerbaijani sites do.
    expectEach(find, 'azerbaijan', ['Az\u04d9rbaycan', 'Az\u04d9rbaycanın']);
    expectEach(find, 'ilham-aliyev', ['İlham \u04d8liyev', '\u04d8liyevin']);
    // A Latin A or o in a Russian word, and a Cyrillic а in a Latin one.
    expectEach(find, 'ilham-aliyev', ['Aлиев', 'Ильхам Aлиевa']);
    expectEach(find, 'armenia', ['Erm\u0259nist\u0430n']);
  });

  it('leaves words in one script alone, and a mixed word that is no name unmatched', () => {
    expectNone(find, ['\u04d8лиев', 'Azәrbaycanlı']);
  });
});

describe.each(DESIGNS)('%s matcher: French and German', (_, matcher) => {
  const find = (text: string): string[] => show(matcher, text);

  it('matches their own spellings, with the German genitive -s', () => {
    expectEach(find, 'nagorno-karabakh', ['Haut-Karabakh', 'Berg-Karabach', 'Berg-Karabachs']);
    expectEach(find, 'armenia', ['Arménie', 'Armenie', 'Armenien', 'Armeniens']);
  });
});
