import { describe, expect, it } from 'vitest';
import { BROWSERS, useSession } from './support/session.ts';
import { cardClosed, cardOpen, hoverMention } from './support/hover.ts';
import { cardState, pristineDom, serialisedDom, waitForPaint } from './support/page-probes.ts';
import { setStoredSettings, waitForBadge } from './support/extension-probes.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';

describe.each(BROWSERS)('highlights and card in %s', (name) => {
  const session = useSession(name);

  it('paints the article’s mentions by type without changing the page', async () => {
    const { ext, server } = session();
    const page = await ext.openPage(server.url('/article.html'));
    const painted = await waitForPaint(page, 90);
    const texts = new Set(painted.map((p) => p.text));
    for (const expected of [
      'Ilham Aliyev',
      'Ani Badalyan',
      'Antony Blinken',
      'Ararat Mirzoyan',
      'Jeyhun Bayramov',
      'Emmanuel Macron',
      'Nikol Pashinyan',
      'Jebrail',
      'Elysee Palace',
      'COP29',
      'Alma-Ata Declaration',
      'Armepress',
    ])
      expect(texts, expected).toContain(expected);
    const byName = new Map(painted.map((p) => [p.text, p.name]));
    expect(byName.get('Ilham Aliyev')).toBe('backstory-light-underline-person');
    expect(byName.get('COP29')).toBe('backstory-light-underline-event');
    expect(await serialisedDom(page)).toBe(await pristineDom(page));
    await page.close();
  });

  it('reports the distinct entities to the badge', async () => {
    const { ext, server, openExtensionPage, tabIdOf } = session();
    const page = await ext.openPage(server.url('/article.html'));
    await waitForPaint(page, 90);
    const popup = await openExtensionPage('src/popup/index.html', page);
    const tabId = await tabIdOf(page);
    const item = '[data-testid="mentions"] li[data-entity]';
    await popup.waitForSelector(`${item}[data-entity="ilham-aliyev"]`, { timeout: 10_000 });
    const listed = await popup.$$eval(item, (els) => els.length);
    expect(listed).toBeGreaterThan(20);
    expect(await waitForBadge(popup, tabId, String(listed))).toBe(String(listed));
    await popup.close();
    await page.close();
  });

  it('opens the card after resting on a name, not before, and closes it after leaving', async () => {
    const { ext, server, openExtensionPage } = session();
    // A long delay makes "not before" observable on a loaded machine without timing races.
    const options = await openExtensionPage('src/options/index.html');
    await setStoredSettings(options, { ...DEFAULT_SETTINGS, hoverDelayMs: 1500 });
    const page = await ext.openPage(server.url('/article.html'));
    await waitForPaint(page, 90);
    await hoverMention(page, 'Ilham Aliyev');
    await new Promise((r) => setTimeout(r, 400));
    expect(await cardState(page)).toBeNull();
    await cardOpen(page);
    const card = await cardState(page);
    expect(card?.label).toBe('Backstory: Ilham Aliyev');
    expect(card?.text).toContain('President of Azerbaijan');
    expect(card?.text).toContain('Let them not forget about the second Karabakh war');
    await page.mouse.move(5, 5);
    await cardClosed(page);
    await setStoredSettings(options, DEFAULT_SETTINGS);
    await options.close();
    await page.close();
  });

  it('closes the card on Escape', async () => {
    const { ext, server } = session();
    const page = await ext.openPage(server.url('/article.html'));
    await waitForPaint(page, 90);
    await hoverMention(page, 'Ani Badalyan');
    await cardOpen(page);
    expect((await cardState(page))?.label).toBe('Backstory: Ani Badalyan');
    await page.keyboard.press('Escape');
    expect(await cardState(page)).toBeNull();
    await page.close();
  });
});
