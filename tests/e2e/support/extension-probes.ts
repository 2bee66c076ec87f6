/**
 * Reads extension state from inside an extension page (where `chrome.*` is available). Each
 * probe is its own function: extension pages forbid `eval`, so no generic runner is possible.
 */
import type { Page } from 'puppeteer-core';
import type { PageReport } from '../../../src/core/messages.ts';

export function badgeText(page: Page, tabId: number): Promise<string> {
  return page.evaluate(
    (id: number) =>
      (
        globalThis as unknown as {
          chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        }
      ).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** Waits until the badge shows `expected` (the content script reports after a short delay). */
export async function waitForBadge(
  page: Page,
  tabId: number,
  expected: string | ((text: string) => boolean),
): Promise<string> {
  const ok = typeof expected === 'string' ? (t: string) => t === expected : expected;
  const deadline = Date.now() + 10_000;
  let text = await badgeText(page, tabId);
  while (!ok(text) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    text = await badgeText(page, tabId);
  }
  return text;
}

export function setStoredSettings(page: Page, value: unknown): Promise<void> {
  return page.evaluate(
    (v: unknown) =>
      (
        globalThis as unknown as {
          chrome: { storage: { sync: { set(o: object): Promise<void> } } };
        }
      ).chrome.storage.sync.set({ settings: v }),
    value as never,
  );
}

export function sendToTab(page: Page, tabId: number, message: object): Promise<unknown> {
  return page.evaluate(
    (id: number, m: object) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: object, o: object): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(id, m, { frameId: 0 }),
    tabId,
    message,
  );
}

/** Reloads an extension page from inside (Firefox refuses driver navigation to moz-extension:). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  // BiDi does not always report navigations of extension pages, so the new document is
  // recognised by the missing marker the old one carried.
  await page.evaluate(() => {
    (globalThis as unknown as { __beforeReload?: boolean }).__beforeReload = true;
    location.reload();
  });
  await page.waitForFunction(
    () =>
      !(globalThis as unknown as { __beforeReload?: boolean }).__beforeReload &&
      document.readyState === 'complete',
    { timeout: 10_000 },
  );
}

/**
 * Asks the tab's content script for its page report (what the popup shows) until it counts
 * exactly `counts` (entity id, mentions; in any order); throws with the last report otherwise.
 */
export async function waitForReportCounts(
  page: Page,
  tabId: number,
  counts: ReadonlyArray<readonly [string, number]>,
  timeout = 15_000,
): Promise<PageReport> {
  const want = JSON.stringify([...counts].sort());
  const deadline = Date.now() + timeout;
  for (;;) {
    const report = (await sendToTab(page, tabId, { type: 'page/get-report' })) as PageReport;
    if (JSON.stringify([...report.counts].sort()) === want) return report;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeout} ms waiting for the page report to count ${want}; last: ${JSON.stringify(report)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
