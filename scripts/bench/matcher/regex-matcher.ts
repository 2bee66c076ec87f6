import { compileMatcher } from '../../../src/core/matcher/compile.ts';
import type { MatchAlias, Mention } from '../../../src/core/matcher/types.ts';
import { FLAG_UPPER, SOFT_GAP, classOf, upperUnit } from '../../../src/core/matcher/chars.ts';
import { checkCompiled, type CompiledMatcher } from '../../../src/core/matcher/format.ts';
import { recordForms } from '../../../src/core/matcher/forms.ts';
import {
  Records,
  assertText,
  type Matcher,
  type MatcherOptions,
} from '../../../src/core/matcher/records.ts';
import {
  NormBuffer,
  normalizeText,
  type NormalizedText,
} from '../../../src/core/matcher/normalize.ts';

/**
 * The second design, kept for comparison (scripts/bench/matcher/bench-matcher.ts): the same folded stream, but
 * candidates come from one alternation RegExp over all alias forms instead of the trie walk.
 * Case-insensitive forms are matched on the folded stream; case-sensitive ones on a "cased" copy
 * of it, by a second RegExp; at each step the leftmost, then longest, of the two wins. The
 * alternation is factored as a trie (prefixes shared, longer branches first), without which
 * V8 would try every alias at every word start.
 */

interface RegexNode {
  readonly kids: Map<string, RegexNode>;
  end: boolean;
}

const SYNTAX = /[\\^$.*+?()[\]{}|/]/;

function isLetterDigitStep(a: string, b: string): boolean {
  const x = classOf(a);
  const y = classOf(b);
  return x !== 0 && y !== 0 && x !== y;
}

function source(node: RegexNode, previous: string | undefined): string {
  const alternatives: string[] = [];
  for (const [ch, kid] of node.kids) {
    const soft = previous !== undefined && isLetterDigitStep(previous, ch) ? '\\x01?' : '';
    alternatives.push(soft + (SYNTAX.test(ch) ? `\\${ch}` : ch) + source(kid, ch));
  }
  // The empty alternative comes last so that backtracking prefers the longer form.
  if (node.end) alternatives.push('');
  if (alternatives.length === 1) return alternatives[0] ?? '';
  return `(?:${alternatives.join('|')})`;
}

/** A RegExp matching exactly `forms` at word boundaries, longest form first; undefined if none. */
function alternation(forms: Iterable<string>): RegExp | undefined {
  const root: RegexNode = { kids: new Map(), end: false };
  let any = false;
  for (const form of forms) {
    let node = root;
    for (const ch of form) {
      let kid = node.kids.get(ch);
      if (kid === undefined) {
        kid = { kids: new Map(), end: false };
        node.kids.set(ch, kid);
      }
      node = kid;
    }
    node.end = true;
    any = true;
  }
  if (!any) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${source(root, undefined)}(?![\\p{L}\\p{N}])`, 'gu');
}

const upperCache = new Uint16Array(0x10000);

function toStrings(text: NormalizedText, cased: boolean): { plain: string; cased: string } {
  const chunks: string[] = [];
  const casedChunks: string[] = [];
  const size = 8192;
  for (let from = 0; from < text.length; from += size) {
    const part = text.units.subarray(from, Math.min(text.length, from + size));
    chunks.push(String.fromCharCode(...part));
    if (!cased) continue;
    const upper = part.slice();
    for (let k = 0; k < upper.length; k++) {
      if (((text.flags[from + k] ?? 0) & FLAG_UPPER) === 0) continue;
      const unit = upper[k] ?? 0;
      upper[k] = upperCache[unit] || (upperCache[unit] = upperUnit(unit));
    }
    casedChunks.push(String.fromCharCode(...upper));
  }
  return { plain: chunks.join(''), cased: casedChunks.join('') };
}

function byForm(entries: Iterable<[string, number]>, records: Records): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const [form, record] of entries) {
    const list = map.get(form) ?? [];
    if (!list.includes(record)) list.push(record);
    map.set(form, list);
  }
  for (const list of map.values())
    list.sort((a, b) => (records.rank[a] ?? 0) - (records.rank[b] ?? 0));
  return map;
}

/** Creates the alternation-RegExp matcher; same contract and results as createMatcher(). */
export function createRegexMatcher(
  compiled: CompiledMatcher,
  options: MatcherOptions = {},
): Matcher {
  checkCompiled(compiled);
  const records = new Records(compiled, options);
  const ci: [string, number][] = [];
  const cs: [string, number][] = [];
  for (const { record, form } of recordForms(compiled)) {
    const mask = records.mask[record];
    if (mask === undefined) {
      ci.push([form, record]);
      continue;
    }
    let cased = '';
    for (let k = 0; k < form.length; k++) {
      const unit = form.charCodeAt(k);
      cased += String.fromCharCode(mask[k] === 1 ? upperUnit(unit) : unit);
    }
    cs.push([cased, record]);
  }
  const ciForms = byForm(ci, records);
  const csForms = byForm(cs, records);
  const ciRegex = alternation(ciForms.keys());
  const csRegex = alternation(csForms.keys());
  const buffer = new NormBuffer();
  const soft = String.fromCharCode(SOFT_GAP);
  const next = (regex: RegExp | undefined, subject: string, pos: number) => {
    if (regex === undefined) return null;
    regex.lastIndex = pos;
    return regex.exec(subject);
  };
  return {
    find(text: string): Mention[] {
      assertText(text);
      const folded = normalizeText(text, buffer);
      records.begin();
      const { plain, cased } = toStrings(folded, csRegex !== undefined);
      const out: Mention[] = [];
      let a = next(ciRegex, plain, 0);
      let b = next(csRegex, cased, 0);
      while (a !== null || b !== null) {
        const startA = a === null ? Infinity : a.index;
        const startB = b === null ? Infinity : b.index;
        const endA = a === null ? -1 : a.index + a[0].length;
        const endB = b === null ? -1 : b.index + b[0].length;
        const useA = startA < startB || (startA === startB && endA >= endB);
        const useB = startB < startA || (startA === startB && endB >= endA);
        const candidates = [
          ...(useA && a !== null ? (ciForms.get(a[0].replaceAll(soft, '')) ?? []) : []),
          ...(useB && b !== null ? (csForms.get(b[0].replaceAll(soft, '')) ?? []) : []),
        ].sort((x, y) => (records.rank[x] ?? 0) - (records.rank[y] ?? 0));
        const start = useA ? startA : startB;
        const end = useA ? endA : endB;
        const best = candidates[0];
        if (best !== undefined) records.emit(out, best, folded, start, end);
        if (a !== null && a.index < end) a = next(ciRegex, plain, end);
        if (b !== null && b.index < end) b = next(csRegex, cased, end);
      }
      return records.finish(out);
    },
  };
}

/** compileMatcher then createRegexMatcher, for tests and the benchmark. */
export function buildRegexMatcher(
  aliases: readonly MatchAlias[],
  options: MatcherOptions = {},
): Matcher {
  return createRegexMatcher(compileMatcher(aliases), options);
}
