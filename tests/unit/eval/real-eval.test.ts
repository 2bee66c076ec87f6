import { describe, expect, it } from 'vitest';
import { REAL_LANGS, runRealEval } from '../../eval/real-eval.ts';

/**
 * The real-text corpus as `npm run eval` scores it. The floors below are today's figures, a
 * little under: they catch a regression; the targets of the page-stage issue are higher and
 * stay for the note to report, not for this test to pretend.
 */
describe('the real-text corpus', () => {
  const { texts, report } = runRealEval();

  it('holds texts in every language, namesakes and whole unrelated pages', () => {
    const news = texts.filter((t) => t.kind === 'news');
    expect(news.length).toBeGreaterThanOrEqual(60);
    for (const lang of REAL_LANGS.filter((l) => l !== 'hy-x-western'))
      expect(news.filter((t) => t.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    expect(news.filter((t) => t.lang === 'hy-x-western').length).toBeGreaterThanOrEqual(5);
    expect(texts.filter((t) => t.kind === 'namesake').length).toBeGreaterThanOrEqual(15);
    expect(texts.filter((t) => t.kind === 'unrelated').length).toBeGreaterThanOrEqual(6);
  });

  it('does not fall below today’s figures', () => {
    const kind = new Map(report.byKind.categories.map((c) => [c.name, c]));
    expect(kind.get('news')!.precision).toBeGreaterThanOrEqual(0.89);
    expect(kind.get('news')!.recall).toBeGreaterThanOrEqual(0.84);
    expect(kind.get('namesake')!.precision).toBeGreaterThanOrEqual(0.42);
    const { pages, painted } = report.unrelated;
    expect(painted / pages).toBeLessThanOrEqual(1 / 20);
  });
});
