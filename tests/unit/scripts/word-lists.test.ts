import { describe, expect, it } from 'vitest';
import { loadDataset, loadDatasetFiles } from '../../../scripts/lib/load-dataset.ts';
import {
  dictionaryWords,
  expand,
  loadWordLists,
  parseAffixes,
} from '../../../scripts/lib/word-lists.ts';
import { validateDataset } from '../../../src/core/dataset/validate.ts';

const AFF = [
  'SET UTF-8',
  'FLAG long',
  'SFX F+ Y 3',
  'SFX F+ 0 0 [^sxz]',
  "SFX F+ 0 s/L' [^sxz]",
  'SFX F+ n nne n',
].join('\n');

describe('the hunspell reader', () => {
  it('applies the suffix rules a stem’s flags name, with their strip and condition', () => {
    const affixes = parseAffixes(AFF);
    expect([...new Set(expand('arménien', 'F+', affixes))].sort()).toEqual([
      'arménien',
      'arménienne',
      'arméniens',
    ]);
  });

  it('keeps only common words (lower case) whose fold is wanted', () => {
    const dic = ['3', 'arménien/F+', 'Arménie', 'armoire/S.'].join('\n');
    const words = dictionaryWords(AFF, dic, new Set(['armenienne', 'armenie']));
    expect([...words]).toEqual([['armenienne', 'arménienne']]);
  });
});

describe('the folding check on real dictionaries', () => {
  it('finds the Armenien collision in the fixture', () => {
    const files = loadDatasetFiles('tests/fixtures/datasets/fold-collision');
    const dataset = loadDataset('tests/fixtures/datasets/fold-collision');
    const result = validateDataset(files, { words: loadWordLists(dataset) });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      expect.stringContaining("alias 'Armenien' (de) folds like the fr word 'arménien'"),
    ]);
  });

  it('finds nothing in the shipped dataset', () => {
    expect(() => loadDataset('assets/dataset', { checkFolds: true })).not.toThrow();
  });
});
