import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlightPainter } from '../../../../src/content/paint/highlight-painter.ts';
import type { EntityType } from '../../../../src/core/dataset/kinds.ts';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings.ts';

/** The Highlight API as far as the painter uses it: a registry of named sets of ranges. */
class FakeHighlight extends Set<AbstractRange> {}
let registry: Map<string, FakeHighlight>;
const saved = { CSS: globalThis.CSS, Highlight: globalThis.Highlight };

beforeEach(() => {
  registry = new Map();
  Object.assign(globalThis, { CSS: { highlights: registry }, Highlight: FakeHighlight });
});
afterEach(() => {
  Object.assign(globalThis, saved);
});

const range = (): AbstractRange => ({}) as AbstractRange;
const item = (type: EntityType) => ({ range: range(), type });

describe('createHighlightPainter', () => {
  it('registers one highlight per type, named by theme and style', () => {
    const painter = createHighlightPainter(DEFAULT_SETTINGS.styles, 'light');
    const person = item('person');
    const place = item('place');
    painter.set({}, [person, place]);
    expect([...registry.keys()].sort()).toEqual([
      'backstory-light-underline-person',
      'backstory-light-underline-place',
    ]);
    expect([...registry.get('backstory-light-underline-person')!]).toEqual([person.range]);
  });

  it('hides a type by unregistering its highlight, keeping its ranges for when it returns', () => {
    const painter = createHighlightPainter(DEFAULT_SETTINGS.styles, 'dark');
    const key = {};
    const person = item('person');
    const place = item('place');
    painter.set(key, [person, place]);
    const highlight = registry.get('backstory-dark-underline-place')!;

    painter.showType('place', false);
    expect([...registry.keys()]).toEqual(['backstory-dark-underline-person']);
    expect([...highlight]).toEqual([place.range]);

    // Painting while hidden fills the highlight but does not register it.
    const later = item('place');
    painter.set({}, [later]);
    expect(registry.has('backstory-dark-underline-place')).toBe(false);

    painter.showType('place', true);
    expect(registry.get('backstory-dark-underline-place')).toBe(highlight);
    expect([...highlight]).toEqual([place.range, later.range]);
  });

  it('starts with the hidden types it is given, and restyles without showing them', () => {
    const painter = createHighlightPainter(DEFAULT_SETTINGS.styles, 'light', ['event']);
    painter.set({}, [item('event'), item('person')]);
    expect([...registry.keys()]).toEqual(['backstory-light-underline-person']);
    painter.restyle({ ...DEFAULT_SETTINGS.styles, person: 'tint' }, 'light');
    expect([...registry.keys()]).toEqual(['backstory-light-tint-person']);
    painter.showType('event', true);
    expect([...registry.keys()].sort()).toEqual([
      'backstory-light-tint-person',
      'backstory-light-underline-event',
    ]);
  });

  it('clear unregisters everything', () => {
    const painter = createHighlightPainter(DEFAULT_SETTINGS.styles, 'light');
    painter.set({}, [item('person')]);
    painter.clear();
    expect(registry.size).toBe(0);
  });
});
