/**
 * Removes what a previous Backstory instance left in this document when it could not clean up
 * after itself. Firefox discards an extension's content-script sandbox on update or reload
 * without running any of its code again (found by tests/e2e/hostile-trust.test.ts): the old
 * Highlight objects stay registered until ours replace them by name, and a card that was open
 * stays on screen for good, deaf to Esc and the pointer. In Chrome the orphan still runs and
 * tears itself down on the new instance's hello event, so there is nothing left to sweep.
 */
import { CARD_HOST_TAG } from './card/card-host.ts';
import { highlightApiAvailable } from './paint/highlight-painter.ts';

/**
 * Call once a new instance has started (startLifecycle returned one) and before it paints or
 * opens a card: at that point nothing Backstory-named in the document is ours.
 */
export function sweepOrphans(doc: Document): void {
  for (const host of doc.querySelectorAll(CARD_HOST_TAG)) host.remove();
  if (!highlightApiAvailable()) return;
  const registry = CSS.highlights;
  for (const name of [...registry.keys()]) {
    if (name.startsWith('backstory-')) registry.delete(name);
  }
}
