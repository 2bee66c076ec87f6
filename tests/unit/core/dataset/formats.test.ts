import { describe, expect, it } from 'vitest';
import { aliasKey } from '../../../../src/core/dataset/alias-key.ts';
import {
  checkDate,
  checkFormat,
  checkLang,
  compareDates,
} from '../../../../src/core/dataset/formats.ts';
import { unattributedLoadedTerm } from '../../../../src/core/dataset/rules/neutrality.ts';
import { endsSentence, splitSentences } from '../../../../src/core/dataset/sentences.ts';

describe('dates', () => {
  it.each(['2024', '2024-10', '2024-10-04', '2024-02-29', '2000-02-29'])('accepts %s', (date) => {
    expect(checkDate(date)).toBeNull();
  });

  it.each([
    ['2023-02-29', 'is not a day of the calendar'],
    ['1900-02-29', 'is not a day of the calendar'],
    ['2024-04-31', 'is not a day of the calendar'],
    ['2024-13', 'has no month 13'],
    ['24-10-04', 'is not an ISO date'],
    ['2024/10/04', 'is not an ISO date'],
  ])('rejects %s', (date, reason) => {
    expect(checkDate(date)).toContain(reason);
  });

  it('compares dates of different precision on what they share', () => {
    expect(compareDates('2024', '2024-10-04')).toBe(0);
    expect(compareDates('2024-09-30', '2024-10')).toBe(-1);
    expect(compareDates('2025-01-20', '2025-01-19')).toBe(1);
  });
});

describe('language tags', () => {
  it.each(['en', 'hy', 'az', 'ru', 'az-Latn', 'az-Cyrl', 'en-US', 'und', 'es'])(
    'accepts %s',
    (tag) => {
      expect(checkLang(tag)).toBeNull();
    },
  );

  it.each(['english', 'e', 'en_US', 'armenian', ''])('rejects %j', (tag) => {
    expect(checkLang(tag)).toMatch(/is not a BCP 47 language tag/);
  });

  it('asks for the canonical case', () => {
    expect(checkLang('az-latn')).toBe("language tag 'az-latn' is not canonical: write 'az-Latn'");
  });
});

describe('other formats', () => {
  it('checks kebab-case ids', () => {
    expect(checkFormat('id', '2023-karabakh-offensive')).toBeNull();
    for (const bad of [
      'Ilham-Aliyev',
      'ilham--aliyev',
      '-baku',
      'baku-',
      'ilham_aliyev',
      'élysée',
    ]) {
      expect(checkFormat('id', bad)).toMatch(/not a kebab-case id/);
    }
  });

  it('accepts only http(s) URLs with a host', () => {
    expect(checkFormat('url', 'https://en.wikipedia.org/wiki/%C3%89lys%C3%A9e_Palace')).toBeNull();
    expect(checkFormat('url', 'http://www.newscafe.ge/en-US/Article?articleId=138')).toBeNull();
    for (const bad of [
      'ftp://example.org',
      'https://',
      'www.example.org',
      'https://localhost/x',
      'https://a b.org',
    ]) {
      expect(checkFormat('url', bad)).toMatch(/not an http\(s\) URL/);
    }
  });

  it('counts description length in characters, not UTF-16 units', () => {
    expect(checkFormat('description', 'Ա'.repeat(160))).toBeNull();
    expect(checkFormat('description', '𝐀'.repeat(160))).toBeNull();
    expect(checkFormat('description', 'a'.repeat(161))).toBe(
      'description is 161 characters long; the limit is 160',
    );
  });

  it('rejects untidy one-line text', () => {
    expect(checkFormat('line', ' Baku')).toBe('has leading or trailing spaces');
    expect(checkFormat('line', 'Baku\nCity')).toBe('contains a line break or control character');
    expect(checkFormat('line', 'Baku  City')).toBe('contains a run of several spaces');
    expect(checkFormat('alias', '—')).toBe("alias '—' has no letter or digit");
  });

  it('holds backgrounds to 2–5 finished sentences', () => {
    expect(checkFormat('background', 'One. Two.')).toBeNull();
    expect(checkFormat('background', 'One. Two. Three. Four. Five. Six.')).toBe(
      'background has 6 sentences; write 2 to 5',
    );
    expect(checkFormat('background', 'One. Two')).toBe('background does not end with a full stop');
  });
});

describe('splitSentences', () => {
  it('does not end sentences at initials, acronyms or common abbreviations', () => {
    expect(
      splitSentences(
        'Donald M. Blinken was U.S. ambassador. He met Mr. Smith at St. Mark’s, No. 5. In 1994 he left.',
      ),
    ).toEqual([
      'Donald M. Blinken was U.S. ambassador.',
      'He met Mr. Smith at St. Mark’s, No. 5.',
      'In 1994 he left.',
    ]);
  });

  it('ends sentences after closing quotes and brackets, and keeps an unfinished tail', () => {
    expect(splitSentences('He said “no.” Then (it ended.) And then')).toEqual([
      'He said “no.”',
      'Then (it ended.)',
      'And then',
    ]);
    expect(endsSentence('It ended.”')).toBe(true);
    expect(endsSentence('It ended')).toBe(false);
  });

  it('does not split inside numbers or lower-case continuations', () => {
    expect(splitSentences('It cost 3.5 billion. e.g. this stays. Done.')).toHaveLength(2);
  });
});

describe('unattributedLoadedTerm', () => {
  it.each([
    'Armenian forces occupied the district in 1993.',
    'The regime in Baku disagreed.',
    'Azerbaijan launched an anti-terror operation.',
    'The district was liberated in 2020.',
  ])('flags %j', (text) => {
    expect(unattributedLoadedTerm(text)).toBeDefined();
  });

  it.each([
    'Azerbaijani usage calls those years an occupation and the recapture a liberation.',
    'Azerbaijan officially called it “local anti-terrorist measures”.',
    'Armenia described the exodus as ethnic cleansing, which Azerbaijan rejects.',
    'Azerbaijan recaptured the district in 2020.',
  ])('accepts %j', (text) => {
    expect(unattributedLoadedTerm(text)).toBeUndefined();
  });
});

describe('aliasKey', () => {
  it('makes trivially different spellings equal', () => {
    expect(aliasKey('Élysée Palace')).toBe(aliasKey('ELYSEE  palace'));
    expect(aliasKey('Nagorno-Karabakh')).toBe(aliasKey('Nagorno Karabakh'));
    expect(aliasKey('Armenia–Azerbaijan')).toBe(aliasKey('Armenia-Azerbaijan'));
    expect(aliasKey('Aliyev’s')).toBe(aliasKey("Aliyev's"));
    expect(aliasKey('İlham Əliyev')).toBe(aliasKey('ilham əliyev'));
    expect(aliasKey('Երևան')).toBe(aliasKey('Երեւան'));
  });

  it('keeps different names apart', () => {
    expect(aliasKey('Aliyev')).not.toBe(aliasKey('Aliyeva'));
    expect(aliasKey('Алиев')).not.toBe(aliasKey('Aliyev'));
  });
});
