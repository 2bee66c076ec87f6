import { browser } from './browser.ts';

/** Origin pattern for one host, as permissions.request takes it. */
export const originFor = (host: string): string => `*://${host}/*`;

/** Whether Backstory may run on `host` (Firefox lets users withhold MV3 host access). */
export async function hasHostAccess(host: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originFor(host)] });
  } catch {
    return false;
  }
}

/** Asks for host access; must be called from a user gesture (a click in the popup). */
export function requestHostAccess(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originFor(host)] });
}

export const isFirefox = (): boolean => browser.runtime.getURL('').startsWith('moz-extension:');
