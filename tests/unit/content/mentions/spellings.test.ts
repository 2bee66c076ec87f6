import { describe, expect, it } from 'vitest';
import { page } from '../support/stage-page.ts';

/**
 * The spellings of our readers' press, end to end (matcher and page stage on the shipped
 * dataset): each class of miss the real texts showed, one line of real-looking text each.
 */

/** `entity:text` of every mention of `line`, on a page whose head is on the story. */
function found(line: string): string[] {
  const { stage } = page(['Ilham Aliyev and Nikol Pashinyan', line]);
  return stage.mentionsOf(1).map((m) => `${m.entity}:${line.slice(m.start, m.end)}`);
}

describe('Western Armenian (the diaspora press)', () => {
  it('finds the classical spellings and Western endings of Armenian names', () => {
    expect(found('Վարչապետ Նիկոլ Փաշինեան եւ Արարատ Միրզոյեան Երեւանէն մեկնեցան։')).toEqual([
      'nikol-pashinyan:Նիկոլ Փաշինեան',
      'ararat-mirzoyan:Արարատ Միրզոյեան',
      'yerevan:Երեւանէն',
    ]);
    expect(found('Նիւ Եորքի մէջ Միացեալ Նահանգներու դեսպանը խօսեցաւ։')).toEqual([
      'new-york-city:Նիւ Եորքի',
      'united-states:Միացեալ Նահանգներու',
    ]);
  });

  it('finds the Western transcriptions of foreign names', () => {
    expect(found('Պաքուի եւ Ատրպէյճանի մասին «Արմէնփրէս»ը գրեց, Մ.Ա.Կ. լռեց։')).toEqual([
      'baku:Պաքուի',
      'azerbaijan:Ատրպէյճանի',
      'armenpress:Արմէնփրէս',
      'united-nations:Մ.Ա.Կ.',
    ]);
    expect(found('Էմմանիւել Մաքրոնի հետ Ֆրանսայի դերը քննարկուեցաւ։')).toEqual([
      'emmanuel-macron:Էմմանիւել Մաքրոնի',
      'france:Ֆրանսայի',
    ]);
  });
});

describe('look-alike letters of another script', () => {
  it('reads the Cyrillic ә in a Latin word as ə', () => {
    expect(
      found('Prezident \u0130lham \u04d8liyev Az\u04d9rbaycanın paytaxtında danışıb.'),
    ).toEqual(['ilham-aliyev:İlham Әliyev', 'azerbaijan:Azәrbaycanın']);
  });
});

describe('Azerbaijani endings', () => {
  it('reach names written in their Latin spelling, bare surnames and full names alike', () => {
    expect(
      found('Bayramov Blinkenlə, sonra Ararat Mirzoyanla və Ani Badalyanın ofisi ilə danışıb.'),
    ).toEqual([
      'jeyhun-bayramov:Bayramov',
      'antony-blinken:Blinkenlə',
      'ararat-mirzoyan:Ararat Mirzoyanla',
      'ani-badalyan:Ani Badalyanın',
    ]);
  });

  it('reach the last word of a compound name, through its possessive', () => {
    expect(
      found('Nazirlər BMT Baş Assambleyasında Ermənistanın Konstitusiyasına toxunublar.'),
    ).toEqual([
      'un-general-assembly:BMT Baş Assambleyasında',
      'armenia-constitution:Ermənistanın Konstitusiyasına',
    ]);
  });

  it('take the predicative -dır, after a case too', () => {
    expect(found('Əsas tərəfdaş Azərbaycandır, nümayəndələr isə Nyu-Yorkdadırlar.')).toEqual([
      'azerbaijan:Azərbaycandır',
      'new-york-city:Nyu-Yorkdadırlar',
    ]);
  });
});

describe('cross-language folding collisions', () => {
  it('never takes the French adjective for the German alias', () => {
    expect(found('Le Premier ministre arménien a reçu 200 Arméniens et des armeniens.')).toEqual(
      [],
    );
  });
});

describe('short names and common wordings', () => {
  it('finds the short forms beside the story, and the wordings of each language', () => {
    expect(
      found(
        'The Constitutional Court of Armenia ruled; the Constitutional Court said the Constitution holds.',
      ),
    ).toEqual([
      'armenia-constitutional-court:Constitutional Court of Armenia',
      'armenia-constitutional-court:Constitutional Court',
      'armenia-constitution:Constitution',
    ]);
    expect(found('Глава армянского МИДа выступил с трибуны Генассамблеи в Нью-Йорке.')).toEqual([
      'armenia-foreign-ministry:армянского МИДа',
      'un-general-assembly:Генассамблеи',
      'new-york-city:Нью-Йорке',
    ]);
    expect(found('They discussed a peace treaty between Armenia and Azerbaijan.')).toEqual([
      'armenia-azerbaijan-peace-treaty:peace treaty between Armenia and Azerbaijan',
    ]);
    expect(found('Ils veulent un traité de paix entre l’Arménie et l’Azerbaïdjan.')).toEqual([
      'armenia-azerbaijan-peace-treaty:traité de paix entre l’Arménie et l’Azerbaïdjan',
    ]);
    expect(found('Tərəflər Azərbaycan və Ermənistan arasında sülh sazişi barədə danışıb.')).toEqual(
      ['armenia-azerbaijan-peace-treaty:Azərbaycan və Ermənistan arasında sülh sazişi'],
    );
    expect(found('Hər iki tərəf Dövlət Departamentində Birləşmiş Ştatlar ilə görüşüb.')).toEqual([
      'us-state-department:Dövlət Departamentində',
      'united-states:Birləşmiş Ştatlar',
    ]);
    expect(found('Речь шла о локальных антитеррористических мероприятиях в Карабахе.')).toEqual([
      '2023-karabakh-offensive:локальных антитеррористических мероприятиях',
      'nagorno-karabakh:Карабахе',
    ]);
    expect(
      found('Он сослался на Алматинскую декларацию; on cite la Déclaration d’Almaty de 1991.'),
    ).toEqual([
      'alma-ata-declaration:Алматинскую декларацию',
      'alma-ata-declaration:Déclaration d’Almaty de 1991',
    ]);
    expect(
      found('Lors de la 79e session de l’Assemblée générale des Nations Unies, il a parlé.'),
    ).toEqual(['unga-79:79e session de l’Assemblée générale des Nations Unies']);
    expect(found('Հայաստանի արտաքին գործերի նախարարության խոսնակը պատասխանեց։')).toEqual([
      'armenia-foreign-ministry:Հայաստանի արտաքին գործերի նախարարության',
    ]);
  });

  it('paints a longer name whole, never the country inside it', () => {
    expect(found('A statement of the U.S. Department of State followed.')).toEqual([
      'us-state-department:U.S. Department of State',
    ]);
    expect(found('La Cour constitutionnelle d’Arménie a statué.')).toEqual([
      'armenia-constitutional-court:Cour constitutionnelle d’Arménie',
    ]);
  });
});
