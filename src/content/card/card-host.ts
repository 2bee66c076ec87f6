/**
 * The one element Backstory adds to a page: `<backstory-card-host>`, appended to the root element
 * (outside the page's content) the first time a card opens, never before. Its shadow root
 * holds the card, styled by a constructed stylesheet adopted into that root: page CSS cannot reach
 * in, and a strict page CSP cannot block it (adopted sheets are not inline styles).
 */

export const CARD_HOST_TAG = 'backstory-card-host';

export interface CardHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Where preact renders the card. */
  readonly mount: HTMLElement;
  destroy(): void;
}

export function createCardHost(doc: Document, css: string): CardHost {
  const host = doc.createElement(CARD_HOST_TAG);
  host.setAttribute('data-backstory-ui', '');
  // Open, so assistive tech and tests can reach it; page CSS still cannot style inside it.
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  const mount = doc.createElement('div');
  mount.className = 'mount';
  root.append(mount);
  doc.documentElement.append(host);
  return {
    host,
    root,
    mount,
    destroy: () => host.remove(),
  };
}
