import { describe, expect, it } from 'vitest';
import { attachSuffixes } from '../../../../src/content/mentions/attached-suffix.ts';

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { entity: 'x', start, end: start + name.length };
};
const ranges = (text: string, name: string) =>
  attachSuffixes(text, [at(text, name)]).map((m) => text.slice(m.start, m.end));

describe('attachSuffixes', () => {
  it('takes Azerbaijani and Armenian case endings written after a hyphen or apostrophe', () => {
    expect(ranges('BMT-nin Baş Assambleyası', 'BMT')).toEqual(['BMT-nin']);
    expect(ranges('COP29-a dəvət edilib', 'COP29')).toEqual(['COP29-a']);
    expect(ranges("ABŞ'ın mövqeyi", 'ABŞ')).toEqual(["ABŞ'ın"]);
    expect(ranges('ԱՄՆ-ի պետքարտուղար', 'ԱՄՆ')).toEqual(['ԱՄՆ-ի']);
    expect(ranges('COP29-ում', 'COP29')).toEqual(['COP29-ում']);
    // An en dash as joiner, and the Western ablative.
    expect(ranges('ՍԴ–ի որոշումը', 'ՍԴ')).toEqual(['ՍԴ–ի']);
    expect(ranges('ՄԱԿ-էն եկած', 'ՄԱԿ')).toEqual(['ՄԱԿ-էն']);
  });

  it('leaves other hyphenated words alone', () => {
    expect(ranges('a UN-led mission', 'UN')).toEqual(['UN']);
    expect(ranges('U.S.-backed talks', 'U.S.')).toEqual(['U.S.']);
    expect(ranges('Ermənistan-Azərbaycan sülhü', 'Ermənistan')).toEqual(['Ermənistan']);
    expect(ranges('COP29-', 'COP29')).toEqual(['COP29']);
  });

  it('returns the same list when nothing changes', () => {
    const list = [at('Baku, then Yerevan', 'Baku')];
    expect(attachSuffixes('Baku, then Yerevan', list)).toBe(list);
  });
});
