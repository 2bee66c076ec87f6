import type { TextBlock } from '../text/text-block.ts';

/**
 * Page furniture: names in a site's navigation, menus, footers and sidebars are read and found
 * like any other, but they do not make a page about the story (a menu listing countries is on
 * every page of a news site). A <header> counts only outside the page's main content, where it
 * is the site's banner rather than an article's headline.
 */
const FURNITURE =
  'nav, footer, aside, menu, [role="navigation"], [role="contentinfo"], [role="complementary"], [role="banner"], [role="menu"], [role="menubar"]';
const HEAD = 'h1, [role="heading"][aria-level="1"]';

export interface BlockFacts {
  readonly head: boolean;
  readonly boilerplate: boolean;
}

function elementOf(block: TextBlock): Element | null {
  const node = block.nodes[0]?.parentNode ?? null;
  if (node === null) return null;
  if (node.nodeType === 1) return node as Element;
  return node.nodeType === 11 && 'host' in node ? (node as ShadowRoot).host : null;
}

export function blockFacts(block: TextBlock): BlockFacts {
  const element = elementOf(block);
  if (element === null) return { head: false, boilerplate: false };
  const header = element.closest('header');
  const boilerplate =
    element.closest(FURNITURE) !== null ||
    (header !== null &&
      header.closest('main, article, [role="main"]') === null &&
      !header.querySelector(HEAD));
  return { head: element.closest(HEAD) !== null, boilerplate };
}
