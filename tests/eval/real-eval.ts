/**
 * The real-text corpus (tests/eval/real, rules in its RULES.md): public texts nobody on the
 * team wrote, scored on what the extension paints at default settings. Expected painted
 * mentions are a text's labels when it is on the story, none when it is not; look-alikes
 * (Heydar Aliyev, Brigitte Macron…) painted as themselves are neither right nor wrong, since the
 * labels list only our entities. Unrelated whole pages are scored by the highlights painted on
 * them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Scanner } from '../../scripts/lib/scan-text.ts';
import { loadDataset } from '../../scripts/lib/load-dataset.ts';
import { datasetScanner } from './run-eval.ts';
import { scoreCase, summarise } from './score.ts';
import type { CaseScore, EvalReport, LabelledMention } from './score.ts';

export const REAL_DIR = 'tests/eval/real';
export const REAL_KINDS = ['news', 'namesake', 'unrelated'] as const;
export const REAL_LANGS = ['en', 'ru', 'fr', 'hy', 'hy-x-western', 'az'] as const;
export type RealKind = (typeof REAL_KINDS)[number];

export interface RealText {
  readonly id: string;
  readonly lang: (typeof REAL_LANGS)[number];
  readonly kind: RealKind;
  readonly url: string;
  readonly title?: string;
  readonly onStory: boolean;
  readonly format: 'txt' | 'html';
  readonly content: string;
  readonly expected: readonly LabelledMention[];
  readonly note?: string;
}

const KEYS = new Set([
  'id',
  'lang',
  'kind',
  'url',
  'title',
  'onStory',
  'format',
  'content',
  'expected',
  'note',
]);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function problemsOf(raw: unknown, file: string, kind: string, entities: ReadonlySet<string>) {
  if (!isRecord(raw)) return [`${file}: must be an object`];
  const problems: string[] = [];
  const bad = (reason: string) => problems.push(`${file}: ${reason}`);
  for (const key of Object.keys(raw)) if (!KEYS.has(key)) bad(`unknown key "${key}"`);
  if (`${String(raw.id)}.json` !== file.slice(file.lastIndexOf('/') + 1))
    bad('id must be the file name without .json');
  if (raw.kind !== kind) bad(`kind must be "${kind}", as its folder says`);
  if (!(REAL_LANGS as readonly unknown[]).includes(raw.lang))
    bad(`lang must be one of ${REAL_LANGS.join(', ')}`);
  if (typeof raw.url !== 'string' || !/^https?:\/\//.test(raw.url)) bad('url must be http(s)');
  if (typeof raw.onStory !== 'boolean') bad('onStory must be true or false');
  if (raw.format !== 'txt' && raw.format !== 'html') bad('format must be "txt" or "html"');
  if (typeof raw.content !== 'string' || raw.content.trim() === '') bad('content must be text');
  if (!Array.isArray(raw.expected)) return [...problems, `${file}: expected must be a list`];
  if (kind === 'unrelated' && (raw.expected.length > 0 || raw.onStory !== false))
    bad('an unrelated page has onStory false and no expected mentions');
  raw.expected.forEach((m: unknown, i) => {
    if (!isRecord(m) || typeof m.entity !== 'string' || typeof m.text !== 'string')
      bad(`expected[${i}] must be {entity, text}`);
    else if (!entities.has(m.entity)) bad(`expected[${i}].entity "${m.entity}" is not ours`);
  });
  return problems;
}

/** Reads the corpus; throws one error listing every problem with its file. */
export function loadRealTexts(dir: string, entities: ReadonlySet<string>): RealText[] {
  const problems: string[] = [];
  const texts: RealText[] = [];
  for (const kind of REAL_KINDS) {
    const folder = join(dir, kind);
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort();
    for (const name of files) {
      const file = join(folder, name);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        problems.push(`${file}: ${(error as Error).message}`);
        continue;
      }
      const found = problemsOf(raw, file, kind, entities);
      problems.push(...found);
      if (found.length === 0) texts.push(raw as RealText);
    }
  }
  if (problems.length > 0)
    throw new Error(
      `The real-text corpus has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`,
    );
  return texts;
}

export interface RealReport {
  /** Painted mentions scored per language (news and namesake texts), then per kind. */
  readonly byLang: EvalReport;
  readonly byKind: EvalReport;
  /** Unrelated pages: how many, how many got a painted highlight, and how many in all. */
  readonly unrelated: {
    readonly pages: number;
    readonly pagesPainted: number;
    readonly painted: number;
    readonly decidedOnStory: number;
    readonly worst: ReadonlyArray<readonly [string, readonly string[]]>;
  };
  /** Texts whose page decision differs from the label's `onStory`. */
  readonly wrongDecision: readonly string[];
}

export function evaluateReal(
  texts: readonly RealText[],
  scanner: Scanner,
  isOurs: (entity: string) => boolean,
): RealReport {
  const scores: Array<CaseScore & { kind: RealKind; lang: string }> = [];
  const unrelated = { pages: 0, pagesPainted: 0, painted: 0, decidedOnStory: 0 };
  const worst: Array<[string, string[]]> = [];
  const wrongDecision: string[] = [];
  for (const text of texts) {
    const scan = scanner.scan(text.content, text.format);
    const painted = scan.mentions
      .filter((m) => m.painted && isOurs(m.entity))
      .map(({ entity, text: t }) => ({ entity, text: t }));
    if (scan.onStory !== text.onStory) wrongDecision.push(text.id);
    if (text.kind === 'unrelated') {
      unrelated.pages++;
      if (scan.onStory) unrelated.decidedOnStory++;
      if (painted.length > 0) {
        unrelated.pagesPainted++;
        unrelated.painted += painted.length;
        worst.push([text.id, painted.map((m) => `${m.entity} "${m.text}"`)]);
      }
      continue;
    }
    const expected = text.onStory ? text.expected : [];
    scores.push({
      id: text.id,
      category: text.lang,
      kind: text.kind,
      lang: text.lang,
      ...scoreCase(expected, painted),
    });
  }
  return {
    byLang: summarise(scores, REAL_LANGS),
    byKind: summarise(
      scores.map((s) => ({ ...s, category: s.kind })),
      REAL_KINDS,
    ),
    unrelated: { ...unrelated, worst },
    wrongDecision,
  };
}

/** Loads the corpus and scores it with the shipped dataset (look-alikes are not ours). */
export function runRealEval(dir = REAL_DIR): { texts: RealText[]; report: RealReport } {
  const { scanner, entities } = datasetScanner();
  const lookalikes = new Set(
    loadDataset()
      .entities.filter((e) => e.lookalike)
      .map((e) => e.id),
  );
  const ours = new Set([...entities].filter((e) => !lookalikes.has(e)));
  const texts = loadRealTexts(dir, ours);
  return { texts, report: evaluateReal(texts, scanner, (e) => ours.has(e)) };
}
