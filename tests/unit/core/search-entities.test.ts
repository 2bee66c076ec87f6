import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../../src/core/search-entities.ts';

const index = createSearchIndex([
  {
    id: 'ilham-aliyev',
    name: 'Ilham Aliyev',
    names: ['Aliyev', 'İlham Əliyev', 'Ильхам Алиев', 'Իլհամ Ալիև'],
  },
  { id: 'heydar-aliyev', name: 'Heydar Aliyev', names: ['Heydar Aliyev', 'Гейдар Алиев'] },
  { id: 'yerevan', name: 'Yerevan', names: ['Երևան', 'Ереван', 'Erevan'] },
]);

describe('entity search', () => {
  it('finds by any alias in any script, ignoring case and accents', () => {
    expect(index.search('ilham')).toEqual(['ilham-aliyev']);
    expect(index.search('ƏLİYEV')[0]).toBe('ilham-aliyev');
    expect(index.search('алиев')).toEqual(['heydar-aliyev', 'ilham-aliyev']);
    expect(index.search('Երևան')).toEqual(['yerevan']);
    expect(index.search('ereva')).toEqual(['yerevan']);
  });

  it('ranks exact names before prefixes and inner matches', () => {
    expect(index.search('aliyev')).toEqual(['ilham-aliyev', 'heydar-aliyev']);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzz')).toEqual([]);
  });
});
