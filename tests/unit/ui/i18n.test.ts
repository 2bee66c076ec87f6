import { describe, expect, it } from 'vitest';
import { setTranslator, t } from '../../../src/ui/i18n.ts';
import catalogue from '../../../assets/public/_locales/en/messages.json';

describe('t', () => {
  it('falls back to the bundled English, with substitutions', () => {
    expect(t('cardAsOf', '4 Oct 2024')).toBe('as of 4 Oct 2024');
    expect(t('cardDataVersion', '1.0.0', '20 Feb 2026')).toBe(
      'Backstory data v1.0.0, as of 20 Feb 2026',
    );
  });

  it('uses the browser lookup once installed, and English where it has no message', () => {
    setTranslator((key) => (key === 'cardReadMore' ? 'Lire la suite' : ''));
    expect(t('cardReadMore')).toBe('Lire la suite');
    expect(t('cardRelated')).toBe('Related');
  });

  it('declares every placeholder it uses, as browser.i18n requires', () => {
    for (const [key, entry] of Object.entries(catalogue) as [
      string,
      { message: string; placeholders?: object },
    ][]) {
      const used = [...entry.message.matchAll(/\$([A-Z]+)\$/g)].map((m) => m[1]!.toLowerCase());
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual([...new Set(used)].sort());
    }
  });
});
