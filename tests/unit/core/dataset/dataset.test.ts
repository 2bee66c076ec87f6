import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from '../../../../scripts/lib/load-dataset.ts';
import { aliasKey } from '../../../../src/core/dataset/alias-key.ts';
import type { Dataset, Entity } from '../../../../src/core/dataset/schema.ts';
import { formatProblems, validateDataset } from '../../../../src/core/dataset/validate.ts';

const article = readFileSync('tests/fixtures/article.txt', 'utf8');

function shipped(): Dataset {
  const result = validateDataset(loadDatasetFiles('assets/dataset'));
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.dataset;
}

const dataset = shipped();
const byId = new Map<string, Entity>(dataset.entities.map((e) => [e.id, e]));
const ours = dataset.entities.filter((e) => !e.lookalike);

/** The ids the issue names; they are stable forever. */
const requiredIds = [
  'ilham-aliyev',
  'ani-badalyan',
  'antony-blinken',
  'ararat-mirzoyan',
  'jeyhun-bayramov',
  'emmanuel-macron',
  'nikol-pashinyan',
  'armenia',
  'azerbaijan',
  'nagorno-karabakh',
  'jabrayil',
  'baku',
  'yerevan',
  'france',
  'russia',
  'new-york-city',
  'elysee-palace',
  'united-states',
  'armenia-foreign-ministry',
  'azerbaijan-foreign-ministry',
  'un-general-assembly',
  'united-nations',
  'us-congress',
  'biden-administration',
  'armenia-constitutional-court',
  'border-delimitation-commissions',
  'armenpress',
  'artsakh-defence-army',
  'second-karabakh-war',
  '2023-karabakh-offensive',
  'cop29',
  'armenia-azerbaijan-peace-process',
  'alma-ata-declaration',
  'unga-79',
];

describe('the shipped dataset', () => {
  it('validates with no problem at all', () => {
    const result = validateDataset(loadDatasetFiles('assets/dataset'));
    expect(result.ok ? [] : formatProblems(result.problems).split('\n')).toEqual([]);
  });

  it('has every entity id the issue requires, as one of our own entities', () => {
    const missing = requiredIds.filter((id) => !byId.has(id) || byId.get(id)?.lookalike);
    expect(missing).toEqual([]);
  });

  it('records a version and an as-of date', () => {
    expect(dataset.meta.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(dataset.meta.asOf).toBe('2026-02-20');
    expect(dataset.sources[dataset.meta.article]?.publisher).toBe('The California Courier');
  });

  it('cites an http(s) source for every fact', () => {
    const facts = dataset.entities.flatMap((e) => e.facts.map((f) => ({ id: e.id, ...f })));
    expect(facts.length).toBeGreaterThan(80);
    expect(facts.filter((f) => !/^https?:\/\/\S+$/.test(f.source))).toEqual([]);
  });

  it('dates the time-sensitive facts the issue names', () => {
    const fact = (id: string, label: string) => byId.get(id)?.facts.find((f) => f.label === label);
    expect(fact('antony-blinken', 'Left office')?.date).toBe('2025-01-20');
    expect(fact('republic-of-artsakh', 'Dissolved')?.date).toBe('2024-01-01');
    expect(fact('armenia-azerbaijan-peace-treaty', 'Initialled')?.date).toBe('2025-08-08');
    const status = fact('armenia-azerbaijan-peace-treaty', 'Status');
    expect(status?.timeSensitive).toBe(true);
    expect(status?.asOf).toBeDefined();
    for (const id of ['ilham-aliyev', 'nikol-pashinyan', 'emmanuel-macron', 'ararat-mirzoyan']) {
      expect(byId.get(id)?.facts.some((f) => f.timeSensitive && f.asOf)).toBe(true);
    }
  });
});

describe('quotes', () => {
  const quoted = [...article.matchAll(/“([^”]*)”/g)].map((m) => m[1]);

  it('are each found verbatim in the article, between its quotation marks', () => {
    const notFound = dataset.quotes.filter((q) => !article.includes(`“${q.text}”`));
    expect(notFound.map((q) => q.id)).toEqual([]);
  });

  it('are every quotation of the article, in the article’s order and split', () => {
    expect(dataset.quotes.map((q) => q.text)).toEqual(quoted);
  });

  it('are attributed to Aliyev, Badalyan or the two foreign ministers', () => {
    const speakers = new Set(dataset.quotes.map((q) => q.speaker));
    expect([...speakers].sort()).toEqual(['ani-badalyan', 'ararat-mirzoyan', 'ilham-aliyev']);
    const joint = dataset.quotes.find((q) => q.text === 'make additional efforts');
    expect(joint?.coSpeakers).toEqual(['jeyhun-bayramov']);
  });

  it('give Aliyev’s the Jabrayil speech and Badalyan’s the Armenpress comments', () => {
    for (const quote of dataset.quotes) {
      if (quote.speaker === 'ilham-aliyev') expect(quote.event).toBe('jabrayil-speech-2024');
      if (quote.speaker === 'ani-badalyan') expect(quote.occasion).toMatch(/Armenpress/);
      expect(quote.source).toBe(dataset.meta.article);
    }
  });
});

describe('aliases', () => {
  const aliasesOf = (id: string) => byId.get(id)?.aliases ?? [];
  const owner = new Map<string, string>();
  for (const entity of dataset.entities) {
    for (const alias of entity.aliases) {
      if (!alias.yieldsTo) owner.set(aliasKey(alias.text), entity.id);
    }
  }

  it.each([
    ['Jebrail', 'jabrayil'],
    ['Armepress', 'armenpress'],
    ['Elysee Palace', 'elysee-palace'],
    ['Artsakh Armed Forces', 'artsakh-defence-army'],
    ['second Karabakh war', 'second-karabakh-war'],
    ['Biden Administration', 'biden-administration'],
    ['Armenia’s Constitutional Court', 'armenia-constitutional-court'],
    ['Armenia’s foreign ministry', 'armenia-foreign-ministry'],
    ['79th session of the UN General Assembly', 'unga-79'],
    ['Alma-Ata Declaration', 'alma-ata-declaration'],
    ['border delimitation commissions', 'border-delimitation-commissions'],
    ['Artsakh', 'nagorno-karabakh'],
    ['Haut-Karabakh', 'nagorno-karabakh'],
    ['Berg-Karabach', 'nagorno-karabakh'],
    ['Нагорный Карабах', 'nagorno-karabakh'],
    ['Cəbrayıl', 'jabrayil'],
    ['İlham Əliyev', 'ilham-aliyev'],
    ['Իլհամ Ալիև', 'ilham-aliyev'],
    ['Ильхам Алиев', 'ilham-aliyev'],
    ['Heydar Aliyev', 'heydar-aliyev'],
    ['Heydar Aliyev Center', 'heydar-aliyev-center'],
    ['Brigitte Macron', 'brigitte-macron'],
    ['Champs-Élysées', 'champs-elysees'],
  ])('%s names %s', (text, id) => {
    expect(owner.get(aliasKey(text))).toBe(id);
  });

  it('give every person of ours a name in Armenian, Russian and Latin script', () => {
    const people = ours.filter((e) => e.type === 'person');
    for (const person of people) {
      const langs = new Set(aliasesOf(person.id).map((a) => a.lang));
      expect([person.id, langs.has('hy'), langs.has('ru'), langs.has('en')]).toEqual([
        person.id,
        true,
        true,
        true,
      ]);
    }
    expect(aliasesOf('ilham-aliyev').some((a) => a.lang === 'az')).toBe(true);
    expect(aliasesOf('jeyhun-bayramov').some((a) => a.lang === 'az')).toBe(true);
  });

  it('mark bare surnames, demonyms and metonyms as weak', () => {
    const weak = (id: string, text: string) => aliasesOf(id).find((a) => a.text === text)?.weak;
    expect(weak('ilham-aliyev', 'Aliyev')).toBe('surname');
    expect(weak('ilham-aliyev', 'Алиев')).toBe('surname');
    expect(weak('antony-blinken', 'Blinken')).toBe('surname');
    expect(weak('armenia', 'Armenian')).toBe('demonym');
    expect(weak('azerbaijan', 'Azerbaijani')).toBe('demonym');
    expect(weak('united-states', 'Washington')).toBe('metonym');
    // Yerevan and Baku are the cities themselves: not weak, even when they stand for governments.
    expect(weak('yerevan', 'Yerevan')).toBeUndefined();
    expect(weak('baku', 'Baku')).toBeUndefined();
  });

  it('make acronyms case-sensitive', () => {
    const acronyms = dataset.entities.flatMap((e) =>
      e.aliases.filter((a) => /^[\p{Lu}.]{2,5}$/u.test(a.text) && !a.caseSensitive),
    );
    expect(acronyms).toEqual([]);
  });
});

describe('look-alikes', () => {
  it('are marked and point at the entity they could be taken for', () => {
    const lookalikes = dataset.entities.filter((e) => e.lookalike);
    expect(lookalikes.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'heydar-aliyev',
        'mehriban-aliyeva',
        'brigitte-macron',
        'donald-blinken',
        'heydar-aliyev-center',
        'heydar-aliyev-international-airport',
        'champs-elysees',
      ]),
    );
    for (const entity of lookalikes) expect(entity.lookalikeOf?.length).toBeGreaterThan(0);
  });

  it('never share a matchable alias with one of our entities', () => {
    const ourKeys = new Set(ours.flatMap((e) => e.aliases.map((a) => aliasKey(a.text))));
    const shared = dataset.entities
      .filter((e) => e.lookalike)
      .flatMap((e) => e.aliases.filter((a) => !a.yieldsTo && ourKeys.has(aliasKey(a.text))));
    expect(shared).toEqual([]);
  });
});
