import { describe, expect, it } from 'vitest';
import { loadDatasetFiles } from '../../../../scripts/lib/load-dataset.ts';
import { foldedWord } from '../../../../src/core/dataset/rules/folds.ts';
import type { WordLists } from '../../../../src/core/dataset/rules/folds.ts';
import { validateDataset } from '../../../../src/core/dataset/validate.ts';

const files = loadDatasetFiles('tests/fixtures/datasets/fold-collision');
const french: WordLists = new Map([['fr', new Map([['armenien', 'arménien']])]]);

/** The files with one more alias on the fixture's Armenia. */
function withAlias(alias: Record<string, unknown>): Record<string, unknown> {
  const key = Object.keys(files).find((f) => f.endsWith('countries.json')) ?? '';
  const [armenia] = structuredClone(files[key]) as [{ aliases: unknown[] }];
  armenia.aliases = [{ text: 'Armenia', lang: 'en' }, alias];
  return { ...files, [key]: [armenia] };
}

describe('the folding check', () => {
  it('reports an alias that folds like a common word of another language, naming both and where', () => {
    const result = validateDataset(files, { words: french });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        file: expect.stringMatching(/fold-collision\/countries\.json$/u),
        path: '$[0].aliases[1].text',
        message: expect.stringContaining(
          "alias 'Armenien' (de) folds like the fr word 'arménien' (\"armenien\")",
        ),
      },
    ]);
  });

  it('accepts it with context, with case-sensitivity or with a reason, and checks no language against itself', () => {
    const ok = (alias: Record<string, unknown>) =>
      validateDataset(withAlias(alias), { words: french }).ok;
    expect(ok({ text: 'Armenien', lang: 'de', caseSensitive: true })).toBe(true);
    expect(ok({ text: 'Armenien', lang: 'de', context: ['baku'] })).toBe(true);
    expect(ok({ text: 'Armenien', lang: 'de', sharedFold: 'Why they never meet.' })).toBe(true);
    expect(ok({ text: 'arménien', lang: 'fr', weak: 'demonym' })).toBe(true);
  });

  it('runs only when given word lists', () => {
    expect(validateDataset(files).ok).toBe(true);
  });

  it('compares single words as the matcher folds them', () => {
    expect(foldedWord('Arménien')).toBe('armenien');
    expect(foldedWord('Azərbaycan')).toBe('azerbaycan');
    expect(foldedWord('Nagorno-Karabakh')).toBeUndefined();
  });
});
