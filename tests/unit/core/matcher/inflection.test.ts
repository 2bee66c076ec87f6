import { describe, expect, it } from 'vitest';
import { MAX_HEADS, inflect } from '../../../../src/core/matcher/inflection.ts';
import type { MatchAlias } from '../../../../src/core/matcher/types.ts';

const alias = (text: string, lang: string, extra: Partial<MatchAlias> = {}): MatchAlias => ({
  entity: 'x',
  text,
  lang,
  caseSensitive: false,
  ...extra,
});

/** Every full form an alias inflects to. */
function forms(text: string, lang: string, extra: Partial<MatchAlias> = {}): string[] {
  return inflect(alias(text, lang, extra)).groups.flatMap(({ heads, endings }) =>
    heads.flatMap((head) => endings.map((ending) => head + ending)),
  );
}

describe('inflect: Russian', () => {
  it('declines surnames in -ов/-ев', () => {
    expect(forms('Алиев', 'ru')).toEqual(
      expect.arrayContaining(['алиев', 'алиева', 'алиеву', 'алиевым', 'алиеве', 'алиевы']),
    );
  });

  it('declines names ending in a consonant', () => {
    expect(forms('Пашинян', 'ru')).toEqual(
      expect.arrayContaining(['пашинян', 'пашиняна', 'пашиняну', 'пашиняном', 'пашиняне']),
    );
    expect(forms('Ереван', 'ru')).toEqual(expect.arrayContaining(['ереване', 'еревана']));
  });

  it('replaces the ending of nouns in -ия, -а and -я instead of appending to it', () => {
    expect(inflect(alias('Армения', 'ru')).groups).toEqual([
      { heads: ['армени'], endings: ['я', 'и', 'ю', 'ей', 'ею'] },
    ]);
    expect(forms('Алиева', 'ru')).toEqual(['алиева', 'алиевой', 'алиеву']);
  });

  it('leaves indeclinable names alone', () => {
    expect(forms('Баку', 'ru')).toEqual(['баку']);
    expect(forms('ООН', 'ru', { caseSensitive: true })).toEqual(['ООН']);
  });

  it('declines the words of a phrase together, case by case', () => {
    expect(forms('Нагорный Карабах', 'ru')).toEqual(
      expect.arrayContaining(['нагорный карабах', 'нагорного карабаха', 'нагорном карабахе']),
    );
    expect(forms('Ильхам Алиев', 'ru')).toEqual(
      expect.arrayContaining(['ильхама алиева', 'ильхаму алиеву', 'ильхамом алиевым']),
    );
    expect(forms('Ильхам Алиев', 'ru')).not.toContain('ильхама алиеву');
    expect(forms('Генеральная Ассамблея', 'ru')).toEqual(
      expect.arrayContaining(['генеральной ассамблеи', 'генеральную ассамблею']),
    );
  });

  it('gives a phrase one group of heads per distinct set of last-word endings', () => {
    const { groups } = inflect(alias('Ильхам Алиев', 'ru'));
    expect(groups).toContainEqual({ heads: ['ильхама алиев'], endings: ['а'] });
    expect(groups).toContainEqual({ heads: ['ильхамом алиев'], endings: ['ым', 'ом'] });
  });

  it('also reads a phrase as a head noun with a fixed complement, or with only its last word declined', () => {
    expect(forms('Центр Гейдара Алиева', 'ru')).toEqual(
      expect.arrayContaining(['центра гейдара алиева', 'центре гейдара алиева']),
    );
    expect(forms('Международный аэропорт Гейдар Алиев', 'ru')).toContain(
      'международного аэропорта гейдар алиев',
    );
    expect(forms('Мехрибан Алиева', 'ru')).toEqual(
      expect.arrayContaining(['мехрибан алиевой', 'мехрибан алиеву']),
    );
  });

  it('declines a plural phrase in the plural, and never takes -ние nouns for adjectives', () => {
    expect(forms('антитеррористические мероприятия', 'ru')).toEqual(
      expect.arrayContaining([
        'антитеррористических мероприятий',
        'антитеррористическим мероприятиям',
        'антитеррористическими мероприятиями',
        'антитеррористических мероприятиях',
      ]),
    );
    expect(forms('мирное соглашение', 'ru')).toContain('мирного соглашения');
  });

  it('declines a phrase that ends in a code', () => {
    expect(forms('конференция ООН по изменению климата COP29', 'ru')).toContain(
      'конференции оон по изменению климата cop29',
    );
  });

  it('keeps hyphenated first parts and genitive plurals as they are', () => {
    expect(inflect(alias('Алма-Ата', 'ru')).groups[0]?.heads).toEqual(['алма-ат']);
    expect(forms('Министерство иностранных дел', 'ru')).toContain('министерства иностранных дел');
    expect(forms('Министерство иностранных дел', 'ru')).not.toContain(
      'министерство иностранныха дел',
    );
  });
});

describe('inflect: Armenian', () => {
  it('adds articles and case suffixes after a consonant', () => {
    expect(forms('Փաշինյան', 'hy')).toEqual(
      expect.arrayContaining(['փաշինյանը', 'փաշինյանի', 'փաշինյանին', 'փաշինյանից', 'փաշինյանում']),
    );
  });

  it('uses -յ- after a vowel and turns a final -ու into -վ-', () => {
    expect(forms('Մոսկվա', 'hy')).toEqual(
      expect.arrayContaining(['մոսկվան', 'մոսկվայի', 'մոսկվայում']),
    );
    expect(forms('Բաքու', 'hy')).toEqual(
      expect.arrayContaining(['բաքու', 'բաքուն', 'բաքվի', 'բաքվում']),
    );
  });

  it('drops the vowel of -գիր before an ending, in both spellings', () => {
    expect(forms('Ալմա-Աթայի հռչակագիր', 'hy')).toContain('ալմա-աթայի հռչակագրի');
    expect(forms('խաղաղութեան պայմանագիր', 'hyw')).toEqual(
      expect.arrayContaining(['խաղաղութեան պայմանագրի', 'խաղաղութեան պայմանագիրը']),
    );
  });

  it('turns the glide of -ություն into -ության in the oblique cases', () => {
    expect(forms('Հայաստանի Հանրապետություն', 'hy')).toEqual(
      expect.arrayContaining([
        'հայաստանի հանրապետություն',
        'հայաստանի հանրապետությունը',
        'հայաստանի հանրապետության',
        'հայաստանի հանրապետությամբ',
      ]),
    );
  });
});

describe('inflect: Western Armenian (hyw)', () => {
  it('takes the ablative -էն and the plural genitive -ու, never the Eastern -ից or -ում', () => {
    const forms_ = forms('Երեւան', 'hyw');
    expect(forms_).toEqual(expect.arrayContaining(['երեւանի', 'երեւանէն', 'երեւանը', 'երեւանին']));
    expect(forms_).not.toContain('երեւանից');
    expect(forms('Միացեալ Նահանգներ', 'hyw')).toContain('միացեալ նահանգներու');
  });

  it('keeps a final -ու and adds -յ- after other vowels', () => {
    expect(forms('Պաքու', 'hyw')).toEqual(expect.arrayContaining(['պաքուի', 'պաքուէն']));
    expect(forms('Ֆրանսա', 'hyw')).toEqual(expect.arrayContaining(['ֆրանսայի', 'ֆրանսան']));
  });

  it('turns -իւն into -եան in the oblique cases', () => {
    expect(forms('Սահմանադրութիւն', 'hyw')).toEqual(
      expect.arrayContaining(['սահմանադրութիւնը', 'սահմանադրութեան', 'սահմանադրութենէն']),
    );
  });
});

describe('inflect: Azerbaijani', () => {
  it('follows vowel harmony: front vowels take -ə/-i, back vowels -a/-ı', () => {
    expect(forms('Əliyev', 'az')).toEqual(
      expect.arrayContaining(['əliyevin', 'əliyevə', 'əliyevdə', 'əliyevdən', 'əliyevlər']),
    );
    expect(forms('Ermənistan', 'az')).toEqual(
      expect.arrayContaining(['ermənistanın', 'ermənistana', 'ermənistanda', 'ermənistandakı']),
    );
    expect(forms('Əliyev', 'az')).not.toContain('əliyevda');
  });

  it('inserts the buffer consonants n and y after a vowel', () => {
    expect(forms('Bakı', 'az')).toEqual(
      expect.arrayContaining(['bakının', 'bakıya', 'bakıda', 'bakıdan', 'bakını', 'bakıyla']),
    );
    expect(forms('Bakı', 'az')).not.toContain('bakıa');
  });

  it('takes the case endings after a possessive with -n-: Assambleyasında, Konstitusiyasına', () => {
    expect(forms('BMT Baş Assambleyası', 'az')).toEqual(
      expect.arrayContaining(['bmt baş assambleyasında', 'bmt baş assambleyasının']),
    );
    expect(forms('Ermənistan Konstitusiyası', 'az')).toContain('ermənistan konstitusiyasına');
  });

  it('takes the possessive "our", alone and with a case', () => {
    expect(forms('Azərbaycan', 'az')).toEqual(
      expect.arrayContaining(['azərbaycanımız', 'azərbaycanımızın', 'azərbaycanımıza']),
    );
    expect(forms('Bakı', 'az')).toContain('bakımız');
    expect(forms('Əliyev', 'az')).toContain('əliyevimizin');
  });

  it('takes the predicative -dır, alone and after the locative', () => {
    expect(forms('Fransa', 'az')).toContain('fransadır');
    expect(forms('Azərbaycan', 'az')).toContain('azərbaycandır');
    expect(forms('Nyu-York', 'az')).toContain('nyu-yorkdadırlar');
  });

  it('lowercases with the Azerbaijani rules for I and İ', () => {
    expect(inflect(alias('İLHAM ƏLİYEV', 'az')).groups[0]?.heads).toEqual(['ilham əliyev']);
  });
});

describe('inflect: other languages', () => {
  it('gives English surnames and demonyms a plural, other English names nothing', () => {
    expect(forms('Aliyev', 'en', { weak: 'surname' })).toEqual(['aliyev', 'aliyevs']);
    expect(forms('Armenian', 'en', { weak: 'demonym' })).toEqual(['armenian', 'armenians']);
    expect(forms('Armenia', 'en')).toEqual(['armenia']);
    expect(forms('Yerevan', 'en', { weak: 'metonym' })).toEqual(['yerevan']);
  });

  it('gives German names their genitive -s', () => {
    expect(forms('Berg-Karabach', 'de')).toEqual(['berg-karabach', 'berg-karabachs']);
    expect(forms('Paris', 'de')).toEqual(['paris']);
  });

  it('keeps a word that ends in a digit or symbol whole', () => {
    expect(forms('COP29', 'az')).toEqual(['cop29']);
  });

  it('refuses aliases with more inflected forms than MAX_HEADS', () => {
    const long = Array.from({ length: 10 }, () => 'Игорь').join(' ');
    expect(() => inflect(alias(long, 'ru'))).toThrow(
      new RegExp(`more than ${MAX_HEADS} inflected forms`),
    );
  });
});
