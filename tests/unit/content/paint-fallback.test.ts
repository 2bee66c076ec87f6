// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createFallbackPainter, MARK_TAG } from '../../../src/content/paint-fallback.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';

function range(startNode: Node, start: number, endNode: Node, end: number): StaticRange {
  return new StaticRange({
    startContainer: startNode,
    startOffset: start,
    endContainer: endNode,
    endOffset: end,
  });
}

describe('fallback painter', () => {
  it('wraps mentions in custom elements and restores the exact original nodes', () => {
    document.body.innerHTML =
      '<p id="p">President Ilham Aliyev met <b>Nikol</b> Pashinyan in Baku.</p>';
    const p = document.getElementById('p')!;
    const before = p.innerHTML;
    const first = p.firstChild as Text;
    const bold = p.querySelector('b')!.firstChild as Text;
    const after = p.childNodes[2] as Text;
    const nodesBefore = [...p.childNodes];
    const painter = createFallbackPainter(DEFAULT_SETTINGS.styles, 'light');
    const key = {};
    painter.set(key, [
      { range: range(first, 10, first, 22), type: 'person' },
      { range: range(bold, 0, after, 10), type: 'person' },
      { range: range(after, 14, after, 18), type: 'place' },
    ]);
    const marks = [...p.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => m.textContent)).toEqual([
      'Ilham Aliyev',
      'Nikol',
      ' Pashinyan',
      'Baku',
    ]);
    expect(marks.map((m) => m.getAttribute('data-type'))).toEqual([
      'person',
      'person',
      'person',
      'place',
    ]);
    expect(p.textContent).toBe('President Ilham Aliyev met Nikol Pashinyan in Baku.');

    painter.delete(key);
    expect(p.innerHTML).toBe(before);
    // The very same node objects, not look-alike copies: frameworks holding them keep working.
    expect([...p.childNodes]).toEqual(nodesBefore);
    expect(p.querySelector('b')!.firstChild).toBe(bold);
  });

  it('repaints a block and clears everything', () => {
    document.body.innerHTML = '<p id="p">Baku and Yerevan</p>';
    const p = document.getElementById('p')!;
    const t = p.firstChild as Text;
    const painter = createFallbackPainter(DEFAULT_SETTINGS.styles, 'dark');
    const key = {};
    painter.set(key, [{ range: range(t, 0, t, 4), type: 'place' }]);
    painter.set(key, [{ range: range(t, 9, t, 16), type: 'place' }]);
    expect([...p.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['Yerevan']);
    expect(p.querySelector(MARK_TAG)!.getAttribute('data-theme')).toBe('dark');
    painter.restyle({ ...DEFAULT_SETTINGS.styles, place: 'tint' }, 'light');
    expect(p.querySelector(MARK_TAG)!.getAttribute('data-style')).toBe('tint');
    painter.clear();
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(t);
    expect(t.data).toBe('Baku and Yerevan');
  });
});
