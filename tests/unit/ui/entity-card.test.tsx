// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { EntityCard } from '../../../src/ui/EntityCard.tsx';
import type { CardData } from '../../../src/core/dataset/card-data.ts';

const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

const data: CardData = {
  meta: { version: '1.0.0', asOf: '2026-02-20', title: evil, article: 'src' },
  entities: {
    'evil-person': {
      id: 'evil-person',
      type: 'person',
      scope: 'story',
      name: `Ilham ${evil}`,
      description: evil,
      background: `${evil} background.`,
      contestedNames: [{ name: evil, usedBy: evil }],
      facts: [{ label: evil, value: evil, source: 'javascript:alert(1)', asOf: '2026-01-01' }],
      related: ['other'],
      link: 'javascript:window.__pwned=3',
      names: [evil],
      lookalike: false,
      lookalikeOf: ['other'],
      quotesBy: ['q1'],
      quotesAbout: [],
    },
    other: {
      id: 'other',
      type: 'country',
      scope: 'story',
      name: evil,
      description: '',
      background: '',
      contestedNames: [],
      facts: [],
      related: [],
      link: 'https://example.org/',
      names: [],
      lookalike: false,
      lookalikeOf: [],
      quotesBy: [],
      quotesAbout: [],
    },
  },
  quotes: {
    q1: {
      id: 'q1',
      speaker: 'evil-person',
      coSpeakers: [],
      text: evil,
      date: '2024-10-04',
      occasion: evil,
      mentions: [],
      source: 'src',
    },
  },
  sources: { src: { title: evil, publisher: evil, date: '2024-10', url: 'https://example.org/' } },
  timeline: [],
};

describe('EntityCard with hostile data', () => {
  it('renders markup and script from the dataset as inert text', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<EntityCard data={data} entityId="evil-person" onSelect={() => {}} />, root);
    expect(root.querySelectorAll('img, script, iframe, svg, object')).toHaveLength(0);
    expect(
      [...root.querySelectorAll('*')].some((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ),
    ).toBe(false);
    expect(root.textContent).toContain('<img src=x onerror=');
    expect(root.textContent).toContain('<script>window.__pwned=2</script>');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('never renders a javascript: URL as a live link', () => {
    const root = document.createElement('div');
    render(<EntityCard data={data} entityId="evil-person" onSelect={() => {}} />, root);
    for (const a of root.querySelectorAll('a'))
      expect(a.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
  });
});
