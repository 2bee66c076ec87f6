/**
 * Content script entry. Runs in every frame of every page, so it must never throw into the page:
 * everything starts inside one guarded call, and any failure disables Backstory on this page
 * quietly instead of breaking it.
 */
import { startLifecycle } from './lifecycle.ts';
import { startContent } from './start-content.ts';

try {
  const lifecycle = startLifecycle();
  if (lifecycle) {
    startContent(lifecycle).catch((error: unknown) => {
      console.debug('[Backstory] disabled on this page:', error);
      lifecycle.teardown('start failed');
    });
  }
} catch (error) {
  console.debug('[Backstory] disabled on this page:', error);
}
