import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, useSession } from './support/session.ts';
import { sendToTab } from './support/extension-probes.ts';
import { cardState, paintedMentions, until } from './support/page-probes.ts';
import type { PageReport } from '../../src/core/messages.ts';

/** The centre of the first occurrence of `text` in the page's visible text. */
function textPoint(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((t: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(t) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + t.length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
}

describe.each(BROWSERS)('the page stage in %s', (name) => {
  const session = useSession(name);

  /** The unrelated page, and a way to read its report as the popup does. */
  async function openUnrelated() {
    const { ext, server, openExtensionPage, tabIdOf } = session();
    const page = await ext.openPage(server.url('/unrelated.html'));
    const helper = await openExtensionPage('src/options/index.html');
    const tabId = await tabIdOf(page);
    const report = () =>
      sendToTab(helper, tabId, { type: 'page/get-report' }) as Promise<PageReport>;
    return { page, helper, tabId, report };
  }

  it('keeps general names quiet on a page off the story, and paints them once it is on it', async () => {
    const { page, helper, report } = await openUnrelated();

    // Wait for the positive signal: the report lists the general names it found.
    const off = await until(async () => {
      const r = await report();
      return r.quiet.length >= 5 ? r : null;
    }, 'a report of the quiet general names');
    expect(off.story).toBe(false);
    expect(off.quiet.map(([id]) => id).sort()).toEqual(
      [
        'armenia',
        'france',
        'new-york-city',
        'russia',
        'united-nations',
        'united-states',
        'us-congress',
      ].sort(),
    );
    // United States ×4: the menu, the Senate, U.S. ×2 ("Lawmakers in Washington" is the city). The
    // menu's "Armenia" is a region name: it waits for the page to be on the story, as the menu
    // does not put it there. Nothing is painted.
    expect(off.counts).toEqual([]);
    expect(await paintedMentions(page)).toEqual([]);

    // A general name opens no card.
    const point = await textPoint(page, 'United States Senate');
    if (!point) throw new Error('no "United States" on the page');
    await page.mouse.move(point.x - 40, point.y + 2);
    await page.mouse.move(point.x - 30, point.y, { steps: 3 });
    await new Promise((r) => setTimeout(r, 1200));
    expect(await cardState(page)).toBeNull();
    await page.mouse.move(5, 5);

    // A paragraph about the story turns the page, and its general names are painted.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'Separately, Ilham Aliyev threatened Armenia, and Nikol Pashinyan replied from Yerevan.';
      document.querySelector('article')!.append(p);
    });
    const on = await until(async () => {
      const r = await report();
      return r.story && r.quiet.length === 0 ? r : null;
    }, 'the page to turn on the story');
    const counted = new Map(on.counts);
    expect(counted.get('united-states')).toBe(4);
    expect(counted.get('new-york-city')).toBe(2);
    expect(counted.get('ilham-aliyev')).toBe(1);
    expect(counted.get('armenia')).toBe(2);
    const painted = new Set((await paintedMentions(page)).map((m) => m.text));
    for (const text of [
      'United States',
      'U.S.',
      'New York',
      'Congress',
      'France',
      'Ilham Aliyev',
      'Armenia',
    ])
      expect(painted, text).toContain(text);

    // An SPA navigation to a page without the story paragraph decides again: off the story.
    await page.evaluate(() => {
      history.pushState({}, '', `${location.pathname}?page=2`);
      document.querySelector('article > p:last-of-type')!.remove();
    });
    const next = await until(async () => {
      const r = await report();
      return !r.story && r.quiet.length >= 5 ? r : null;
    }, 'the next page to be decided off the story');
    expect(next.counts).toEqual([]);
    expect(await paintedMentions(page)).toEqual([]);
    await helper.close();
    await page.close();
  });

  it('shows the general names of a page off the story when the reader asks', async () => {
    const { page, helper, tabId, report } = await openUnrelated();
    await until(async () => (await report()).quiet.length >= 5, 'the quiet names');
    await sendToTab(helper, tabId, { type: 'page/show-general' });
    const shown = await until(async () => {
      const r = await report();
      return r.quiet.length === 0 ? r : null;
    }, 'the general names to be shown');
    expect(shown.story).toBe(false);
    expect(new Map(shown.counts).get('united-states')).toBe(4);
    const painted = new Set((await paintedMentions(page)).map((m) => m.text));
    expect(painted).toContain('United States');
    await helper.close();
    await page.close();
  });
});
