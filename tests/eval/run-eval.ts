/**
 * The mention matcher's evaluation: a labelled corpus (tests/eval/cases/*.json) run through the
 * scanner of `npm run scan` (same text collection and matcher as the content script, shipped
 * dataset, default settings) and scored per category. Used by `npm run eval` and by
 * tests/unit/eval/eval.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { loadDataset } from '../../scripts/lib/load-dataset.ts';
import { createScanner } from '../../scripts/lib/scan-text.ts';
import type { Scanner, ScanMention } from '../../scripts/lib/scan-text.ts';
import { toCardData, toMatchAliases } from '../../src/core/dataset/compile.ts';
import { toPageRules } from '../../src/core/dataset/page-rules.ts';
import { compileMatcher } from '../../src/core/matcher/compile.ts';
import { scoreCase, summarise, type CaseScore, type EvalReport } from './score.ts';

export * from './score.ts';

export const CATEGORIES = [
  'english-standard',
  'spelling-variants',
  'other-languages',
  'lookalike-traps',
  'html-structure',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One labelled case: what a careful reader links in `content` under the default settings. */
export interface EvalCase {
  readonly id: string;
  readonly category: Category;
  readonly kind: 'txt' | 'html';
  readonly content: string;
  /** In document order; `text` is exactly the characters the mention covers. */
  readonly expected: readonly ScanMention[];
  readonly note?: string;
}

export const CASES_DIR = 'tests/eval/cases';
export const THRESHOLDS = { precision: 0.98, recall: 0.95 } as const;

const CASE_KEYS = new Set(['id', 'category', 'kind', 'content', 'expected', 'note']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Roughly the text a reader sees, for checking that labels really occur (and in order): a
 * sanity check on the labels, deliberately independent of the collection code under test.
 */
function visibleText(kind: 'txt' | 'html', content: string): string {
  if (kind === 'txt') return content;
  const { window } = new JSDOM(content);
  try {
    const doc = window.document;
    for (const el of doc.querySelectorAll('script, style, noscript, template, textarea, title')) {
      el.remove();
    }
    return doc.documentElement.textContent ?? '';
  } finally {
    window.close();
  }
}

/** Problems of one case (as read from JSON), each prefixed with where it is. */
function caseProblems(
  raw: unknown,
  where: string,
  category: string,
  entities: ReadonlySet<string>,
) {
  if (!isRecord(raw)) return [`${where}: must be an object`];
  const problems: string[] = [];
  const at = `${where} (id ${JSON.stringify(raw.id)})`;
  const bad = (reason: string) => problems.push(`${at}: ${reason}`);
  for (const key of Object.keys(raw)) if (!CASE_KEYS.has(key)) bad(`unknown key "${key}"`);
  if (typeof raw.id !== 'string' || !ID.test(raw.id)) bad('id must be a kebab-case string');
  if (raw.category !== category) bad(`category must be "${category}", as the file says`);
  if (raw.kind !== 'txt' && raw.kind !== 'html') bad('kind must be "txt" or "html"');
  if (typeof raw.content !== 'string' || raw.content.trim() === '') bad('content must be text');
  if (raw.note !== undefined && typeof raw.note !== 'string') bad('note must be a string');
  if (!Array.isArray(raw.expected)) return [...problems, `${at}: expected must be an array`];
  // Without a readable content and kind there is nothing to look the labels up in.
  const text =
    typeof raw.content === 'string' && (raw.kind === 'txt' || raw.kind === 'html')
      ? visibleText(raw.kind, raw.content)
      : undefined;
  let from = 0;
  raw.expected.forEach((m: unknown, i) => {
    const path = `expected[${i}]`;
    if (!isRecord(m) || Object.keys(m).some((k) => k !== 'entity' && k !== 'text')) {
      bad(`${path} must be {entity, text}`);
      return;
    }
    if (typeof m.entity !== 'string' || !entities.has(m.entity)) {
      bad(`${path}.entity ${JSON.stringify(m.entity)} is not an entity of the dataset`);
    }
    if (typeof m.text !== 'string' || m.text === '') {
      bad(`${path}.text must be a non-empty string`);
      return;
    }
    if (text === undefined) return;
    const found = text.indexOf(m.text, from);
    if (found < 0)
      bad(`${path}.text ${JSON.stringify(m.text)} does not occur (in order) in content`);
    else from = found + m.text.length;
  });
  return problems;
}

/**
 * Reads every case file of `dir` (each `{category, description, cases: [...]}`, named after its
 * category) and checks it; throws one error listing every problem with file and case.
 */
export function loadCases(dir: string, entities: ReadonlySet<string>): EvalCase[] {
  const problems: string[] = [];
  const cases: EvalCase[] = [];
  const ids = new Set<string>();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new Error(`loadCases: no .json case files in ${dir}`);
  for (const file of files) {
    const path = join(dir, file);
    const category = file.replace(/\.json$/, '');
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
      continue;
    }
    if (!(CATEGORIES as readonly string[]).includes(category)) {
      problems.push(`${path}: file name must be one of ${CATEGORIES.join(', ')}`);
    }
    if (!isRecord(data) || data.category !== category || !Array.isArray(data.cases)) {
      problems.push(`${path}: must be {"category": "${category}", "cases": [...]}`);
      continue;
    }
    data.cases.forEach((raw: unknown, i) => {
      const found = caseProblems(raw, `${path}: cases[${i}]`, category, entities);
      problems.push(...found);
      if (found.length > 0) return;
      const c = raw as unknown as EvalCase;
      if (ids.has(c.id)) problems.push(`${path}: cases[${i}]: duplicate id "${c.id}"`);
      ids.add(c.id);
      cases.push(c);
    });
  }
  if (problems.length > 0) {
    throw new Error(
      `The eval corpus has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`,
    );
  }
  return cases;
}

/** The scanner of `npm run scan` over a dataset folder, with that dataset's entity ids. */
export function datasetScanner(dir = 'assets/dataset'): {
  scanner: Scanner;
  entities: ReadonlySet<string>;
} {
  const dataset = loadDataset(dir);
  const cards = toCardData(dataset);
  const scanner = createScanner(
    compileMatcher(toMatchAliases(dataset)),
    cards,
    toPageRules(dataset),
  );
  return { scanner, entities: new Set(Object.keys(cards.entities)) };
}

/** Scans every case and scores it against its labels. */
export function evaluate(cases: readonly EvalCase[], scanner: Scanner): EvalReport {
  const scores: CaseScore[] = cases.map((c) => ({
    id: c.id,
    category: c.category,
    ...scoreCase(c.expected, scanner.scan(c.content, c.kind).mentions),
  }));
  return summarise(scores, CATEGORIES);
}

/** Loads the corpus and runs it with the shipped dataset. */
export function runEval(casesDir = CASES_DIR, datasetDir = 'assets/dataset'): EvalReport {
  const { scanner, entities } = datasetScanner(datasetDir);
  return evaluate(loadCases(casesDir, entities), scanner);
}
