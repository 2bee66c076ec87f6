import { compileMatcher } from './compile.ts';
import type { MatchAlias, Mention } from './types.ts';
import { CLASS_MASK, FLAG_UPPER, SOFT_GAP } from './chars.ts';
import { checkCompiled, type CompiledMatcher } from './format.ts';
import { Records, assertText, type Matcher, type MatcherOptions } from './records.ts';
import { childOf, loadTrie, rootChild, type Trie } from './trie.ts';
import { NormBuffer, normalizeText, type NormalizedText } from './normalize.ts';

export type { Matcher, MatcherOptions } from './records.ts';

/** Whether the units [from, to) of `text` (soft gaps skipped) have exactly the case of `mask`. */
function caseMatches(text: NormalizedText, from: number, to: number, mask: Uint8Array): boolean {
  let m = 0;
  for (let i = from; i < to; i++) {
    if (text.units[i] === SOFT_GAP) continue;
    const upper = ((text.flags[i] ?? 0) & FLAG_UPPER) !== 0 ? 1 : 0;
    if (mask[m++] !== upper) return false;
  }
  return m === mask.length;
}

/** The folded units [from, to) as a string. */
function slice(text: NormalizedText, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(text.units[i] ?? 0);
  return s;
}

/**
 * The end of the match of `record` whose stem covers units [from, stemEnd), or -1. Where the
 * stem ends inside a word the rest of that word must be one of the record's endings, so
 * "Алиева" and "Bakıda" match while "Бакунин" and "Bakuvian" do not.
 */
function matchEnd(
  text: NormalizedText,
  records: Records,
  record: number,
  from: number,
  stemEnd: number,
): number {
  const n = text.length;
  let end = stemEnd;
  if (stemEnd < n && ((text.flags[stemEnd] ?? 0) & CLASS_MASK) !== 0) {
    const longest = records.longestEnding[record] ?? 0;
    while (end < n && ((text.flags[end] ?? 0) & CLASS_MASK) !== 0 && end - stemEnd <= longest)
      end++;
    if (end - stemEnd > longest) return -1;
    if (!records.endings[record]?.has(slice(text, stemEnd, end))) return -1;
  } else if (records.bare[record] !== 1) {
    return -1;
  }
  const mask = records.mask[record];
  return mask === undefined || caseMatches(text, from, stemEnd, mask) ? end : -1;
}

/**
 * Appends the best match starting at unit `from` and returns its end, or returns -1. Walks the
 * trie as far as the text follows it (at most the longest alias), so the whole scan is linear in
 * the text whatever the number of aliases.
 */
function matchAt(
  text: NormalizedText,
  trie: Trie,
  records: Records,
  from: number,
  out: Mention[],
): number {
  const n = text.length;
  let node = rootChild(trie, text.units[from] ?? 0);
  if (node === 0) return -1;
  let i = from + 1;
  let bestEnd = -1;
  let bestRecord = -1;
  for (;;) {
    const lastOut = trie.outStart[node + 1] ?? 0;
    for (let k = trie.outStart[node] ?? 0; k < lastOut; k++) {
      const record = trie.outRecord[k] ?? 0;
      const end = matchEnd(text, records, record, from, i);
      if (
        end > bestEnd ||
        (end === bestEnd &&
          end >= 0 &&
          (records.rank[record] ?? 0) < (records.rank[bestRecord] ?? 0))
      ) {
        bestEnd = end;
        bestRecord = record;
      }
    }
    if (i >= n) break;
    let unit = text.units[i] ?? 0;
    // A gap between a letter and a digit is optional: "COP 29" and "COP-29" are "COP29".
    if (unit === SOFT_GAP && i + 1 < n) unit = text.units[++i] ?? 0;
    const child = childOf(trie, node, unit);
    if (child < 0) break;
    node = child;
    i++;
  }
  if (bestRecord < 0) return -1;
  records.emit(out, bestRecord, text, from, bestEnd);
  return bestEnd;
}

/**
 * Creates the trie matcher from compiled tables (cheap: decodes typed arrays, compiles nothing).
 * Matches start only where a word starts; see Records for how overlaps resolve.
 */
export function createMatcher(compiled: CompiledMatcher, options: MatcherOptions = {}): Matcher {
  checkCompiled(compiled);
  const trie = loadTrie(compiled);
  const records = new Records(compiled, options);
  const buffer = new NormBuffer();
  return {
    find(text: string): Mention[] {
      assertText(text);
      const folded = normalizeText(text, buffer);
      records.begin();
      const out: Mention[] = [];
      const n = folded.length;
      const flags = folded.flags;
      let s = 0;
      while (s < n) {
        if (s > 0 && ((flags[s - 1] ?? 0) & CLASS_MASK) !== 0) {
          s++;
          continue;
        }
        const end = matchAt(folded, trie, records, s, out);
        s = end > s ? end : s + 1;
      }
      return records.finish(out);
    },
  };
}

/** compileMatcher then createMatcher: for tests and command-line tools, not the content script. */
export function buildMatcher(
  aliases: readonly MatchAlias[],
  options: MatcherOptions = {},
): Matcher {
  return createMatcher(compileMatcher(aliases), options);
}
