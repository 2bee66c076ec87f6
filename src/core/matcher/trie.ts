import { DEGREE_OFFSET, type CompiledMatcher } from './format.ts';

/**
 * The compiled trie decoded into typed arrays: one linear pass, no string building, so that
 * creating a matcher on page load stays cheap.
 */
export interface Trie {
  /** Unit on the edge into each node. */
  readonly unit: Uint16Array;
  /** Children of node i are first[i] … first[i+1]-1, sorted by unit. */
  readonly first: Int32Array;
  /** Records ending at node i are record[outStart[i]] … record[outStart[i+1]-1]. */
  readonly outStart: Int32Array;
  readonly outRecord: Int32Array;
  /**
   * Direct child lookup for the root, where most words are rejected: 0 = no child. It covers
   * units below ROOT_DIRECT (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic); others search.
   */
  readonly root: Int32Array;
}

export const ROOT_DIRECT = 0x800;

/** The child of the root reached by `u`, or 0. */
export function rootChild(trie: Trie, u: number): number {
  if (u < ROOT_DIRECT) return trie.root[u] ?? 0;
  const child = childOf(trie, 0, u);
  return child < 0 ? 0 : child;
}

/** Decodes the trie of a checked CompiledMatcher. */
export function loadTrie(compiled: CompiledMatcher): Trie {
  const nodes = compiled.units.length;
  const unit = new Uint16Array(nodes);
  const first = new Int32Array(nodes + 1);
  let next = 1;
  for (let i = 0; i < nodes; i++) {
    unit[i] = compiled.units.charCodeAt(i);
    first[i] = next;
    next += compiled.degrees.charCodeAt(i) - DEGREE_OFFSET;
  }
  first[nodes] = next;
  const outStart = new Int32Array(nodes + 1);
  const outRecord = new Int32Array(compiled.outputs.length / 2);
  let node = 0;
  for (let k = 0; k < compiled.outputs.length; k += 2) {
    node += compiled.outputs[k] ?? 0;
    outStart[node + 1] = (outStart[node + 1] ?? 0) + 1;
    outRecord[k / 2] = compiled.outputs[k + 1] ?? 0;
  }
  for (let i = 0; i < nodes; i++) outStart[i + 1] = (outStart[i + 1] ?? 0) + (outStart[i] ?? 0);
  const root = new Int32Array(ROOT_DIRECT);
  for (let c = first[0] ?? 1; c < (first[1] ?? 1); c++) {
    const u = unit[c] ?? 0;
    if (u < ROOT_DIRECT) root[u] = c;
  }
  return { unit, first, outStart, outRecord, root };
}

/** The child of `node` reached by `u`, or -1 (binary search among the sorted children). */
export function childOf(trie: Trie, node: number, u: number): number {
  const { unit, first } = trie;
  let lo = first[node] ?? 0;
  let hi = (first[node + 1] ?? 0) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = unit[mid] ?? 0;
    if (m === u) return mid;
    if (m < u) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
