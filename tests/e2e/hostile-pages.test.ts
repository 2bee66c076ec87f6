/**
 * Hostile pages, part 2: pages built in ways that trip content scripts up (strict CSP, shadow
 * roots, frames of every kind, editors, tampered globals, markup-looking text). Each must come
 * out unharmed and correctly highlighted; the card must work where a page allows a pointer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { BROWSERS, useSession } from './support/session.ts';
import {
  cardLook,
  cardState,
  countElements,
  closeFixturePages,
  domDiff,
  openWatched,
  restOnMention,
  pageHook,
  paintAudit,
  serverHtml,
  settledPaint,
  until,
} from './support/page-probes.ts';
import { sendToTab } from './support/extension-probes.ts';

describe.each(BROWSERS)('hostile pages (structure) in %s', (name) => {
  const session = useSession(name);
  afterEach(() => closeFixturePages(session()));

  const open = async (path: string) => {
    const { ext, server } = session();
    const url = server.url(path);
    return { ...(await openWatched(ext.browser, url)), url };
  };

  it('strict CSP (default-src none): highlights painted, card opens styled', async () => {
    const { page, faults, url } = await open('/hostile/csp.html');
    const audit = await settledPaint(page, [
      'Ilham Aliyev',
      'Jabrayil',
      'Nikol Pashinyan',
      'Yerevan',
    ]);
    expect(audit.texts).toEqual(['Ilham Aliyev', 'Jabrayil', 'Nikol Pashinyan', 'Yerevan']);
    const card = await restOnMention(page, 'Nikol Pashinyan');
    expect(card.label, card.text).toBe('Backstory: Nikol Pashinyan');
    // Styled by the adopted stylesheet, which the page's CSP must not have blocked.
    const look = await cardLook(page);
    // Unstyled, it would be a transparent, borderless, static block as wide as the page.
    expect(look?.background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    expect(parseFloat(look?.border ?? '0')).toBeGreaterThan(0);
    expect(look?.position).toBe('fixed');
    expect(look?.width).toBeGreaterThan(200);
    expect(look?.width).toBeLessThan(600);
    expect(await domDiff(page, await serverHtml(url))).toBeNull();
    expect(faults.errors).toEqual([]);
    await page.close();
  });

  it('open and closed shadow roots, nested and late, are read and left intact', async () => {
    const { page, faults, url } = await open('/hostile/shadow.html');
    await until(() => pageHook<boolean>(page, 'hostileDone'), 'the late shadow host');
    const expected = await pageHook<string[]>(page, 'hostileExpectedTexts');
    const audit = await settledPaint(page, expected);
    expect(audit.texts).toEqual([...expected].sort());
    expect(audit.duplicates).toBe(0);
    expect(await pageHook<boolean>(page, 'hostileShadowIntact')).toBe(true);
    expect(await domDiff(page, await serverHtml(url))).toBeNull();
    expect(faults.errors).toEqual([]);
    await page.close();
  });

  it('same-origin, cross-origin, about:blank and srcdoc frames each get their highlights', async () => {
    const { server } = session();
    const { page, faults, url } = await open(
      `/hostile/frames.html?other=${encodeURIComponent(server.otherOrigin)}`,
    );
    const frameOf = async (id: string): Promise<Frame> => {
      const handle = await page.waitForSelector(`#${id}`);
      const frame = await handle!.contentFrame();
      if (!frame) throw new Error(`no frame #${id}`);
      return frame;
    };
    const expectations: Array<[string, string[]]> = [
      // Each frame decides for itself: story names only, so each paints whatever else it holds.
      ['same', ['Nikol Pashinyan', 'Jabrayil']],
      ['cross', ['Nikol Pashinyan', 'Jabrayil']],
      ['blank', ['Ani Badalyan']],
      ['srcdoc', ['Jeyhun Bayramov']],
    ];
    const top = await settledPaint(page, ['Ilham Aliyev']);
    const painted: Record<string, string[]> = { top: top.texts };
    for (const [id, want] of expectations)
      painted[id] = (await settledPaint(await frameOf(id), want)).texts;
    expect(painted).toEqual({
      top: ['Ilham Aliyev'],
      ...Object.fromEntries(expectations.map(([id, want]) => [id, [...want].sort()])),
    });
    const cross = await frameOf('cross');
    expect(cross.url().startsWith(server.otherOrigin)).toBe(true);
    const inner = await serverHtml(`${server.origin}/hostile/frame-inner.html`);
    expect(await domDiff(cross, inner)).toBeNull();
    expect(await domDiff(await frameOf('same'), inner)).toBeNull();
    expect(await pageHook<boolean>(page, 'hostileFramesIntact')).toBe(true);
    expect(await domDiff(page, await serverHtml(url))).toBeNull();
    expect(faults.errors).toEqual([]);
    await page.close();
  });

  it('editors: nothing highlighted inside, typing lands exactly as typed', async () => {
    const { page, faults, url } = await open('/hostile/editors.html');
    // Jabrayil, a story name: painted on any page (a general name would wait for the story).
    expect((await settledPaint(page, ['Jabrayil'])).texts).toEqual(['Jabrayil']);
    expect(await domDiff(page, await serverHtml(url))).toBeNull();
    const typed = ' and Jeyhun Bayramov in Baku';
    const editors = ['#ce', '#ta', '#rt', '#cmc .cm-line', '#in'];
    const before: Record<string, string> = {};
    for (const selector of editors) {
      before[selector] = await page.$eval(selector, (el) =>
        el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement
          ? el.value
          : (el.textContent ?? ''),
      );
      // Caret at the end of the editor's text, as a reader clicking after the last word.
      await page.$eval(selector, (el) => {
        const target = el.closest('[contenteditable="true"]') ?? el;
        (target as HTMLElement).focus();
        if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
          el.setSelectionRange(el.value.length, el.value.length);
        } else if ((target as HTMLElement).isContentEditable) {
          getSelection()?.selectAllChildren(el);
          getSelection()?.collapseToEnd();
        }
      });
      await page.keyboard.type(typed);
    }
    // Give the content script time to see the typing (idle processing), then look again.
    await new Promise((r) => setTimeout(r, 1500));
    for (const selector of editors) {
      const after = await page.$eval(selector, (el) =>
        el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement
          ? el.value
          : (el.textContent ?? ''),
      );
      // Editors keep a typed trailing space visible as U+00A0 while typing: the browser's doing.
      expect(after.replace(/\u00a0/g, ' '), selector).toBe(before[selector] + typed);
    }
    expect((await paintAudit(page)).texts).toEqual(['Jabrayil']);
    expect(faults.errors).toEqual([]);
    await page.close();
  });

  it('globals tampered with before we start never reach us; the page gets no error', async () => {
    const { page, faults, url } = await open('/hostile/tamper.html');
    const expected = ['Ilham Aliyev', 'Jabrayil', 'Nikol Pashinyan', 'Yerevan'];
    expect((await settledPaint(page, expected)).texts).toEqual(expected);
    expect(await domDiff(page, await serverHtml(url))).toBeNull();
    const card = await restOnMention(page, 'Ilham Aliyev');
    expect(card.label, card.text).toBe('Backstory: Ilham Aliyev');
    // No poisoned function was called by anyone: not by the extension, not by the driver.
    expect(await pageHook<number>(page, 'tamperHits')).toBe(0);
    expect(faults.errors).toEqual([]);
    await page.close();
  });

  it('markup-looking text next to names stays text, in the page and in the card', async () => {
    const { page, faults, url } = await open('/hostile/inert.html');
    const expected = ['Antony Blinken', 'Ilham Aliyev', 'Nikol Pashinyan', 'Yerevan'];
    expect((await settledPaint(page, expected)).texts).toEqual(expected);
    const risky = 'img, script, svg, iframe, [onerror], [onload], [onmouseover]';
    const riskyBefore = await countElements(page, risky);
    const card = await restOnMention(page, 'Ilham Aliyev');
    expect(card.label, card.text).toBe('Backstory: Ilham Aliyev');
    await page.keyboard.press('Escape');
    // A look-up of a selection made of markup (the context menu's path) shows it as text.
    const bait = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const helper = await session().openExtensionPage('src/options/index.html');
    await sendToTab(helper, await session().tabIdOf(page), {
      type: 'page/open-card',
      entity: null,
      text: bait,
    });
    await helper.close();
    await page.bringToFront();
    const notFound = await until(async () => {
      const state = await cardState(page);
      return state?.text.includes('no entry') ? state.text : null;
    }, 'the not-found card');
    expect(notFound).toContain(bait);
    expect(await countElements(page, risky)).toBe(riskyBefore);
    expect(await domDiff(page, await serverHtml(url))).toBeNull();
    expect(faults.dialogs).toEqual([]);
    expect(faults.errors).toEqual([]);
    await page.close();
  });
});
