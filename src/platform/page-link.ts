import { browser } from './browser.ts';
import { sendToTab } from './messaging.ts';
import { activeTab } from './tabs.ts';
import type { PageReport } from '../core/messages.ts';
import type { Tabs } from 'webextension-polyfill';

/**
 * The tab a popup speaks for: the active tab, or the one named by `?tab=` when the popup is
 * opened as a page (keyboard users, tests).
 */
export async function targetTab(search = location.search): Promise<Tabs.Tab | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    return browser.tabs.get(fromQuery);
  }
  return activeTab();
}

/** Asks the page's content script for its report; null where no content script runs. */
export async function pageReport(tabId: number): Promise<PageReport | null> {
  try {
    return await sendToTab(tabId, { type: 'page/get-report' });
  } catch {
    return null;
  }
}
