/**
 * What the extension ships about each entity, quote and source: the shape the build compiles
 * the dataset into, that the card, the popup and the messages carry. Types only, so that
 * runtime code depends on this file and never on the build-time compiler.
 */
import type { ContestedName, Fact, Source } from './schema.ts';
import type { EntityScope, EntityType } from './kinds.ts';

/** Everything a card shows about one entity, with its quotes resolved to ids. */
export interface CardEntity {
  readonly id: string;
  readonly type: EntityType;
  /** Look-alikes count as general: painted, like the US or France, only on pages on the story. */
  readonly scope: EntityScope;
  readonly name: string;
  readonly description: string;
  readonly background: string;
  readonly contestedNames: readonly ContestedName[];
  readonly facts: readonly Fact[];
  readonly dates?: { readonly start?: string; readonly end?: string };
  readonly related: readonly string[];
  readonly link: string;
  /** Every alias text, including ones yielded to another entity: for the popup's search. */
  readonly names: readonly string[];
  readonly lookalike: boolean;
  readonly lookalikeOf: readonly string[];
  /** Ids of the quotes it said (alone or jointly), oldest first. */
  readonly quotesBy: readonly string[];
  /** Ids of the quotes by others that mention it or were said at it, oldest first. */
  readonly quotesAbout: readonly string[];
}

export interface CardQuote {
  readonly id: string;
  readonly speaker: string;
  readonly coSpeakers: readonly string[];
  readonly text: string;
  readonly date: string;
  readonly occasion: string;
  readonly event?: string;
  readonly mentions: readonly string[];
  readonly source: string;
  readonly fragmentOf?: string;
  readonly note?: string;
}

/** One dated event or document on the popup's timeline. */
export interface TimelineItem {
  readonly entity: string;
  readonly name: string;
  readonly type: EntityType;
  readonly start: string;
  readonly end?: string;
}

export interface CardData {
  readonly meta: {
    readonly version: string;
    readonly asOf: string;
    readonly title: string;
    readonly article: string;
  };
  readonly entities: Readonly<Record<string, CardEntity>>;
  readonly quotes: Readonly<Record<string, CardQuote>>;
  readonly sources: Readonly<Record<string, Source>>;
  readonly timeline: readonly TimelineItem[];
}
