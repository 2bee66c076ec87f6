/**
 * Scoring of the evaluation: found mentions against labelled ones, per case, per category and
 * overall, and the plain-text report `npm run eval` prints.
 */

/** A mention as the scanner reports it and as cases label it. */
export interface LabelledMention {
  readonly entity: string;
  readonly text: string;
}

/** How one case scored: true positives, and the mentions missed or found wrongly. */
export interface CaseResult {
  readonly expected: number;
  readonly found: number;
  readonly tp: number;
  readonly misses: readonly LabelledMention[];
  readonly falsePositives: readonly LabelledMention[];
}

export interface CaseScore extends CaseResult {
  readonly id: string;
  readonly category: string;
}

export interface Totals {
  readonly name: string;
  readonly cases: number;
  readonly expected: number;
  readonly found: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** tp / found; 1 when nothing was found (no false positive can have been made). */
  readonly precision: number;
  /** tp / expected; 1 when nothing was expected. */
  readonly recall: number;
}

export interface EvalReport {
  readonly categories: readonly Totals[];
  readonly overall: Totals;
  readonly cases: readonly CaseScore[];
}

const same = (a: LabelledMention, b: LabelledMention): boolean =>
  a.entity === b.entity && a.text === b.text;

/**
 * Scores found mentions against expected ones, both in document order. A found mention counts
 * as a true positive when it pairs with an expected one of the same entity and exactly the same
 * text; pairs keep their order (a longest common subsequence), so a name found twice where the
 * label has it once counts one hit and one false positive.
 */
export function scoreCase(
  expected: readonly LabelledMention[],
  found: readonly LabelledMention[],
): CaseResult {
  const n = expected.length;
  const m = found.length;
  // lcs[i][j]: longest common subsequence of expected[i..] and found[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = same(expected[i]!, found[j]!)
        ? lcs[i + 1]![j + 1]! + 1
        : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const misses: LabelledMention[] = [];
  const falsePositives: LabelledMention[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(expected[i]!, found[j]!)) {
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      misses.push(expected[i++]!);
    } else {
      falsePositives.push(found[j++]!);
    }
  }
  misses.push(...expected.slice(i));
  falsePositives.push(...found.slice(j));
  return { expected: n, found: m, tp: lcs[0]![0]!, misses, falsePositives };
}

function totals(name: string, scores: readonly CaseScore[]): Totals {
  const sum = (f: (s: CaseScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  const expected = sum((s) => s.expected);
  const found = sum((s) => s.found);
  const tp = sum((s) => s.tp);
  return {
    name,
    cases: scores.length,
    expected,
    found,
    tp,
    fp: found - tp,
    fn: expected - tp,
    precision: found === 0 ? 1 : tp / found,
    recall: expected === 0 ? 1 : tp / expected,
  };
}

/** Totals per category (in the given order, then any other category met) and overall. */
export function summarise(scores: readonly CaseScore[], order: readonly string[]): EvalReport {
  const names = [...new Set([...order, ...scores.map((s) => s.category)])];
  return {
    categories: names
      .map((name) =>
        totals(
          name,
          scores.filter((s) => s.category === name),
        ),
      )
      .filter((t) => t.cases > 0),
    overall: totals('overall', scores),
    cases: scores,
  };
}

const HEADER = ['category', 'cases', 'expected', 'found', 'TP', 'FP', 'FN', 'precision', 'recall'];

/** The per-category table, with the overall row last. */
export function formatTable(report: EvalReport): string {
  const rows = [...report.categories, report.overall].map((t) => [
    t.name,
    ...[t.cases, t.expected, t.found, t.tp, t.fp, t.fn].map(String),
    t.precision.toFixed(3),
    t.recall.toFixed(3),
  ]);
  const widths = HEADER.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(HEADER), rule, ...rows.slice(0, -1).map(line), rule, line(rows.at(-1)!)].join('\n');
}

const show = (m: LabelledMention) => `${m.entity} ${JSON.stringify(m.text)}`;

/** Every miss and false positive, one line each, with its case id. */
export function formatErrors(report: EvalReport): string {
  const lines: string[] = [];
  for (const s of report.cases) {
    for (const m of s.misses) lines.push(`miss  ${s.id}: ${show(m)}`);
    for (const m of s.falsePositives) lines.push(`FP    ${s.id}: ${show(m)}`);
  }
  return lines.length === 0 ? 'No misses and no false positives.' : lines.join('\n');
}

/** Whether the overall figures meet the thresholds. */
export function meetsThresholds(
  report: EvalReport,
  thresholds: { readonly precision: number; readonly recall: number },
): boolean {
  return (
    report.overall.precision >= thresholds.precision && report.overall.recall >= thresholds.recall
  );
}
