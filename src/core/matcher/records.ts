import type { Mention } from './types.ts';
import type { WeakKind } from '../dataset/kinds.ts';
import {
  FLAG_BLOCK,
  FLAG_CASE_SENSITIVE,
  RECORD_WIDTH,
  WEAK_SHIFT,
  type CompiledMatcher,
} from './format.ts';
import { WEAK_KINDS } from '../dataset/kinds.ts';
import type { NormalizedText } from './normalize.ts';

/** Runtime choices of a matcher. */
export interface MatcherOptions {
  /**
   * Weak kinds to report (all by default). A weak mention that is not reported still takes its
   * span, so switching demonyms off never lets a shorter alias match inside "Armenians".
   */
  readonly weak?: Readonly<Partial<Record<WeakKind, boolean>>>;
}

/** Finds mentions in text. */
export interface Matcher {
  /**
   * Mentions in `text`, in order, never overlapping. Offsets are UTF-16 indices into `text` and
   * cover the name itself (with any case ending), not a possessive "'s" or a title before it.
   */
  find(text: string): Mention[];
}

/**
 * Decoded alias records, shared by both matcher designs.
 *
 * Overlaps resolve leftmost-longest: scanning left to right, the first position where any
 * alias matches wins, and there the longest match (counting its case ending). Among matches of
 * exactly the same span the rank decides: a blocking phrase, then a strong alias before a weak
 * one, then a case-sensitive before a case-insensitive one, then the alias listed first.
 */
export class Records {
  readonly entity: readonly string[];
  readonly weak: readonly (WeakKind | undefined)[];
  /** Whether a match of the record is reported (false for blocks and filtered weak kinds). */
  readonly reported: Uint8Array;
  /** Lower is better; see the class comment. */
  readonly rank: Float64Array;
  /** Case masks of case-sensitive records: 1 where the unit must be upper case. */
  readonly mask: readonly (Uint8Array | undefined)[];
  /** Endings allowed after the stem inside a word, and the bare stem if endings has ''. */
  readonly endings: readonly ReadonlySet<string>[];
  readonly bare: Uint8Array;
  readonly longestEnding: Int32Array;
  /** Per record needing context: the entities of which one must be mentioned in the text. */
  readonly context: readonly (ReadonlySet<string> | undefined)[];
  /**
   * Scratch of the current find(): the mentions that still need context (index in the output
   * and record), and the entities matched but not reported (weak kinds switched off), which
   * count as context all the same so that a setting never changes what a phrase means.
   */
  private readonly pending: number[] = [];
  private readonly unreported = new Set<string>();
  /** Whether any record needs context; without one, find() keeps no scratch at all. */
  private readonly gated: boolean;

  constructor(compiled: CompiledMatcher, options: MatcherOptions) {
    const count = compiled.records.length / RECORD_WIDTH;
    const sets = compiled.endings.map((joined) => new Set(joined.split('|')));
    const entity: string[] = [];
    const weak: (WeakKind | undefined)[] = [];
    const mask: (Uint8Array | undefined)[] = [];
    const endings: ReadonlySet<string>[] = [];
    const context: (ReadonlySet<string> | undefined)[] = [];
    this.reported = new Uint8Array(count);
    this.rank = new Float64Array(count);
    this.bare = new Uint8Array(count);
    this.longestEnding = new Int32Array(count);
    for (let r = 0; r < count; r++) {
      const at = r * RECORD_WIDTH;
      const flags = compiled.records[at + 1] ?? 0;
      const kind = WEAK_KINDS[(flags >> WEAK_SHIFT) - 1];
      const block = (flags & FLAG_BLOCK) !== 0;
      const cs = (flags & FLAG_CASE_SENSITIVE) !== 0;
      const set = sets[compiled.records[at + 2] ?? 0] ?? new Set(['']);
      entity.push(compiled.entities[compiled.records[at] ?? 0] ?? '');
      weak.push(kind);
      mask.push(
        cs ? Uint8Array.from(compiled.masks[r] ?? '', (c) => (c === '1' ? 1 : 0)) : undefined,
      );
      endings.push(set);
      const needs = compiled.contexts[r] ?? '';
      context.push(
        needs === ''
          ? undefined
          : new Set(needs.split('|').map((i) => compiled.entities[Number(i)] ?? '')),
      );
      this.reported[r] = !block && (kind === undefined || options.weak?.[kind] !== false) ? 1 : 0;
      this.rank[r] = ((block ? 0 : 4) + (kind === undefined ? 0 : 2) + (cs ? 0 : 1)) * count + r;
      this.bare[r] = set.has('') ? 1 : 0;
      this.longestEnding[r] = Math.max(...[...set].map((e) => e.length));
    }
    this.entity = entity;
    this.weak = weak;
    this.mask = mask;
    this.endings = endings;
    this.context = context;
    this.gated = context.some((c) => c !== undefined);
  }

  /** Starts a find(): clears the scratch of the previous one. */
  begin(): void {
    // Called once per text block: skip the writes when there is nothing to clear (the usual case;
    // measured at 2.5 % of the content script's time on a live page when done unconditionally).
    if (this.pending.length !== 0) this.pending.length = 0;
    if (this.unreported.size !== 0) this.unreported.clear();
  }

  /**
   * Ends a find(): drops each mention that needs context when no other mention of the text (one
   * that needs none) names an entity of its context or its own entity ("the Constitutional
   * Court" after "the Constitutional Court of Armenia": a short form of a name just given in
   * full). Returns `out` itself when nothing needed context, so the common case allocates nothing.
   */
  finish(out: Mention[]): Mention[] {
    if (this.pending.length === 0) return out;
    const needy = new Map<number, ReadonlySet<string>>();
    for (let k = 0; k < this.pending.length; k += 2) {
      const set = this.context[this.pending[k + 1] ?? 0];
      if (set !== undefined) needy.set(this.pending[k] ?? 0, set);
    }
    const present = new Set(this.unreported);
    out.forEach((m, i) => {
      if (!needy.has(i)) present.add(m.entity);
    });
    return out.filter((m, i) => {
      const set = needy.get(i);
      return set === undefined || present.has(m.entity) || [...set].some((id) => present.has(id));
    });
  }

  /** Adds the mention of `record` over stream units [from, to) of `text`, if it is reported. */
  emit(out: Mention[], record: number, text: NormalizedText, from: number, to: number): void {
    if (this.reported[record] !== 1) {
      const entity = this.entity[record] ?? '';
      if (this.gated && entity !== '' && this.context[record] === undefined)
        this.unreported.add(entity);
      return;
    }
    if (this.context[record] !== undefined) this.pending.push(out.length, record);
    const start = text.start[from] ?? 0;
    const end = text.end[to - 1] ?? start;
    const entity = this.entity[record] ?? '';
    const weak = this.weak[record];
    out.push(weak === undefined ? { entity, start, end } : { entity, start, end, weak });
  }
}

/** Rejects anything but a string with an error that says so (find() is fed from the DOM). */
export function assertText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(
      `Matcher.find: text must be a string (got ${text === null ? 'null' : typeof text})`,
    );
  }
}
