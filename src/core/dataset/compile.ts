/**
 * Build-time compilation of a validated dataset into what the extension ships: the flat alias
 * list the matcher compiles into its tables, and the compact data cards and the popup render.
 * Run by the build (scripts/lib/dataset-plugin.ts), never on a page load.
 */
import type { MatchAlias } from '../matcher/types.ts';
import { classicalArmenian, westernPhrases } from './western-armenian.ts';
import type { Dataset, Entity, Quote } from './schema.ts';
import type { CardData, CardEntity, CardQuote, TimelineItem } from './card-data.ts';

const LATIN_NAME = /^[A-Za-z][A-Za-z .'’-]*$/u;

/** Each one-word reformed Armenian name (lower case) → the entity's one-word `hyw` names. */
function westernNames(dataset: Dataset): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const entity of dataset.entities) {
    const one = (lang: string) =>
      entity.aliases
        .filter((a) => a.lang === lang && !a.caseSensitive && !/\s/u.test(a.text))
        .map((a) => a.text.toLocaleLowerCase('hy'));
    const wests = one('hyw');
    if (wests.length === 0) continue;
    for (const east of one('hy')) names.set(east, wests);
  }
  return names;
}

/**
 * The other Latin spellings of an Armenian surname the press uses: -yan and -ian (Pashinyan,
 * Pashinian), and in French ch for sh (Pachinyan, Pachinian). Other names are left alone.
 */
export function armenianSurnameSpellings(text: string, lang: string): string[] {
  const words = text.split(' ');
  const last = words[words.length - 1] ?? '';
  const match = /^(.{3,})([iy])an$/u.exec(last);
  if (match === null || !LATIN_NAME.test(text)) return [];
  const stem = match[1] ?? '';
  const stems = new Set([stem]);
  if (lang === 'fr') for (const s of [...stems]) stems.add(s.replace(/sh/gu, 'ch'));
  const out = new Set<string>();
  for (const s of stems) {
    for (const g of ['y', 'i']) out.add([...words.slice(0, -1), `${s}${g}an`].join(' '));
  }
  out.delete(text);
  return [...out];
}

/** An English alias the Azerbaijani press also writes as it is. */
function azerbaijaniTwin(entity: Entity, alias: Entity['aliases'][number]): boolean {
  if (alias.lang !== 'en' || alias.caseSensitive === true || !LATIN_NAME.test(alias.text)) {
    return false;
  }
  if (alias.weak !== undefined && alias.weak !== 'surname') return false;
  if (entity.lookalike === true) return entity.type === 'person';
  return entity.type === 'person' || (entity.type === 'place' && entity.scope !== 'general');
}

/**
 * The matcher's input: every alias of every entity (look-alikes under their own ids, so the
 * longer name wins and reports the look-alike), then every blocking phrase with `block: true`.
 * Aliases that yield to another entity are left out: that entity takes the match.
 */
export function toMatchAliases(dataset: Dataset): MatchAlias[] {
  const aliases: MatchAlias[] = [];
  const western = westernNames(dataset);
  for (const entity of dataset.entities) {
    const azerbaijani = new Set(
      entity.aliases.filter((a) => a.lang === 'az').map((a) => a.text.toLocaleLowerCase('az')),
    );
    const written = new Set(entity.aliases.map((a) => a.text.toLowerCase()));
    for (const alias of entity.aliases) {
      if (alias.yieldsTo !== undefined) continue;
      const match: MatchAlias = {
        entity: entity.id,
        text: alias.text,
        lang: alias.lang,
        caseSensitive: alias.caseSensitive ?? false,
        ...(alias.weak ? { weak: alias.weak } : {}),
        ...(alias.context ? { context: alias.context } : {}),
      };
      aliases.push(match);
      // The diaspora press writes every Armenian name in the classical spelling, with Western
      // endings (Երեւանէն); the twin carries both, even where the spelling is the same.
      if (alias.lang === 'hy' && !match.caseSensitive) {
        const classical = classicalArmenian(alias.text) ?? alias.text.toLocaleLowerCase('hy');
        for (const text of [classical, ...westernPhrases(classical, western)]) {
          aliases.push({ ...match, text, lang: 'hyw' });
        }
      }
      // The Azerbaijani press writes our people and the region's places in their Latin spelling
      // with its own endings ("Mirzoyanla", "Blinkenin", "Yerevanda"); general names have
      // Azerbaijani aliases of their own, and English words must not take these endings.
      if (azerbaijaniTwin(entity, alias) && !azerbaijani.has(alias.text.toLocaleLowerCase('az'))) {
        aliases.push({ ...match, lang: 'az' });
      }
      if (entity.type === 'person' && (alias.lang === 'en' || alias.lang === 'fr')) {
        for (const text of armenianSurnameSpellings(alias.text, alias.lang)) {
          if (!written.has(text.toLowerCase())) aliases.push({ ...match, text });
        }
      }
    }
  }
  for (const phrase of dataset.blocking) {
    aliases.push({
      entity: '',
      text: phrase.text,
      lang: phrase.lang,
      caseSensitive: phrase.caseSensitive ?? false,
      block: true,
    });
  }
  return aliases;
}

function toCardQuote(quote: Quote): CardQuote {
  const { coSpeakers = [], ...rest } = quote;
  return { ...rest, coSpeakers };
}

/** Quotes oldest first; quotes of one day keep the article's order. */
function chronological(quotes: readonly Quote[]): Quote[] {
  return quotes
    .map((quote, index) => ({ quote, index }))
    .sort((a, b) => a.quote.date.localeCompare(b.quote.date) || a.index - b.index)
    .map(({ quote }) => quote);
}

function toCardEntity(entity: Entity, quotes: readonly Quote[]): CardEntity {
  // A fragment the article quotes before the full sentence would show the same words twice.
  const full = quotes.filter((q) => q.fragmentOf === undefined);
  const saidBy = (q: Quote) => q.speaker === entity.id || (q.coSpeakers ?? []).includes(entity.id);
  return {
    id: entity.id,
    type: entity.type,
    scope: entity.scope ?? 'general',
    name: entity.name,
    description: entity.description,
    background: entity.background,
    contestedNames: entity.contestedNames ?? [],
    facts: entity.facts,
    ...(entity.dates ? { dates: entity.dates } : {}),
    related: entity.related,
    link: entity.link,
    names: entity.aliases.map((alias) => alias.text),
    lookalike: entity.lookalike ?? false,
    lookalikeOf: entity.lookalikeOf ?? [],
    quotesBy: full.filter(saidBy).map((q) => q.id),
    quotesAbout: full
      .filter((q) => !saidBy(q) && (q.mentions.includes(entity.id) || q.event === entity.id))
      .map((q) => q.id),
  };
}

function toTimeline(entities: readonly Entity[]): TimelineItem[] {
  return entities
    .flatMap((entity) => {
      const start = entity.dates?.start;
      if (entity.lookalike || start === undefined) return [];
      const end = entity.dates?.end;
      const item: TimelineItem = { entity: entity.id, name: entity.name, type: entity.type, start };
      return [end === undefined || end === start ? item : { ...item, end }];
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.entity.localeCompare(b.entity));
}

/** The compact, pre-indexed data the hover card and the popup render from. */
export function toCardData(dataset: Dataset): CardData {
  const quotes = chronological(dataset.quotes);
  const { version, asOf, title, article } = dataset.meta;
  return {
    meta: { version, asOf, title, article },
    entities: Object.fromEntries(dataset.entities.map((e) => [e.id, toCardEntity(e, quotes)])),
    quotes: Object.fromEntries(quotes.map((q) => [q.id, toCardQuote(q)])),
    sources: dataset.sources,
    timeline: toTimeline(dataset.entities),
  };
}
