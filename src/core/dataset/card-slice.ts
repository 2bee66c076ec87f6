/**
 * The part of the card data one card needs: the entity, everyone and everything the card names
 * (related chips, quote speakers, look-alike targets), its quotes and their sources. The content
 * script asks the background for a slice when a card opens, so the full card data (most of the
 * dataset's weight) never has to be bundled into a script that runs on every page.
 */
import type { CardData, CardEntity } from './card-data.ts';

export function cardSlice(data: CardData, id: string): CardData | null {
  const entity = data.entities[id];
  if (!entity) return null;
  const quoteIds = [...entity.quotesBy, ...entity.quotesAbout];
  const quotes = Object.fromEntries(
    quoteIds.flatMap((q) => (data.quotes[q] ? [[q, data.quotes[q]] as const] : [])),
  );
  const named = new Set<string>([id, ...entity.related, ...entity.lookalikeOf]);
  for (const q of Object.values(quotes)) {
    named.add(q.speaker);
    for (const c of q.coSpeakers) named.add(c);
  }
  const entities: Record<string, CardEntity> = {};
  for (const n of named) {
    const e = data.entities[n];
    if (e) entities[n] = e;
  }
  const sources = Object.fromEntries(
    Object.values(quotes).flatMap((q) =>
      data.sources[q.source] ? [[q.source, data.sources[q.source]!] as const] : [],
    ),
  );
  return { meta: data.meta, entities, quotes, sources, timeline: [] };
}

/** A light structural check of a slice received in a message (it comes from our background). */
export function isCardData(value: unknown): value is CardData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const isMap = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
  return (
    isMap(v.meta) &&
    isMap(v.entities) &&
    isMap(v.quotes) &&
    isMap(v.sources) &&
    Array.isArray(v.timeline) &&
    typeof (v.meta as Record<string, unknown>).version === 'string'
  );
}
