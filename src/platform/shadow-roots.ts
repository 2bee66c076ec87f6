/**
 * Extensions may read closed shadow roots, which pages hide from scripts: Chrome through
 * `chrome.dom.openOrClosedShadowRoot(el)`, Firefox through the content-script-only
 * `el.openOrClosedShadowRoot`. Returns the getter this browser offers, or undefined (then only
 * open roots are seen).
 */
export function closedShadowRootGetter(): ((el: Element) => ShadowRoot | null) | undefined {
  const chromeDom = (
    globalThis as unknown as {
      chrome?: { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } };
    }
  ).chrome?.dom?.openOrClosedShadowRoot;
  if (typeof chromeDom === 'function')
    return (el) => (el instanceof HTMLElement ? chromeDom(el) : el.shadowRoot);
  if (typeof Element !== 'undefined' && 'openOrClosedShadowRoot' in Element.prototype)
    return (el) =>
      (el as Element & { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot;
  return undefined;
}
