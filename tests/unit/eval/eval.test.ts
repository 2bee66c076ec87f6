import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  THRESHOLDS,
  evaluate,
  formatErrors,
  formatTable,
  loadCases,
  runEval,
  scoreCase,
  type EvalCase,
} from '../../eval/run-eval.ts';

describe('mention evaluation corpus', () => {
  const report = runEval();
  const table = `\n${formatTable(report)}\n\n${formatErrors(report)}`;

  it('has at least 150 cases, covering every category', () => {
    expect(report.overall.cases, table).toBeGreaterThanOrEqual(150);
    expect(report.categories.map((c) => c.name)).toEqual([...CATEGORIES]);
    for (const c of report.categories) expect(c.cases, c.name).toBeGreaterThanOrEqual(20);
  });

  it(`meets precision ≥ ${THRESHOLDS.precision} and recall ≥ ${THRESHOLDS.recall} overall`, () => {
    expect(report.overall.precision, table).toBeGreaterThanOrEqual(THRESHOLDS.precision);
    expect(report.overall.recall, table).toBeGreaterThanOrEqual(THRESHOLDS.recall);
  });
});

describe('scoreCase', () => {
  const m = (entity: string, text: string) => ({ entity, text });

  it('pairs mentions in order by entity and exact text', () => {
    const expected = [m('ilham-aliyev', 'Aliyev'), m('baku', 'Baku'), m('ilham-aliyev', 'Aliyev')];
    const found = [
      m('ilham-aliyev', 'Aliyev'),
      m('heydar-aliyev', 'Heydar Aliyev'),
      m('ilham-aliyev', 'Aliyev'),
      m('ilham-aliyev', 'Aliyev'),
    ];
    expect(scoreCase(expected, found)).toEqual({
      expected: 3,
      found: 4,
      tp: 2,
      misses: [m('baku', 'Baku')],
      falsePositives: [m('heydar-aliyev', 'Heydar Aliyev'), m('ilham-aliyev', 'Aliyev')],
    });
  });

  it('counts a right entity with a different range as a miss and a false positive', () => {
    const result = scoreCase([m('ilham-aliyev', 'Ilham Aliyev')], [m('ilham-aliyev', 'Aliyev')]);
    expect(result.tp).toBe(0);
    expect(result.misses).toEqual([m('ilham-aliyev', 'Ilham Aliyev')]);
    expect(result.falsePositives).toEqual([m('ilham-aliyev', 'Aliyev')]);
  });

  it('sums cases into per-category and overall precision and recall', () => {
    const cases: EvalCase[] = [
      {
        id: 'a',
        category: 'english-standard',
        kind: 'txt',
        content: 'x',
        expected: [m('baku', 'Baku'), m('armenia', 'Armenia')],
      },
      { id: 'b', category: 'lookalike-traps', kind: 'txt', content: 'y', expected: [] },
    ];
    // A hand-made scanner: one right and one wrong mention per case.
    const scanner = {
      scan: (content: string) => ({
        onStory: true,
        mentions: (content === 'x'
          ? [m('baku', 'Baku'), m('france', 'France')]
          : [m('france', 'France')]
        ).map((x) => ({ ...x, painted: true })),
      }),
    };
    const report = evaluate(cases, scanner);
    expect(report.categories.map((c) => [c.name, c.tp, c.fp, c.fn, c.precision, c.recall])).toEqual(
      [
        ['english-standard', 1, 1, 1, 0.5, 0.5],
        ['lookalike-traps', 0, 1, 0, 0, 1],
      ],
    );
    expect(report.overall).toMatchObject({ cases: 2, expected: 2, found: 3, tp: 1 });
    expect(report.overall.precision).toBeCloseTo(1 / 3);
    expect(report.overall.recall).toBe(0.5);
    expect(formatErrors(report)).toBe(
      'miss  a: armenia "Armenia"\nFP    a: france "France"\nFP    b: france "France"',
    );
  });
});

describe('loadCases', () => {
  it('reports every bad case with its file, index and reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-cases-'));
    try {
      const cases = [
        { id: 'ok', category: 'html-structure', kind: 'txt', content: 'Baku', expected: [] },
        {
          id: 'Bad Id',
          category: 'html-structure',
          kind: 'pdf',
          content: 'Aliyev spoke.',
          expected: [
            { entity: 'ilham-aliev', text: 'Aliyev' },
            { entity: 'baku', text: 'Baku' },
          ],
          expect: [],
        },
        { id: 'ok', category: 'other-languages', kind: 'txt', content: 'x', expected: [] },
        {
          id: 'typo',
          category: 'html-structure',
          kind: 'html',
          content: '<p>Baku</p>',
          expected: [{ entity: 'baku', text: 'Bakou' }],
        },
      ];
      writeFileSync(
        join(dir, 'html-structure.json'),
        JSON.stringify({ category: 'html-structure', cases }),
      );
      writeFileSync(join(dir, 'misc.json'), '{ not json');
      let message = '';
      try {
        loadCases(dir, new Set(['ilham-aliyev', 'baku']));
      } catch (error) {
        message = (error as Error).message;
      }
      const file = join(dir, 'html-structure.json');
      expect(message).toContain('7 problem(s)');
      expect(message).toContain(`${file}: cases[1] (id "Bad Id"): unknown key "expect"`);
      expect(message).toContain('cases[1] (id "Bad Id"): id must be a kebab-case string');
      expect(message).toContain('cases[1] (id "Bad Id"): kind must be "txt" or "html"');
      expect(message).toContain(
        'cases[1] (id "Bad Id"): expected[0].entity "ilham-aliev" is not an entity of the dataset',
      );
      expect(message).toContain('cases[2] (id "ok"): category must be "html-structure"');
      expect(message).toContain(
        'cases[3] (id "typo"): expected[0].text "Bakou" does not occur (in order) in content',
      );
      expect(message).toContain(`${join(dir, 'misc.json')}: `);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
