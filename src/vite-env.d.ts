/// <reference types="vite/client" />

/** True only in the benchmark build (BACKSTORY_BENCH=1): enables performance marks. */
declare const __BACKSTORY_BENCH__: boolean;

/** True only in the benchmark's baseline build without the page stage (BACKSTORY_NO_STAGE=1). */
declare const __BACKSTORY_NO_STAGE__: boolean;

declare module 'virtual:backstory-data' {
  import type { CardData } from './core/dataset/card-data.ts';
  export const cardData: CardData;
}

declare module 'virtual:backstory-matcher' {
  import type { CompiledMatcher } from './core/matcher/compile.ts';
  import type { EntityType } from './core/dataset/kinds.ts';
  import type { PageRules } from './core/dataset/page-rules.ts';
  export const matcherTables: CompiledMatcher;
  /** Entity id → type, for every entity the matcher can report. */
  export const typeOfEntity: Readonly<Record<string, EntityType>>;
  /** What the page stage needs of the dataset: scopes, people, titles, other senses. */
  export const pageRules: PageRules;
}
