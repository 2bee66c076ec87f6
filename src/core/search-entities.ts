/**
 * The popup's search: finds entities by any of their names, in any script, ignoring case,
 * accents and typographic variants the same way the matcher does ("aliev", "Əliyev", "алиев"
 * all find Ilham Aliyev). Prefix matches of any word of a name count, best matches first.
 */
import { foldKey } from './matcher/normalize.ts';

export interface Searchable {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
}

export interface SearchIndex {
  search(query: string, limit?: number): string[];
}

export function createSearchIndex(entities: readonly Searchable[]): SearchIndex {
  const rows = entities.map((e) => ({
    id: e.id,
    keys: [...new Set([e.name, ...e.names].map((n) => foldKey(n).key).filter(Boolean))],
  }));
  return {
    search(query, limit = 12) {
      const q = foldKey(query).key;
      if (!q) return [];
      const scored: Array<[string, number]> = [];
      for (const row of rows) {
        let best = Infinity;
        for (const key of row.keys) {
          if (key === q) best = Math.min(best, 0);
          else if (key.startsWith(q)) best = Math.min(best, 1);
          else if (key.includes(' ' + q)) best = Math.min(best, 2);
          else if (key.includes(q)) best = Math.min(best, 3);
        }
        if (best < Infinity) scored.push([row.id, best]);
      }
      return scored
        .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([id]) => id);
    },
  };
}
