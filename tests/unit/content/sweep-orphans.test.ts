// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sweepOrphans } from '../../../src/content/sweep-orphans.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('sweepOrphans', () => {
  it('removes card hosts a discarded instance left, and nothing of the page', () => {
    document.body.innerHTML =
      '<p id="p">Ilham Aliyev</p><backstory-card-hostx></backstory-card-hostx>';
    document.documentElement.append(document.createElement('backstory-card-host'));
    document.documentElement.append(document.createElement('backstory-card-host'));
    sweepOrphans(document);
    expect(document.querySelectorAll('backstory-card-host')).toHaveLength(0);
    expect(document.getElementById('p')?.textContent).toBe('Ilham Aliyev');
    expect(document.querySelector('backstory-card-hostx')).not.toBeNull();
  });

  it('unregisters Backstory’s highlights and keeps the page’s own', () => {
    // jsdom has no Highlight API: a registry with the same Map interface stands in for it.
    const registry = new Map<string, object>([
      ['backstory-light-underline-person', {}],
      ['backstory-dark-tint-place', {}],
      ['search-results', {}],
    ]);
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', function Highlight() {});
    sweepOrphans(document);
    expect([...registry.keys()]).toEqual(['search-results']);
  });

  it('does nothing to highlights where the Highlight API is missing', () => {
    vi.stubGlobal('CSS', undefined);
    expect(() => sweepOrphans(document)).not.toThrow();
  });
});
