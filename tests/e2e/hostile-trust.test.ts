/**
 * Trust boundaries and lifecycle faults: a page cannot drive the extension, the extension makes
 * no network request from any of its contexts, and it survives its worker being stopped and
 * itself being reloaded under open pages. Stopping the worker needs the DevTools protocol on
 * Chromium's service worker; Firefox's event page cannot be stopped from the driver, so that
 * test is defined for Chromium only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, HTTPRequest, Page, Target } from 'puppeteer-core';
import { BROWSERS, useSession } from './support/session.ts';
import {
  cardState,
  countElements,
  closeFixturePages,
  openWatched,
  restOnMention,
  paintAudit,
  settledPaint,
  until,
  waitForPaint,
} from './support/page-probes.ts';
import { badgeText, sendToTab } from './support/extension-probes.ts';

const isWorker = (origin: string) => (t: Target) =>
  t.type() === 'service_worker' && t.url().startsWith(origin);

/** Pings the background from an extension page (and so wakes a stopped worker). */
function ping(page: Page): Promise<unknown> {
  return page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'ping' }),
  );
}

/** Stops the extension's service worker, as Chrome does when it idles: closes its target. */
async function stopWorker(browser: Browser, origin: string): Promise<void> {
  const running = browser.targets().find(isWorker(origin));
  if (!running) throw new Error('no running service worker to stop');
  const cdp = await browser.target().createCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const info = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(origin));
  await cdp.send('Target.closeTarget', { targetId: info!.targetId });
  await cdp.detach();
  // A message may wake a new worker at once: wait for this one to be gone, not for none.
  await until(async () => !browser.targets().includes(running), 'the service worker to stop');
}

describe.each(BROWSERS)('trust boundaries and lifecycle in %s', (name) => {
  const session = useSession(name);
  afterEach(() => closeFixturePages(session()));

  it('a page speaking our protocol (postMessage, DOM events) triggers nothing', async () => {
    const { ext, server } = session();
    const { page, faults } = await openWatched(ext.browser, server.url('/hostile/messages.html'));
    await waitForPaint(page, 2);
    const extensionId = new URL(ext.extensionOrigin).host;
    const outcome = await page.evaluate(
      (id: string) =>
        (globalThis as unknown as { fireHostileMessages(id: string): string }).fireHostileMessages(
          id,
        ),
      extensionId,
    );
    // Pages get no chrome.runtime to message an extension that declares no externally_connectable.
    expect(outcome).toBe('no runtime');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await cardState(page)).toBeNull();
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // Our own start-up event, dispatched by the page, did not make the live script leave.
    expect((await paintAudit(page)).texts).toEqual(['Ilham Aliyev', 'Jabrayil']);
    expect(faults.errors).toEqual([]);
    await page.close();
  });

  it('the popup search shows a markup query as text', async () => {
    const { openExtensionPage } = session();
    const popup = await openExtensionPage('src/popup/index.html');
    const faults = { dialogs: [] as string[] };
    popup.on('dialog', (d) => {
      faults.dialogs.push(d.message());
      void d.dismiss();
    });
    await popup.bringToFront();
    const bait = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await popup.type('input[type=search]', bait);
    const shown = await until(
      () => popup.$eval('.search', (el) => (el as HTMLElement).innerText),
      'the search result',
    );
    expect(shown).toContain(bait);
    expect(await countElements(popup, '.search img, .search script')).toBe(0);
    expect(faults.dialogs).toEqual([]);
    await popup.close();
  });

  it('no extension context makes a network request (page, card, popup, options)', async () => {
    const { ext, server, tabIdOf, openExtensionPage } = session();
    const seen: string[] = [];
    const own = (url: string) => url.startsWith(ext.extensionOrigin);
    const watchExtensionPage = (page: Page, what: string) =>
      page.on('request', (r: HTTPRequest) => {
        if (!own(r.url())) seen.push(`${what}: ${r.url()}`);
      });
    let workerSession: CDPSession | undefined;
    if (name === 'chromium') {
      // The service worker's own traffic, through the DevTools protocol.
      const worker = await ext.browser.waitForTarget(isWorker(ext.extensionOrigin));
      const cdp = (workerSession = await worker.createCDPSession());
      cdp.on('Network.requestWillBeSent', (e) => {
        if (!own(e.request.url)) seen.push(`worker: ${e.request.url}`);
      });
      await cdp.send('Network.enable');
      // The recorder's self-test: a request the worker is made to send must be seen.
      const probe = `${server.origin}/recorder-self-test`;
      await cdp.send('Runtime.evaluate', {
        expression: `fetch(${JSON.stringify(probe)}).catch(() => 0)`,
        awaitPromise: true,
      });
      await until(async () => seen.includes(`worker: ${probe}`), 'the recorder to see a request');
      seen.length = 0;
    }
    for (const page of await ext.browser.pages())
      if (own(page.url())) watchExtensionPage(page, page.url());
    // The page's requests: only its own document, and nothing the extension initiated.
    const page = await ext.browser.newPage();
    let pageRequests = 0;
    page.on('request', (r: HTTPRequest) => {
      pageRequests++;
      const initiator = JSON.stringify(r.initiator() ?? {});
      if (!r.url().startsWith(server.origin) || initiator.includes(ext.extensionOrigin))
        seen.push(`page: ${r.url()} from ${initiator}`);
    });
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(server.url('/article.html'), { waitUntil: 'load' });
    await page.bringToFront();
    await waitForPaint(page, 90);
    expect((await restOnMention(page, 'Ilham Aliyev')).label).toBe('Backstory: Ilham Aliyev');
    const tabId = await tabIdOf(page);
    // Chromium navigates to extension pages, so the watch starts before they load; Firefox
    // opens them from inside the extension, so there it starts just after.
    const openTracked = async (path: string): Promise<Page> => {
      if (name !== 'chromium') {
        const extPage = await openExtensionPage(path);
        watchExtensionPage(extPage, path);
        return extPage;
      }
      const extPage = await ext.browser.newPage();
      watchExtensionPage(extPage, path);
      await extPage.goto(`${ext.extensionOrigin}/${path}`, { waitUntil: 'load' });
      await extPage.bringToFront();
      return extPage;
    };
    for (const [path, ready] of [
      [`src/popup/index.html?tab=${tabId}`, '[data-entity="ilham-aliyev"]'],
      ['src/options/index.html', '[data-testid="dataset"]'],
    ] as const) {
      const extPage = await openTracked(path);
      await extPage.waitForSelector(ready, { timeout: 10_000 });
      await extPage.close();
    }
    await page.close();
    // An attached DevTools session would keep the worker from ever stopping.
    await workerSession?.detach();
    expect(pageRequests, 'the recorder saw the page’s own loads').toBeGreaterThan(0);
    expect(seen).toEqual([]);
  });

  if (name === 'chromium') {
    it('after the service worker is stopped: popup, step command, card and badge still work', async () => {
      const { ext, server, openExtensionPage, tabIdOf } = session();
      const { page, faults } = await openWatched(ext.browser, server.url('/article.html'));
      const painted = (await waitForPaint(page, 90)).length;
      await stopWorker(ext.browser, ext.extensionOrigin);
      // The popup reads the page's content script directly: no worker needed.
      const popup = await openExtensionPage('src/popup/index.html', page);
      await popup.waitForSelector('[data-entity="ilham-aliyev"]', { timeout: 10_000 });
      // The step command's message reaches the content script; the card's data wakes the worker.
      const tabId = await tabIdOf(page);
      expect(await sendToTab(popup, tabId, { type: 'page/step', direction: 1 })).toEqual({
        found: true,
      });
      await page.bringToFront();
      const card = await until(async () => {
        const state = await cardState(page);
        return state && !state.text.startsWith('Loading') ? state : null;
      }, 'the stepped-to card');
      expect(card.label, card.text).toBe('Backstory: Ilham Aliyev');
      expect(await ping(popup)).toMatchObject({ pong: true });
      // Badge cleared and the worker stopped again: the page's next report must wake it.
      await popup.evaluate(
        (id: number) =>
          (
            globalThis as unknown as {
              chrome: {
                action: { setBadgeText(d: { tabId: number; text: string }): Promise<void> };
              };
            }
          ).chrome.action.setBadgeText({ tabId: id, text: '' }),
        tabId,
      );
      expect(await badgeText(popup, tabId)).toBe('');
      await stopWorker(ext.browser, ext.extensionOrigin);
      await page.reload({ waitUntil: 'load' });
      expect((await waitForPaint(page, painted)).length).toBe(painted);
      const badge = await until(async () => {
        const text = await badgeText(popup, tabId);
        return text !== '' ? text : null;
      }, 'the badge');
      expect(Number(badge)).toBeGreaterThan(20);
      expect(faults.errors).toEqual([]);
      await Promise.all([popup.close(), page.close()]);
    });
  }

  // Last: reloading the extension closes its pages, the session's helper among them.
  it('on extension reload the old content script leaves; the new one paints once', async () => {
    const { ext, server, openExtensionPage } = session();
    const { page, faults } = await openWatched(ext.browser, server.url('/article.html'));
    await waitForPaint(page, 90);
    const before = await paintAudit(page);
    expect((await restOnMention(page, 'Ani Badalyan')).label).toBe('Backstory: Ani Badalyan');
    // The Highlight objects in use now, to tell the old instance's from a new one's.
    await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, object> }).highlights;
      (globalThis as unknown as { oldHighlights: Set<object> }).oldHighlights = new Set(
        registry.values(),
      );
    });
    if (name === 'chromium') {
      // What an update does: the unpacked extension is loaded again from disk (chrome.runtime
      // .reload() leaves a DevTools-loaded extension disabled in headless Chromium).
      const cdp = await ext.browser.target().createCDPSession();
      const { extensions } = await cdp.send('Extensions.getExtensions');
      const ours = extensions.find((e) => ext.extensionOrigin.endsWith(e.id));
      await cdp.send('Extensions.loadUnpacked', { path: ours!.path });
      await cdp.detach();
    } else {
      const launcher = await openExtensionPage('src/options/index.html');
      void launcher
        .evaluate(() =>
          (
            globalThis as unknown as { browser: { runtime: { reload(): void } } }
          ).browser.runtime.reload(),
        )
        .catch(() => {});
    }
    // The old instance's card and highlights go (Chrome: it notices its dead context; Firefox:
    // the new instance sweeps what the discarded one left).
    await until(
      () =>
        page.evaluate(() => {
          const registry = (CSS as unknown as { highlights: Map<string, object> }).highlights;
          const old = (globalThis as unknown as { oldHighlights: Set<object> }).oldHighlights;
          return (
            !document.querySelector('backstory-card-host') &&
            ![...registry.values()].some((h) => old.has(h))
          );
        }),
      'the old content script’s card and highlights to go',
    );
    if (name === 'chromium') {
      // Chrome injects the new version only into pages loaded from now on.
      expect((await paintAudit(page)).texts).toEqual([]);
      await page.mouse.move(5, 5);
      const point = await page.evaluate(() => ({ x: innerWidth / 2, y: innerHeight / 2 }));
      await page.mouse.move(point.x, point.y, { steps: 3 });
      await new Promise((r) => setTimeout(r, 800));
      expect(await cardState(page)).toBeNull();
    } else {
      // Firefox injects the new version into open pages at once: one set, not two.
      const now = await settledPaint(page, before.texts);
      expect(now.texts).toEqual(before.texts);
      expect(now.duplicates).toBe(0);
    }
    await page.reload({ waitUntil: 'load' });
    await waitForPaint(page, before.texts.length);
    const after = await settledPaint(page, before.texts);
    expect(after.texts).toEqual(before.texts);
    expect(after.duplicates).toBe(0);
    expect(faults.errors).toEqual([]);
    await page.close();
  });
});
