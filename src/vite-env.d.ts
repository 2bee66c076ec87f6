/// <reference types="vite/client" />

/** True only in the benchmark build (BACKSTORY_BENCH=1): enables performance marks. */
declare const __BACKSTORY_BENCH__: boolean;

declare module 'virtual:backstory-data' {
  import type { CardData } from './core/compile-dataset.ts';
  import type { CompiledMatcher } from './core/compile-matcher.ts';
  export const matcherTables: CompiledMatcher;
  export const cardData: CardData;
}
