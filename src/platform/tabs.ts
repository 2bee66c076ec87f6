import { browser } from './browser.ts';
import type { Tabs } from 'webextension-polyfill';

/** The tab the popup belongs to (the active tab of the current window). */
export async function activeTab(): Promise<Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Host name of a tab's URL, or '' for pages that have none (about:, chrome:, file:). */
export function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function openOptions(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

export function i18n(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
