/**
 * Groups the content script's profiled self time by what the code does, from the source file
 * each sample's function (or the function of ours that called a built-in) comes from.
 */
import type { HotFunction } from './profile.ts';

export const AREAS = ['walk the DOM', 'match text', 'paint and index', 'other'] as const;
export type Area = (typeof AREAS)[number];

// Reading the page: the walker, its frames and rules, the registry of blocks, mutation handling
// and the slicing it runs in.
const WALK = new Set([
  'text-walker',
  'collect-text',
  'walk-frame',
  'block-boundary',
  'skip-rules',
  'shadow-root-of',
  'block-registry',
  'block-changes',
  'update-blocks',
  'mutation-buffer',
  'watch-mutations',
  'work-scheduler',
  'page-clock',
  'token-bucket',
]);
// What follows a block's matches: ranges, the mention index, the painters.
const PAINT = new Set([
  'start-content',
  'block-range',
  'page-mentions',
  'viewport-painter',
  'paint-highlights',
  'paint-fallback',
]);

/** The area of one label of ProfileView.hotFunctions ("name (src/…/file.ts:line)"). */
export function areaOf(label: string): Area {
  const source = /\((src\/[^:()]+)\.tsx?:\d+\)\s*$/.exec(label)?.[1];
  if (source === undefined) return 'other';
  if (source.startsWith('src/core/')) return 'match text';
  const file = source.slice(source.lastIndexOf('/') + 1);
  if (WALK.has(file)) return 'walk the DOM';
  if (PAINT.has(file)) return 'paint and index';
  return 'other';
}

export function byArea(hot: readonly HotFunction[]): Record<Area, number> {
  const out = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<Area, number>;
  for (const h of hot) out[areaOf(h.label)] += h.selfMs;
  return out;
}
