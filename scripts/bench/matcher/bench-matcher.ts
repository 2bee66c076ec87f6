/**
 * Compares the two matcher designs on the same inputs: the trie walk (createMatcher, shipped)
 * and one alternation RegExp (createRegexMatcher). Run: npx tsx scripts/bench/matcher/bench-matcher.ts [ARTICLE]
 *
 * Inputs: the article repeated to ~2 MB, a ~2 MB text with no mention at all; alias lists: the
 * test fixture (the size of the real dataset) and 50,000 synthetic aliases. "MB" is 10^6 UTF-16
 * code units. Prints one table; the normalise-only row is the floor both designs share.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { compileMatcher } from '../../../src/core/matcher/compile.ts';
import type { MatchAlias } from '../../../src/core/matcher/types.ts';
import { createMatcher } from '../../../src/core/matcher/matcher.ts';
import { createRegexMatcher } from './regex-matcher.ts';
import { NormBuffer, normalizeText } from '../../../src/core/matcher/normalize.ts';
import { TEST_ALIASES } from '../../../tests/unit/core/matcher/fixtures/test-aliases.ts';

const TARGET = 2_000_000;
const RUNS = 7;

function findArticle(): string {
  const candidates = [
    process.argv[2],
    'tests/fixtures/article.txt',
    'tests/fixtures/article-aliyev-threatens-armenia.txt',
    '../shared/seed/article.txt',
    '/work/shared/seed/article.txt',
  ];
  const path = candidates.find((p) => p !== undefined && existsSync(p));
  if (path === undefined) throw new Error('bench-matcher: article not found; pass its path');
  return readFileSync(path, 'utf8');
}

/** Deterministic PRNG (mulberry32), so every run measures the same texts and aliases. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function repeat(text: string): string {
  return text.repeat(Math.ceil(TARGET / text.length)).slice(0, TARGET);
}

/** Words from syllables no synthetic or fixture alias uses, so nothing can match. */
function noMentionText(): string {
  const next = random(7);
  const syllables = ['qu', 'xi', 'wy', 'jo', 'hu', 'cy', 'zo', 'fy'];
  const words: string[] = [];
  let length = 0;
  while (length < TARGET) {
    let word = '';
    const count = 1 + Math.floor(next() * 4);
    for (let k = 0; k < count; k++) word += syllables[Math.floor(next() * syllables.length)];
    if (next() < 0.1) word = word[0]?.toUpperCase() + word.slice(1);
    word += next() < 0.08 ? '. ' : next() < 0.1 ? ', ' : ' ';
    words.push(word);
    length += word.length;
  }
  return words.join('').slice(0, TARGET);
}

/** 50,000 aliases shaped like a big dataset: full names, weak surnames, places in en/ru/az. */
function syntheticAliases(): MatchAlias[] {
  const next = random(42);
  const latin = [
    'ka',
    'ri',
    'mo',
    'ta',
    'ne',
    'lu',
    'so',
    'vi',
    'de',
    'ra',
    'po',
    'ze',
    'ba',
    'ni',
  ];
  const cyrillic = ['ка', 'ри', 'мо', 'та', 'не', 'лу', 'со', 'ви', 'де', 'ра', 'по', 'зе'];
  const word = (syllables: readonly string[]): string => {
    let w = '';
    const count = 2 + Math.floor(next() * 3);
    for (let k = 0; k < count; k++) w += syllables[Math.floor(next() * syllables.length)];
    return w[0]?.toUpperCase() + w.slice(1);
  };
  // The story's own aliases come first, so the article still has mentions to find.
  const aliases: MatchAlias[] = [...TEST_ALIASES];
  for (let i = 0; aliases.length < 50_000; i++) {
    const entity = `synthetic-${i}`;
    const kind = i % 10;
    if (kind < 7) {
      const surname = `${word(latin)}ov`;
      aliases.push({ entity, text: `${word(latin)} ${surname}`, lang: 'en', caseSensitive: false });
      aliases.push({ entity, text: surname, lang: 'en', caseSensitive: false, weak: 'surname' });
    } else if (kind < 9) {
      const surname = `${word(cyrillic)}ов`;
      aliases.push({
        entity,
        text: `${word(cyrillic)} ${surname}`,
        lang: 'ru',
        caseSensitive: false,
      });
    } else {
      aliases.push({ entity, text: `${word(latin)}stan`, lang: 'az', caseSensitive: false });
      aliases.push({ entity, text: word(latin).toUpperCase(), lang: 'en', caseSensitive: true });
    }
  }
  return aliases.slice(0, 50_000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Median times of several runs, alternating between the runners so that a change in the
 * machine's load (other processes) hits every design alike. One warm-up run each.
 */
function timeAlternating(runners: readonly (() => unknown)[]): number[] {
  const samples = runners.map((): number[] => []);
  for (const run of runners) run();
  for (let k = 0; k < RUNS; k++) {
    runners.forEach((run, r) => {
      const t0 = performance.now();
      run();
      samples[r]?.push(performance.now() - t0);
    });
  }
  return samples.map(median);
}

const texts = { 'article ×N (2 MB)': repeat(findArticle()), 'no mentions (2 MB)': noMentionText() };
const aliasSets = {
  [`fixture (${TEST_ALIASES.length})`]: TEST_ALIASES,
  'synthetic (50,000)': syntheticAliases(),
};
const rows: string[][] = [];
const row = (...cells: (string | number)[]): number => rows.push(cells.map(String));
const speed = (text: string, ms: number): string => (text.length / 1e6 / (ms / 1000)).toFixed(1);
const buffer = new NormBuffer();

for (const [setName, aliases] of Object.entries(aliasSets)) {
  let t0 = performance.now();
  const compiled = compileMatcher(aliases);
  const compileMs = performance.now() - t0;
  const json = JSON.stringify(compiled);
  console.log(
    `${setName}: compile ${compileMs.toFixed(0)} ms, ${compiled.units.length} trie nodes, ` +
      `JSON ${(json.length / 1024).toFixed(1)} KB, gzip ${(gzipSync(json).length / 1024).toFixed(1)} KB`,
  );
  const designs = { trie: createMatcher, regex: createRegexMatcher };
  const built = Object.entries(designs).map(([name, create]) => {
    t0 = performance.now();
    const matcher = create(compiled);
    return { name, matcher, createMs: performance.now() - t0 };
  });
  for (const [textName, text] of Object.entries(texts)) {
    const times = timeAlternating([
      ...built.map(
        ({ matcher }) =>
          () =>
            matcher.find(text),
      ),
      () => normalizeText(text, buffer),
    ]);
    built.forEach(({ name, matcher, createMs }, d) => {
      const ms = times[d] ?? NaN;
      const mentions = matcher.find(text).length;
      row(setName, name, createMs.toFixed(1), textName, mentions, ms.toFixed(1), speed(text, ms));
    });
    const floor = times[built.length] ?? NaN;
    row(setName, '(normalise only)', '-', textName, '-', floor.toFixed(1), speed(text, floor));
  }
}

const header = ['aliases', 'design', 'create ms', 'text', 'mentions', 'find ms', 'MB/s'];
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
const line = (cells: readonly string[]): string =>
  `| ${cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
console.log(
  `\nNode ${process.version}, median of ${RUNS} alternating runs after one warm-up each\n`,
);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
