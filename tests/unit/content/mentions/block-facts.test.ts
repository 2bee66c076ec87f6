// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockFacts } from '../../../../src/content/mentions/block-facts.ts';
import { collectBlocks } from '../../../../src/content/text/collect-blocks.ts';

/** The facts of every block of `html`, by the block's text. */
function factsOf(html: string): Record<string, string> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: Record<string, string> = {};
  for (const block of collectBlocks(doc).blocks) {
    const { head, boilerplate } = blockFacts(block);
    out[block.text.trim()] = [head ? 'head' : '', boilerplate ? 'furniture' : '']
      .filter(Boolean)
      .join(' ');
  }
  return out;
}

describe('blockFacts', () => {
  it('marks navigation, menus, footers, sidebars and ARIA landmarks as furniture', () => {
    expect(
      factsOf(`
        <nav><a>Armenia</a></nav>
        <div role="navigation"><a>Azerbaijan</a></div>
        <ul role="menu"><li>Yerevan</li></ul>
        <aside><p>Baku</p></aside>
        <footer><p>France</p></footer>
        <div role="contentinfo"><p>Russia</p></div>
        <main><p>Aliyev spoke.</p></main>`),
    ).toEqual({
      Armenia: 'furniture',
      Azerbaijan: 'furniture',
      Yerevan: 'furniture',
      Baku: 'furniture',
      France: 'furniture',
      Russia: 'furniture',
      'Aliyev spoke.': '',
    });
  });

  it('takes a header outside the content for the site banner, and an article header for content', () => {
    expect(
      factsOf(`
        <header><p>World news</p></header>
        <header><h1>Aliyev threatens Armenia</h1></header>
        <article><header><p>By a correspondent</p></header><p>Text.</p></article>`),
    ).toEqual({
      'World news': 'furniture',
      'Aliyev threatens Armenia': 'head',
      'By a correspondent': '',
      'Text.': '',
    });
  });

  it('finds the head in an h1 or an ARIA level-1 heading, text inside shadow roots included', () => {
    const doc = new DOMParser().parseFromString(
      '<div role="heading" aria-level="1">Pashinyan replies</div><div id="host"></div>',
      'text/html',
    );
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<nav>Menu Armenia</nav>';
    const facts = collectBlocks(doc).blocks.map((b) => [b.text, blockFacts(b)]);
    expect(facts).toEqual([
      ['Pashinyan replies', { head: true, boilerplate: false }],
      ['Menu Armenia', { head: false, boilerplate: true }],
    ]);
  });
});
