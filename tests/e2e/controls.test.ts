import { afterEach, describe, expect, it } from 'vitest';
import { BROWSERS, useSession } from './support/session.ts';
import { cardState, paintedMentions, waitForPaint } from './support/page-probes.ts';
import { cardOpen } from './support/hover.ts';
import {
  reloadExtensionPage,
  sendToTab,
  setStoredSettings,
  waitForBadge,
} from './support/extension-probes.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';

describe.each(BROWSERS)('popup, options and commands in %s', (name) => {
  const session = useSession(name);
  afterEach(async () => {
    const options = await session().openExtensionPage('src/options/index.html');
    await setStoredSettings(options, DEFAULT_SETTINGS);
    await options.close();
  });

  it('switching a site off removes its highlights and badge, and survives reload', async () => {
    const { ext, server, openExtensionPage, tabIdOf } = session();
    const page = await ext.openPage(server.url('/article.html'));
    await waitForPaint(page, 90);
    const popup = await openExtensionPage('src/popup/index.html', page);
    const tabId = await tabIdOf(page);
    await popup.waitForSelector('[data-testid="site-switch"]');
    // Background tabs get no animation frames, and clicks wait for one.
    await popup.bringToFront();
    await popup.click('[data-testid="site-switch"]');
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0,
      { timeout: 5000 },
    );
    expect(await waitForBadge(popup, tabId, '')).toBe('');
    await page.reload({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await paintedMentions(page)).toEqual([]);
    await reloadExtensionPage(popup);
    await popup.waitForSelector('[data-testid="off"]');
    expect(await popup.$eval('[data-testid="off"]', (el) => el.textContent)).toContain(
      'off on 127.0.0.1',
    );
    await popup.close();
    await page.close();
  });

  it('applies a changed style and weak-mention setting live, without reload', async () => {
    const { ext, server, openExtensionPage } = session();
    const page = await ext.openPage(server.url('/article.html'));
    await waitForPaint(page, 90);
    const before = (await paintedMentions(page)).filter((p) => p.text === 'Armenian').length;
    const options = await openExtensionPage('src/options/index.html');
    await options.waitForSelector('[data-testid="style-person"]');
    await options.bringToFront();
    await options.select('[data-testid="style-person"]', 'tint');
    await options.click('[data-testid="weak-demonym"]');
    await page.waitForFunction(
      () =>
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(
          'backstory-light-tint-person',
        ),
      { timeout: 5000 },
    );
    const after = await paintedMentions(page);
    expect(after.find((p) => p.text === 'Ilham Aliyev')?.name).toBe('backstory-light-tint-person');
    expect(before).toBe(0);
    expect(after.filter((p) => p.text === 'Armenian').length).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });

  it('looks up a selection (context-menu handler): a card, or a plain “no entry”', async () => {
    const { ext, server, openExtensionPage, tabIdOf } = session();
    const page = await ext.openPage(server.url('/article.html'));
    await waitForPaint(page, 90);
    const helper = await openExtensionPage('src/options/index.html');
    const tabId = await tabIdOf(page);
    await sendToTab(helper, tabId, {
      type: 'page/open-card',
      entity: null,
      text: 'Jeyhun Bayramov',
    });
    await cardOpen(page);
    expect((await cardState(page))?.label).toBe('Backstory: Jeyhun Bayramov');
    // A phrase that names the 2023 offensive only in its setting: the selection over the
    // painted mention resolves it, where the bare text alone would not.
    const phrase = 'anti-terror operation';
    await page.evaluate((words) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
      throw new Error(`no "${words}" on the page`);
    }, phrase);
    await sendToTab(helper, tabId, { type: 'page/open-card', entity: null, text: phrase });
    await page.waitForFunction(() =>
      document
        .querySelector('backstory-card-host')
        ?.shadowRoot?.querySelector('[aria-label*="2023 Azerbaijani offensive"]'),
    );
    expect((await cardState(page))?.label).toBe(
      'Backstory: 2023 Azerbaijani offensive in Nagorno-Karabakh',
    );
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await sendToTab(helper, tabId, { type: 'page/open-card', entity: null, text: 'the weather' });
    await page.waitForFunction(() =>
      document
        .querySelector('backstory-card-host')
        ?.shadowRoot?.querySelector('[data-testid="not-found"]'),
    );
    expect((await cardState(page))?.text).toContain('no entry for “the weather”');
    await helper.close();
    await page.close();
  });

  it('steps through mentions in order from the keyboard command, focus in the card', async () => {
    const { ext, server, openExtensionPage, tabIdOf } = session();
    const page = await ext.openPage(server.url('/article.html'));
    await waitForPaint(page, 90);
    const helper = await openExtensionPage('src/options/index.html');
    const tabId = await tabIdOf(page);
    const labels: string[] = [];
    for (let i = 0; i < 3; i++) {
      expect(await sendToTab(helper, tabId, { type: 'page/step', direction: 1 })).toEqual({
        found: true,
      });
      await cardOpen(page);
      labels.push((await cardState(page))!.label);
    }
    // The headline: "Aliyev Threatens … Against Armenia, Yerevan Accuses Baku …"
    expect(labels).toEqual(['Backstory: Ilham Aliyev', 'Backstory: Armenia', 'Backstory: Yerevan']);
    await page.bringToFront();
    const focused = await page.evaluate(
      () => document.activeElement?.tagName.toLowerCase() === 'backstory-card-host',
    );
    expect(focused).toBe(true);
    expect(await sendToTab(helper, tabId, { type: 'page/step', direction: -1 })).toEqual({
      found: true,
    });
    await page.waitForFunction(() =>
      document
        .querySelector('backstory-card-host')
        ?.shadowRoot?.querySelector('[aria-label="Backstory: Armenia"]'),
    );
    await helper.close();
    await page.close();
  });

  it('resets corrupt stored settings to defaults and says so in options', async () => {
    const { openExtensionPage } = session();
    const options = await openExtensionPage('src/options/index.html');
    await setStoredSettings(options, { version: 1, enabled: 'yes', hoverDelayMs: 300, types: 7 });
    await reloadExtensionPage(options);
    await options.waitForSelector('[data-testid="resets"]');
    const text = await options.$eval('[data-testid="resets"]', (el) => el.textContent ?? '');
    expect(text).toContain('enabled');
    expect(text).toContain('types');
    expect(
      await options.$eval('[data-testid="enabled"]', (el) => (el as HTMLInputElement).checked),
    ).toBe(true);
    await options.close();
  });
});
