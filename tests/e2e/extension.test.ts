import { describe, expect, it } from 'vitest';
import { BROWSERS, useSession } from './support/session.ts';
import { waitForBadge } from './support/extension-probes.ts';

describe.each(BROWSERS)('extension in %s', (name) => {
  const session = useSession(name);

  it('background answers a ping from an extension page', async () => {
    const { ext } = session();
    const page = await ext.openExtensionPage('src/options/index.html');
    const reply = await page.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ type: 'ping' }),
    );
    expect(reply).toEqual({ pong: true, version: '0.1.0' });
    await page.close();
  });

  it('content script runs on a page, reports to the background, and the popup renders it', async () => {
    const { ext, server, openExtensionPage, tabIdOf } = session();
    const article = await ext.openPage(server.url('/article.html'));
    const popup = await openExtensionPage('src/popup/index.html', article);
    const tabId = await tabIdOf(article);
    const first = '[data-testid="mentions"] li[data-entity="ilham-aliyev"]';
    await popup.waitForSelector(first, { timeout: 10_000 });
    const text = await popup.$eval(first, (el) => el.textContent ?? '');
    expect(text).toContain('Ilham Aliyev');
    // The badge is set by the background from the content script's report.
    expect(Number(await waitForBadge(popup, tabId, (t) => t !== ''))).toBeGreaterThan(20);
    await popup.close();
    await article.close();
  });
});
