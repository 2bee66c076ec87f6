/**
 * Elements that end the run of text before them and start a new one. Decided by tag name, not
 * layout: jsdom has no layout and `getComputedStyle` on every element of a large page costs
 * seconds. The cost is that CSS-made blocks (`<span style="display:block">`) join their
 * neighbours; page text nearly always has whitespace there, so names still do not merge.
 *
 * `<br>` and `<hr>` are boundaries: a line break never continues a name, and splitting there
 * keeps block text equal to the joined node data. Replaced and form elements (`<button>`,
 * `<iframe>`, `<video>` …) are boundaries because they draw a box between the text around them.
 * Unknown and custom elements are inline (most custom elements on news sites wrap inline
 * content); shadow hosts, however, are boundaries (checked by the collector, not here).
 */
const BOUNDARY_TAGS = new Set([
  'address',
  'article',
  'aside',
  'audio',
  'blockquote',
  'body',
  'br',
  'button',
  'canvas',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'embed',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frame',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'header',
  'hgroup',
  'hr',
  'html',
  'iframe',
  'input',
  'legend',
  'li',
  'listing',
  'main',
  'marquee',
  'menu',
  'nav',
  'object',
  'ol',
  'optgroup',
  'option',
  'p',
  'plaintext',
  'pre',
  'rp',
  'rt',
  'search',
  'section',
  'select',
  'summary',
  'table',
  'tbody',
  'td',
  'textarea',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'video',
  'xmp',
]);

/**
 * True when `el` separates text blocks by its tag (see the rules above). Pass `localName` when
 * already read: a walk checks every element several ways and each read is a DOM call.
 */
export function isBlockBoundary(el: Element, localName: string = el.localName): boolean {
  return BOUNDARY_TAGS.has(localName);
}
