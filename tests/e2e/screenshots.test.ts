/**
 * Screenshots of what people see, saved by every e2e run under artifacts/screenshots/<browser>/
 * (README.md embeds copies from docs/screenshots/). They assert what they show, too.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BROWSERS, useSession } from './support/session.ts';
import { cardState, waitForPaint } from './support/page-probes.ts';
import { cardOpen, hoverMention } from './support/hover.ts';

export const SCREENSHOT_DIR = 'artifacts/screenshots';

describe.each(BROWSERS)('screenshots in %s', (name) => {
  const session = useSession(name);
  const dir = `${SCREENSHOT_DIR}/${name}`;
  mkdirSync(dir, { recursive: true });

  const hoverAndShoot = async (path: string, text: string, file: string, nth = 0) => {
    const { ext, server } = session();
    const page = await ext.openPage(server.url(path));
    await waitForPaint(page, 1);
    await hoverMention(page, text, nth);
    await cardOpen(page);
    await new Promise((r) => setTimeout(r, 150));
    await page.screenshot({ path: `${dir}/${file}` });
    const card = await cardState(page);
    await page.close();
    return card;
  };

  it('card on a light page', async () => {
    const card = await hoverAndShoot('/article.html', 'Ilham Aliyev', 'card-light.png');
    expect(card?.label).toBe('Backstory: Ilham Aliyev');
  });

  it('card on a dark page', async () => {
    const card = await hoverAndShoot('/dark.html', 'Nikol Pashinyan', 'card-dark.png');
    expect(card?.label).toBe('Backstory: Nikol Pashinyan');
  });

  it('card near the right and bottom edges', async () => {
    const card = await hoverAndShoot('/edges.html', 'Baku', 'card-edge.png');
    expect(card?.label).toBe('Backstory: Baku');
  });

  it('card on a non-Latin page', async () => {
    const card = await hoverAndShoot('/armenian.html', 'Փաշինյանը', 'card-armenian.png');
    expect(card?.label).toBe('Backstory: Nikol Pashinyan');
  });

  it('popup and options', async () => {
    const { ext, server, openExtensionPage } = session();
    const page = await ext.openPage(server.url('/article.html'));
    await waitForPaint(page, 50);
    const popup = await openExtensionPage('src/popup/index.html', page);
    await popup.setViewport({ width: 420, height: 900 });
    await popup.waitForSelector('[data-entity="ilham-aliyev"]', { timeout: 10_000 });
    await popup.screenshot({ path: `${dir}/popup.png`, fullPage: true });
    const options = await openExtensionPage('src/options/index.html');
    await options.waitForSelector('[data-testid="dataset"]', { timeout: 10_000 });
    await options.screenshot({ path: `${dir}/options.png`, fullPage: true });
    await Promise.all([popup.close(), options.close(), page.close()]);
  });
});
