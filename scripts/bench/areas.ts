/**
 * Groups the content script's profiled self time by what the code does, from the source file
 * each sample's function (or the function of ours that called a built-in) comes from.
 */
import type { HotFunction } from './profile.ts';

export const AREAS = ['walk the DOM', 'match text', 'paint and index', 'other'] as const;
export type Area = (typeof AREAS)[number];

// Reading the page: the text stage (walker, frames, rules) and the watch stage (registry of
// blocks, mutation handling and the slicing it runs in), told apart by their folders.
const WALK = ['src/content/text/', 'src/content/watch/'];
// What follows a block's matches: ranges, the mention index, the painters.
const PAINT = [
  'src/content/text/block-range',
  'src/content/mentions/',
  'src/content/paint/',
  'src/content/start-content',
];

/** The area of one label of ProfileView.hotFunctions ("name (src/…/file.ts:line)"). */
export function areaOf(label: string): Area {
  const source = /\((src\/[^:()]+)\.tsx?:\d+\)\s*$/.exec(label)?.[1];
  if (source === undefined) return 'other';
  if (source.startsWith('src/core/')) return 'match text';
  if (PAINT.some((dir) => source.startsWith(dir))) return 'paint and index';
  if (WALK.some((dir) => source.startsWith(dir))) return 'walk the DOM';
  return 'other';
}

export function byArea(hot: readonly HotFunction[]): Record<Area, number> {
  const out = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<Area, number>;
  for (const h of hot) out[areaOf(h.label)] += h.selfMs;
  return out;
}
