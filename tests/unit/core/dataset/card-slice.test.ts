import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../scripts/lib/load-dataset.ts';
import { toCardData } from '../../../../src/core/dataset/compile.ts';
import { cardSlice, isCardData } from '../../../../src/core/dataset/card-slice.ts';

const data = toCardData(loadDataset('assets/dataset'));

describe('cardSlice', () => {
  it('holds everything one card renders, and nothing it does not', () => {
    const slice = cardSlice(data, 'ani-badalyan')!;
    const entity = slice.entities['ani-badalyan']!;
    expect(entity).toEqual(data.entities['ani-badalyan']);
    for (const q of [...entity.quotesBy, ...entity.quotesAbout]) {
      const quote = slice.quotes[q]!;
      expect(quote).toEqual(data.quotes[q]);
      expect(slice.entities[quote.speaker]).toBeDefined();
      expect(slice.sources[quote.source]).toEqual(data.sources[quote.source]);
    }
    for (const r of entity.related) expect(slice.entities[r]).toBeDefined();
    expect(Object.keys(slice.entities).length).toBeLessThan(Object.keys(data.entities).length);
    expect(isCardData(slice)).toBe(true);
  });

  it('is null for an unknown id, and the check rejects junk', () => {
    expect(cardSlice(data, 'nobody')).toBeNull();
    expect(isCardData({ meta: {} })).toBe(false);
    expect(isCardData(null)).toBe(false);
  });
});
