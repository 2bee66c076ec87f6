/**
 * The one place that imports webextension-polyfill: every other module reaches the browser
 * through src/platform, so the promise-based `browser.*` API is used the same way in Chrome and
 * Firefox and can be swapped out in one file.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Menus, Storage } from 'webextension-polyfill';

/**
 * True while this context still belongs to a live extension. After an update or reload, an old
 * content script keeps running but `runtime.id` is gone and every API call throws.
 */
export function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}
