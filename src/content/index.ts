/**
 * Content script entry. Runs in every frame of every page, so it must never throw into the page:
 * everything starts inside one guarded call, and any failure disables Backstory on this page
 * quietly instead of breaking it.
 */
import { startLifecycle } from './lifecycle.ts';
import { startContent } from './start-content.ts';
import { sweepOrphans } from './sweep-orphans.ts';

try {
  const lifecycle = startLifecycle();
  if (lifecycle) {
    try {
      sweepOrphans(document);
    } catch (error) {
      console.debug('[Backstory] could not remove a previous instance’s leftovers:', error);
    }
    startContent(lifecycle).catch((error: unknown) => {
      console.debug('[Backstory] disabled on this page:', error);
      lifecycle.teardown('start failed');
    });
  }
} catch (error) {
  console.debug('[Backstory] disabled on this page:', error);
}
