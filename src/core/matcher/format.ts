/**
 * The matcher's tables as compiled at build time: plain JSON (strings and numbers only) so the
 * content script only decodes them on page load.
 *
 * The trie over folded keys is stored breadth-first: node 0 is the root, and the children of
 * node i are the consecutive nodes first(i) … first(i+1)-1, where first() is a running sum of
 * `degrees`. Each node but the root is reached by exactly one unit, so one character per node
 * describes all edges.
 */
export interface CompiledMatcher {
  readonly format: typeof COMPILED_FORMAT;
  /** Entity ids that records point to ('' for pure blocking phrases). */
  readonly entities: readonly string[];
  /** Alias records, RECORD_WIDTH numbers each: entity index, flag bits (FLAG_*), ending set. */
  readonly records: readonly number[];
  /** Per record: '' or, for case-sensitive aliases, '1'/'0' per key unit (upper case or not). */
  readonly masks: readonly string[];
  /**
   * Per record: '' or, for an alias that needs context, the entity indices of which one must be
   * mentioned in the same text, '|'-separated.
   */
  readonly contexts: readonly string[];
  /** Ending sets: what may follow a stem inside the same word, '|'-separated, folded. */
  readonly endings: readonly string[];
  /** Per node: the folded UTF-16 unit on the edge into it (a placeholder for the root). */
  readonly units: string;
  /** Per node: its number of children plus DEGREE_OFFSET, as a character code. */
  readonly degrees: string;
  /**
   * Terminal nodes: pairs of (node id minus the previous pair's node id) and record index, in
   * node order. Differences keep the numbers small, which gzip rewards.
   */
  readonly outputs: readonly number[];
}

export const COMPILED_FORMAT = 2;
export const RECORD_WIDTH = 3;
/** Keeps degree characters printable in JSON (0 children is '0'). */
export const DEGREE_OFFSET = 48;

export const FLAG_BLOCK = 1;
export const FLAG_CASE_SENSITIVE = 2;
/** Weak kind, shifted: 0 = strong. */
export const WEAK_SHIFT = 2;

function fail(reason: string): never {
  throw new Error(`createMatcher: the compiled matcher is invalid: ${reason}`);
}

const isIntArray = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((v) => Number.isInteger(v) && v >= 0);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * Checks the shape of compiled tables (cheap, linear) so that a stale or hand-edited bundle
 * fails loudly at start-up instead of matching nonsense.
 */
export function checkCompiled(value: unknown): asserts value is CompiledMatcher {
  if (typeof value !== 'object' || value === null) fail('expected an object');
  const c = value as Record<string, unknown>;
  if (c.format !== COMPILED_FORMAT) {
    fail(`format is ${String(c.format)}, expected ${COMPILED_FORMAT}: rebuild the dataset`);
  }
  if (!isStringArray(c.entities)) fail('entities must be an array of strings');
  if (!isIntArray(c.records) || c.records.length % RECORD_WIDTH !== 0) {
    fail(`records must hold non-negative integers, ${RECORD_WIDTH} per record`);
  }
  const recordCount = c.records.length / RECORD_WIDTH;
  if (!isStringArray(c.masks) || c.masks.length !== recordCount) {
    fail(`masks must hold one string per record (${recordCount})`);
  }
  if (!isStringArray(c.contexts) || c.contexts.length !== recordCount) {
    fail(`contexts must hold one string per record (${recordCount})`);
  }
  for (let r = 0; r < recordCount; r++) {
    const context = c.contexts[r] ?? '';
    if (context === '') continue;
    for (const part of context.split('|')) {
      if (!/^\d+$/.test(part) || Number(part) >= c.entities.length) {
        fail(`record ${r} needs context from missing entity ${part}`);
      }
    }
  }
  if (!isStringArray(c.endings)) fail('endings must be an array of strings');
  for (let r = 0; r < recordCount; r++) {
    const entity = c.records[r * RECORD_WIDTH] ?? 0;
    const endings = c.records[r * RECORD_WIDTH + 2] ?? 0;
    if (entity >= c.entities.length) fail(`record ${r} points to missing entity ${entity}`);
    if (endings >= c.endings.length) fail(`record ${r} points to missing ending set ${endings}`);
  }
  if (typeof c.units !== 'string' || typeof c.degrees !== 'string') {
    fail('units and degrees must be strings');
  }
  if (c.units.length === 0 || c.units.length !== c.degrees.length) {
    fail(
      `units (${c.units.length}) and degrees (${c.degrees.length}) must have one entry per node`,
    );
  }
  let edges = 0;
  for (let i = 0; i < c.degrees.length; i++) {
    const degree = c.degrees.charCodeAt(i) - DEGREE_OFFSET;
    if (degree < 0) fail(`node ${i} has a negative degree`);
    edges += degree;
  }
  if (edges !== c.units.length - 1)
    fail(`degrees add up to ${edges}, expected ${c.units.length - 1}`);
  if (!isIntArray(c.outputs) || c.outputs.length % 2 !== 0) {
    fail('outputs must hold pairs of non-negative integers');
  }
  let node = 0;
  for (let k = 0; k < c.outputs.length; k += 2) {
    node += c.outputs[k] ?? 0;
    if (node >= c.units.length || (c.outputs[k + 1] ?? 0) >= recordCount) {
      fail(`output ${k / 2} points outside the tables`);
    }
  }
}
