// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { shadowRootOf } from '../../../../src/content/text/shadow-root-of.ts';

describe('shadowRootOf', () => {
  it('returns open roots by itself and closed ones through the getter', () => {
    const open = document.createElement('div');
    const openRoot = open.attachShadow({ mode: 'open' });
    const closed = document.createElement('x-card');
    const closedRoot = closed.attachShadow({ mode: 'closed' });
    expect(shadowRootOf(open)).toBe(openRoot);
    expect(shadowRootOf(closed)).toBeNull();
    expect(shadowRootOf(closed, (el) => (el === closed ? closedRoot : null))).toBe(closedRoot);
  });

  it('asks the getter only about custom elements without an open root', () => {
    const asked: string[] = [];
    const getter = (el: Element): null => {
      asked.push(el.localName);
      return null;
    };
    for (const tag of ['td', 'a', 'li', 'span', 'x-card', 'p', 'x-open']) {
      const el = document.createElement(tag);
      if (tag === 'x-open') el.attachShadow({ mode: 'open' });
      shadowRootOf(el, getter);
    }
    expect(asked).toEqual(['x-card']);
  });

  it('does not reach a closed root on a built-in element', () => {
    const div = document.createElement('div');
    const closed = div.attachShadow({ mode: 'closed' });
    expect(shadowRootOf(div, () => closed)).toBeNull();
  });

  it('treats a throwing or undefined-returning getter as no root', () => {
    const el = document.createElement('x-card');
    expect(
      shadowRootOf(el, () => {
        throw new Error('gone');
      }),
    ).toBeNull();
    expect(shadowRootOf(el, () => undefined)).toBeNull();
  });
});
