// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isBlockBoundary } from '../../../../src/content/text/block-boundary.ts';

describe('isBlockBoundary', () => {
  it.each(['p', 'div', 'li', 'td', 'th', 'tr', 'h1', 'h6', 'br', 'hr', 'pre', 'section', 'button'])(
    '<%s> separates blocks',
    (tag) => expect(isBlockBoundary(document.createElement(tag))).toBe(true),
  );

  it.each(['span', 'b', 'i', 'a', 'sup', 'code', 'wbr', 'img', 'x-name', 'slot'])(
    '<%s> is inline',
    (tag) => expect(isBlockBoundary(document.createElement(tag))).toBe(false),
  );
});
