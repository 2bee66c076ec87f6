import { describe, expect, it } from 'vitest';
import { BROWSERS, useSession } from './support/session.ts';

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

  it('content script runs on a page and the popup renders its report', async () => {
    const { ext, server, openExtensionPage } = session();
    const article = await ext.openPage(server.url('/article.html'));
    const popup = await openExtensionPage('src/popup/index.html', article);
    await popup.waitForSelector('[data-testid="host"]', { timeout: 10_000 });
    const host = await popup.$eval('[data-testid="host"]', (el) => el.textContent);
    expect(host).toBe('127.0.0.1');
    await popup.close();
    await article.close();
  });
});
