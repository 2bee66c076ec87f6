import { describe, expect, it } from 'vitest';
import { BROWSERS, useSession } from './support/session.ts';
import { cardClosed, cardOpen, hoverMention } from './support/hover.ts';
import {
  cardState,
  pristineDom,
  serialisedDom,
  until,
  waitForPaint,
} from './support/page-probes.ts';
import {
  sendToTab,
  setStoredSettings,
  waitForBadge,
  waitForReportCounts,
} from './support/extension-probes.ts';
import { TALL } from './support/fixture-routes.ts';
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

  it('on a page of thousands of mentions, paints those near the viewport as it scrolls', async () => {
    const { ext, server, openExtensionPage, tabIdOf } = session();
    const page = await ext.openPage(server.url('/tall.html'));
    const helper = await openExtensionPage('src/options/index.html');
    const tabId = await tabIdOf(page);
    // Every mention is known (popup, badge, stepping) …
    const report = await waitForReportCounts(helper, tabId, [[TALL.entity, TALL.rows]]);
    expect(report.counts).toEqual([[TALL.entity, TALL.rows]]);
    /** The rows whose mention is painted, and the page's scroll position and viewport height. */
    const paintedRows = () =>
      page.evaluate(() => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> })
          .highlights;
        const rows: number[] = [];
        for (const [name, h] of registry)
          for (const r of name === 'backstory-flash' ? [] : h)
            rows.push(Number((r.startContainer.parentElement?.id ?? '').slice(4)));
        return { rows: rows.sort((a, b) => a - b), y: scrollY, height: innerHeight };
      });
    // … but only those within reach of the viewport are painted: far fewer than all.
    const top = await until(async () => {
      const p = await paintedRows();
      return p.rows.length > 0 && p.rows.length < 400 && p.rows[0] === 0 ? p : null;
    }, 'painting limited to the top of the page');
    const reach = (p: { y: number; height: number }) => ({
      // Rows partly inside the margin count; body margin shifts rows by a few pixels.
      first: Math.floor((p.y - 1.5 * p.height) / TALL.rowPx) - 2,
      last: Math.ceil((p.y + 2.5 * p.height) / TALL.rowPx) + 2,
    });
    expect(top.rows.at(-1)).toBeLessThanOrEqual(reach(top).last);
    // Scrolling to the bottom paints the bottom and lets the top go.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const bottom = await until(async () => {
      const p = await paintedRows();
      return p.rows.at(-1) === TALL.rows - 1 && p.rows[0]! > 0 ? p : null;
    }, 'the bottom rows painted after scrolling');
    expect(bottom.rows[0]).toBeGreaterThanOrEqual(reach(bottom).first);
    expect(bottom.rows.length).toBeLessThan(400);
    // "Show on page" still reaches the first mention, far from the viewport now, and it is
    // painted once there (the flash is a highlight of its own, so look for row 0 itself).
    expect(
      await sendToTab(helper, tabId, { type: 'page/show-entity', entity: TALL.entity }),
    ).toEqual({
      found: true,
    });
    await until(async () => (await paintedRows()).rows[0] === 0, 'row 0 painted after stepping');
    await helper.close();
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
