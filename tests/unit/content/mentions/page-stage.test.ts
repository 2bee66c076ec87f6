import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageStage } from '../../../../src/content/mentions/page-stage.ts';
import type { StageBlock } from '../../../../src/content/mentions/page-stage.ts';
import { readBlock } from '../../../../src/content/mentions/read-block.ts';
import type { MentionRole } from '../../../../src/content/mentions/read-block.ts';
import { ctx, matcher, page, rules } from '../support/stage-page.ts';

describe('the page stage', () => {
  it('gives a bare surname to the nearest earlier full name, someone else included', () => {
    const { found } = page([
      'Soldier remembered',
      'On Monday the soldier Karen Mirzoyan was buried.',
      'Mirzoyan served in the army; Ararat Mirzoyan sent condolences.',
      'Mirzoyan, the foreign minister, spoke.',
    ]);
    expect(found).toEqual(['ararat-mirzoyan:Ararat Mirzoyan', 'ararat-mirzoyan:Mirzoyan']);
  });

  it('keeps a biography’s subject, named in full at its head, for the surnames that follow', () => {
    const { found } = page([
      'Heydar Aliyev',
      'Aliyev led Soviet Azerbaijan; his son Ilham Aliyev succeeded him in 2003.',
      'Aliyev died in 2003.',
    ]);
    expect(found.filter((f) => f.endsWith(':Aliyev'))).toEqual([
      'heydar-aliyev:Aliyev',
      'heydar-aliyev:Aliyev',
    ]);
    expect(found).toContain('ilham-aliyev:Ilham Aliyev');
  });

  it('takes a headline’s bare surname for the person the text then names in full', () => {
    const { found } = page([
      'Aliyev wins gold in Konya',
      'Olympic medalist Haji Aliyev won the 65kg final.',
    ]);
    expect(found.some((f) => f.startsWith('ilham-aliyev'))).toBe(false);
  });

  it('knows our people by a given name or its initial, and others by theirs', () => {
    // Our person's initial belongs to the name the reader sees, spaced or glued to it.
    expect(
      page(['Talks', 'Yesterday I. Aliyev and N. Pashinyan met at the border for the talks.'])
        .found,
    ).toEqual(['ilham-aliyev:I. Aliyev', 'nikol-pashinyan:N. Pashinyan']);
    expect(page(['Görüş', 'E.Blinken qeyd edib ki, C.Bayramovla görüşüb.']).found).toEqual([
      'antony-blinken:E.Blinken',
      'jeyhun-bayramov:C.Bayramovla',
    ]);
    expect(page(['Talks', 'Выступил К. Мирзоян.']).found).toEqual([]);
    expect(page(['Talks', 'President Aliyev and Prime Minister Pashinyan met.']).found).toEqual([
      'ilham-aliyev:Aliyev',
      'nikol-pashinyan:Pashinyan',
    ]);
  });

  it('knows a title in any case form, and a given name only in the surname’s script', () => {
    expect(
      page(['Встреча', 'Стороны выразили благодарность Госсекретарю США за организацию встречи.'])
        .found,
    ).toEqual(['united-states:США']);
    expect(
      page([
        'Блинкен приветствовал диалог',
        'Госсекретарь США Энтони Блинкен прокомментировал встречу.',
        'На странице в Twitter Блинкен отметил, что диалог важен.',
      ]).found.filter((f) => f.startsWith('antony-blinken')),
    ).toEqual([
      'antony-blinken:Блинкен',
      'antony-blinken:Энтони Блинкен',
      'antony-blinken:Блинкен',
    ]);
  });

  it('never paints a place inside the name of an institution or polity we do not have', () => {
    // The places found in the second line (the adjective "Soviet" is a demonym, not a place).
    const names = (line: string) =>
      page(['Ilham Aliyev and Nikol Pashinyan met in Yerevan.', line])
        .found.slice(3)
        .filter((f) => !f.startsWith('soviet-union'));
    expect(names('He studied at the Azerbaijan State University before 1950.')).toEqual([]);
    expect(names('She chairs the New Azerbaijan Party, the ruling party.')).toEqual([]);
    expect(names('He led the Communist Party of Azerbaijan and the Azerbaijan SSR.')).toEqual([]);
    expect(names('He was head of the Soviet Republic of Azerbaijan from 1969.')).toEqual([]);
    expect(names('Она выступила в Национальном собрании Армении и в посольстве Армении.')).toEqual(
      [],
    );
    expect(names('O, Azərbaycan Dövlət Universitetini bitirib.')).toEqual([]);
    expect(names('Il a parlé devant l’Assemblée nationale d’Arménie hier.')).toEqual([]);
    expect(names('Նա ավարտել է Երևանի կոնսերվատորիան։')).toEqual([]);
    expect(names('He chairs the Azerbaijan State Oil Company, which met on Monday.')).toEqual([]);
    expect(
      names(
        'The Government of the Republic of Armenia and the Prime Minister’s Office of Armenia replied.',
      ),
    ).toEqual([]);
    // A possessive names the place itself.
    expect(names('Armenia’s Armed Forces attacked, he said.')).toEqual(['armenia:Armenia']);
    expect(names('Il parle de « l’Azerbaïdjan occidentale » encore.')).toEqual([]);
    // A qualifier before the place makes another one: the irredentist "Western Azerbaijan".
    expect(names('He spoke of “Western Azerbaijan” again.')).toEqual([]);
    expect(names('Նա կրկին խոսեց «Արևմտյան Ադրբեջանի» մասին։')).toEqual([]);
    expect(names('Armenia’s Prime Minister spoke in western Azerbaijan.')).toEqual([
      'armenia:Armenia',
      'azerbaijan:Azerbaijan',
    ]);
    // Titles and ordinary nouns around a country leave it a mention.
    expect(names('The third president of Azerbaijan spoke about Armenia’s borders.')).toEqual([
      'azerbaijan:Azerbaijan',
      'armenia:Armenia',
    ]);
    expect(names('Он приехал в Армению; судьба Армении решается в Баку.')).toEqual([
      'armenia:Армению',
      'armenia:Армении',
      'baku:Баку',
    ]);
  });

  it('reads no short acronym inside a headline set in capitals', () => {
    expect(page(['L’ARMÉNIE PROPOSE À L’AZERBAÏDJAN UN NOUVEAU TRAITÉ DE PAIX']).found).toEqual([
      'armenia:ARMÉNIE',
      'azerbaijan:AZERBAÏDJAN',
    ]);
    expect(page(['Talks', 'The UN and the US welcomed the talks in NEW YORK.']).found).toEqual([
      'united-nations:UN',
      'united-states:US',
      'new-york-city:NEW YORK',
    ]);
  });

  it('does not take sentence-initial words or a Title Case headline for given names', () => {
    expect(page(['News', 'Слова Алиева вызвали реакцию.']).found).toEqual(['ilham-aliyev:Алиева']);
    expect(page(['News', 'Yesterday. Armenia replied. Then Aliyev spoke.']).found).toContain(
      'ilham-aliyev:Aliyev',
    );
    expect(page(['Armenia Slams Aliyev Over Threats']).found).toContain('ilham-aliyev:Aliyev');
  });

  it('reads a country or city after a given name as a surname, a place before a name as part of it', () => {
    expect(
      page([
        'Racing',
        'In 2003 the founder’s grandson Brian France became chairman of the racing series.',
      ]).found,
    ).toEqual([]);
    expect(
      page(['Wrestling', 'On the second day Jabrayil Hasanov won his third title in the final.'])
        .found,
    ).toEqual([]);
  });

  it('reads the other senses the dataset lists: a metonym’s city, a UN body named whole', () => {
    const found = (text: string) => page(['News', text]).found;
    expect(found('The talks in Washington began; Washington said it was encouraged.')).toEqual([
      'united-states:Washington',
    ]);
    expect(found('Our Washington correspondent reports from Washington, D.C.')).toEqual([]);
    expect(found('le Conseil de sécurité de l’ONU et l’ONU')).toEqual(['united-nations:ONU']);
    expect(found('The UN Security Council met; the UN called for calm.')).toEqual([
      'united-nations:UN',
    ]);
  });

  it('does not fold a word with accents onto an unaccented alias of a language we do not read', () => {
    const found = (text: string) => page(['News', text]).found;
    // "Armenien" is German: the French adjective and plural are not the country.
    expect(found('Le Premier ministre arménien et 200 Arméniens sont partis.')).toEqual([]);
    expect(found('Die Regierung von Armenien und die Arménie.')).toEqual([
      'armenia:Armenien',
      'armenia:Arménie',
    ]);
  });

  it('ignores names inside addresses, handles and hashtags', () => {
    const { found } = page([
      'Links',
      'See https://example.com/aliyev-threatens-armenia and wiki/Brian_France, @Pashinyan, #Artsakh, press@armenia.am or news.am/yerevan.',
    ]);
    expect(found).toEqual([]);
    // Punctuation around a name is not an address.
    expect(page(['Links', '«Aliyev», (Pashinyan). “Mirzoyan”…']).found).toEqual([
      'ilham-aliyev:Aliyev',
      'nikol-pashinyan:Pashinyan',
      'ararat-mirzoyan:Mirzoyan',
    ]);
  });

  it('is on the story once two story entities are named outside the furniture', () => {
    expect(page(['Menu', 'Armenia · Azerbaijan · France'], new Set([1])).stage.onStory).toBe(false);
    expect(page(['Sport', 'Azerbaijan won two golds.']).stage.onStory).toBe(false);
    expect(page(['Talks', 'Aliyev threatened Armenia.']).stage.onStory).toBe(true);
  });

  it('counts a capital and its country as one place', () => {
    expect(
      page(['Travel', 'The Yerevan Brandy Company is the pride of Armenia; visit Yerevan.']).stage
        .onStory,
    ).toBe(false);
    expect(page(['News', 'Yerevan replied to Azerbaijan.']).stage.onStory).toBe(true);
  });

  it('keeps a place in the Azerbaijani genitive before the name of what it holds', () => {
    expect(
      page(['Xəbər', 'Prezident Əliyev: Cəbrayıl rayonunun Cocuq Mərcanlı kəndi azad edildi.'])
        .found,
    ).toEqual(['ilham-aliyev:Əliyev', 'jabrayil:Cəbrayıl rayonunun']);
    expect(
      page(['Xəbər', 'Prezident Əliyev dedi ki, Bakı Dövlət Universiteti açıqdır.']).found,
    ).toEqual(['ilham-aliyev:Əliyev']);
  });

  it('counts the story’s countries towards the decision, but not general names', () => {
    expect(page(['News', 'Armenia and Azerbaijan signed.']).stage.onStory).toBe(true);
    expect(
      page(['News', 'France and the United States signed; Armenia watched.']).stage.onStory,
    ).toBe(false);
    expect(page(['News', 'Azerbaijan beat France.']).found).toEqual([
      'azerbaijan:Azerbaijan',
      'france:France',
    ]);
  });

  it('gives a place’s short name to the club a page names, and back to the region after it', () => {
    expect(
      page([
        'Champions League',
        'FC Qarabag beat Benfica. Qarabag will host Copenhagen; «Карабах» won.',
        'Nagorno-Karabakh is a region; Karabakh was fought over.',
      ]).found,
    ).toEqual([
      'qarabag-fk:FC Qarabag',
      'qarabag-fk:Qarabag',
      'qarabag-fk:Карабах',
      'nagorno-karabakh:Nagorno-Karabakh',
      'nagorno-karabakh:Karabakh',
    ]);
    // Quotation marks on both sides name the club; one alone does not.
    expect(page(['News', '«Карабах — это Азербайджан», сказал он.']).found).toContain(
      'nagorno-karabakh:Карабах',
    );
    expect(page(['Sport', '“Qarabağ”ın 11-ci çempionluğudur.']).found).toEqual([
      'qarabag-fk:Qarabağ',
    ]);
    expect(page(['News', 'Karabakh was fought over.']).found).toEqual([
      'nagorno-karabakh:Karabakh',
    ]);
  });

  it('re-resolves when a full name arrives later in the document, and decides again on reset', () => {
    const stage = new PageStage<number>(rules, (a, b) => a - b);
    const set = (i: number, text: string) =>
      stage.set(i, {
        mentions: readBlock(text, matcher.find(text), ctx),
        head: false,
        boilerplate: false,
      });
    set(5, 'Mirzoyan spoke.');
    stage.update([5]);
    expect(stage.mentionsOf(5).map((m) => m.entity)).toEqual(['ararat-mirzoyan']);
    set(2, 'They buried the soldier Karen Mirzoyan.');
    const { changed } = stage.update([2]);
    expect([...changed]).toContain(5);
    expect(stage.mentionsOf(5)).toEqual([]);
    expect(stage.onStory).toBe(false);
    set(7, 'Ilham Aliyev threatened Armenia.');
    expect(stage.update([7]).turnedOnStory).toBe(true);
    stage.delete(7);
    stage.reset();
    expect(stage.onStory).toBe(false);
  });
});

describe('the page stage, updated block by block', () => {
  const mentionArb = fc.record({
    group: fc.constantFrom('ilham-aliyev', 'ararat-mirzoyan', 'nagorno-karabakh'),
    role: fc.constantFrom('full', 'other', 'surname', 'plain') as fc.Arbitrary<MentionRole>,
  });
  const blockArb = fc.record({
    mentions: fc.array(mentionArb, { maxLength: 3 }),
    head: fc.boolean(),
  });
  const opArb = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), key: fc.nat(30), block: blockArb }),
    fc.record({ kind: fc.constant('delete' as const), key: fc.nat(30) }),
    fc.record({ kind: fc.constant('update' as const) }),
  );
  const stageBlock = (spec: {
    mentions: { group: string; role: MentionRole }[];
    head: boolean;
  }): StageBlock => ({
    head: spec.head,
    boilerplate: false,
    mentions: spec.mentions.map((m, i) => ({
      entity:
        m.role === 'full' && m.group === 'nagorno-karabakh' && i % 2 === 1 ? 'qarabag-fk' : m.group,
      start: i * 10,
      end: i * 10 + 5,
      role: m.role,
      ...(m.role === 'plain' ? {} : { group: m.group }),
    })),
  });

  it('settles every block as a fresh stage given the same blocks would', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const stage = new PageStage<number>(rules, (a, b) => a - b);
        const final = new Map<number, StageBlock>();
        for (const op of ops) {
          if (op.kind === 'set') {
            const block = stageBlock(op.block);
            stage.set(op.key, block);
            final.set(op.key, block);
          } else if (op.kind === 'delete') {
            stage.delete(op.key);
            final.delete(op.key);
          } else {
            stage.update(final.keys());
          }
        }
        stage.update(final.keys());
        const fresh = new PageStage<number>(rules, (a, b) => a - b);
        for (const [key, block] of final) fresh.set(key, block);
        fresh.update(final.keys());
        for (const key of final.keys())
          expect(stage.mentionsOf(key)).toEqual(fresh.mentionsOf(key));
      }),
      { numRuns: 2000 },
    );
  });
});
