/**
 * Reaches an element's shadow root, closed ones included when the browser lets an extension:
 * Chrome's `chrome.dom.openOrClosedShadowRoot(el)`, Firefox's `el.openOrClosedShadowRoot`.
 * The content script passes one of those; without it only open roots are seen.
 */
export type GetShadowRoot = (host: Element) => ShadowRoot | null | undefined;

// Only these elements (and custom elements, whose names contain a hyphen) may have a shadow root
// (DOM spec, attachShadow).
const HOST_TAGS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/**
 * The shadow root hosted by `el`, or null; never throws (a failing getter counts as none).
 *
 * Open roots come from `el.shadowRoot`, a cheap property. The injected getter (an extension API
 * call, far dearer) is asked only about custom elements, which is where closed roots live in
 * practice (widgets); a closed root on a built-in element such as a <div> is not reached, so a
 * page of 50,000 divs does not cost 50,000 extension calls.
 */
export function shadowRootOf(
  el: Element,
  getShadowRoot?: GetShadowRoot,
  localName: string = el.localName,
): ShadowRoot | null {
  const custom = localName.includes('-');
  if (!custom && !HOST_TAGS.has(localName)) return null;
  try {
    return el.shadowRoot ?? (custom && getShadowRoot ? getShadowRoot(el) : null) ?? null;
  } catch {
    return null;
  }
}
