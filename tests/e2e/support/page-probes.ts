/**
 * Functions evaluated inside fixture pages (the page's main world) to read what Backstory did:
 * highlights are readable from `CSS.highlights`, the card from its host's shadow root.
 */
import type { Browser, Frame, Page } from 'puppeteer-core';

export interface PaintedMention {
  readonly name: string;
  readonly text: string;
}

/** Every painted range as [highlight name, text], in registry then range order. */
export function paintedMentions(page: Page | Frame): Promise<PaintedMention[]> {
  return page.evaluate(() => {
    const out: Array<{ name: string; text: string }> = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> })
      .highlights;
    if (!registry) return out;
    for (const [name, highlight] of registry) {
      for (const r of highlight) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        out.push({ name, text: live.toString() });
      }
    }
    return out;
  });
}

/** Waits until at least `min` ranges are painted (the content script runs at document_idle). */
export async function waitForPaint(
  page: Page,
  min = 1,
  timeout = 15_000,
): Promise<PaintedMention[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const painted = await paintedMentions(page);
    if (painted.length >= min) return painted;
    if (Date.now() > deadline)
      throw new Error(`only ${painted.length} highlights after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Centre of the first line box of the n-th painted range whose text is `text`, after scrolling
 * it into the middle of the viewport.
 */
export function mentionPoint(
  page: Page,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    (wanted: string, index: number) => {
      // Written to work on pages that replace `window.CSS` (saving it as `__realCSS`) or
      // Array.prototype methods (see paintAudit).
      const scope = globalThis as unknown as { __realCSS?: typeof CSS };
      const registry = (
        (scope.__realCSS ?? CSS) as unknown as {
          highlights?: Map<string, Set<AbstractRange>>;
        }
      ).highlights;
      const found: Range[] = [];
      for (const [, highlight] of registry ?? new Map<string, Set<AbstractRange>>())
        for (const r of highlight) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() === wanted) found[found.length] = live;
        }
      found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = found[index];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    text,
    nth,
  );
}

/** The card's accessible name and visible text, or null when no card is open. */
export function cardState(page: Page): Promise<{ label: string; text: string } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('backstory-card-host');
    const card = host?.shadowRoot?.querySelector('[role="dialog"]');
    if (!card) return null;
    return { label: card.getAttribute('aria-label') ?? '', text: (card as HTMLElement).innerText };
  });
}

/** The document re-serialised, minus the card host: compared before and after Backstory ran. */
export function serialisedDom(page: Page | Frame): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelector('backstory-card-host')?.remove();
    return clone.outerHTML;
  });
}

/** The same page as the server sent it, parsed without scripts or extensions, serialised alike. */
export function pristineDom(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return doc.documentElement.outerHTML;
  });
}

/** What a page suffered while under test: uncaught errors, console errors, dialogs. */
export interface PageFaults {
  readonly errors: string[];
  readonly dialogs: string[];
}

/**
 * Collects `page`'s uncaught errors (any frame), console errors and dialogs (alert, confirm…;
 * each is dismissed so nothing hangs). Attach before the first navigation to see load errors.
 */
export function watchFaults(page: Page): PageFaults {
  const faults: PageFaults = { errors: [], dialogs: [] };
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? error.message : String(error);
    // Firefox reports the browser's own favicon request, blocked by a strict page CSP, as a
    // page error; it is neither the page's fault nor ours.
    if (/Content-Security-Policy.*\/favicon\.ico/.test(text)) return;
    faults.errors.push(`uncaught: ${text}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') faults.errors.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    faults.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  return faults;
}

/** Opens `url` in a new tab with `watchFaults` attached from before the first byte. */
export async function openWatched(
  browser: Browser,
  url: string,
): Promise<{ page: Page; faults: PageFaults }> {
  const page = await browser.newPage();
  const faults = watchFaults(page);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.bringToFront();
  return { page, faults };
}

/** Polls `probe` (run in Node) until it returns something truthy; fails naming `what`. */
export async function until<T>(
  probe: () => Promise<T>,
  what: string,
  timeout = 15_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The painted ranges of a document, audited for what should never happen. */
export interface PaintAudit {
  /** Texts of all painted ranges, sorted. */
  readonly texts: string[];
  /** Ranges over nodes no longer in the document (stale after the page replaced them). */
  readonly detached: number;
  /** Ranges painted twice (same boundaries, in the same or another highlight). */
  readonly duplicates: number;
  /** Registered highlights whose names are not Backstory's. */
  readonly foreign: string[];
}

/**
 * Audits `CSS.highlights` in a page or frame. Written without Array methods and with the
 * `CSS` a page may have saved as `__realCSS` before tampering with globals, so it works on
 * pages that replace `Array.prototype.push` or `window.CSS`.
 */
export function paintAudit(target: Page | Frame): Promise<PaintAudit> {
  return target.evaluate(() => {
    type Registry = Map<string, Set<AbstractRange>>;
    const scope = globalThis as unknown as { __realCSS?: typeof CSS };
    const registry = ((scope.__realCSS ?? CSS) as unknown as { highlights?: Registry }).highlights;
    const texts: string[] = [];
    const foreign: string[] = [];
    const seen = new Map<Node, Map<Node, Set<string>>>();
    let detached = 0;
    let duplicates = 0;
    for (const [name, highlight] of registry ?? new Map<string, Set<AbstractRange>>()) {
      if (!name.startsWith('backstory-')) foreign[foreign.length] = name;
      for (const r of highlight) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        texts[texts.length] = live.toString();
        if (!r.startContainer.isConnected || !r.endContainer.isConnected) detached++;
        // Same boundaries: same start node, same end node, same offsets.
        const ends = seen.get(r.startContainer) ?? new Map<Node, Set<string>>();
        const keys = ends.get(r.endContainer) ?? new Set<string>();
        const key = `${r.startOffset}:${r.endOffset}`;
        if (keys.has(key)) duplicates++;
        keys.add(key);
        ends.set(r.endContainer, keys);
        seen.set(r.startContainer, ends);
      }
    }
    return { texts: texts.sort(), detached, duplicates, foreign };
  });
}

/** The HTML the server sends for `url`, fetched from Node (a strict page CSP cannot block it). */
export async function serverHtml(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Compares the live DOM (minus the card host) with the DOM the page's own logic should have
 * produced: `html` (as the server sent it) parsed without running scripts, then handed to the
 * page's `hostileExpected(doc)` when it defines one, which applies to the copy what its scripts
 * did to the live page. Null when equal, else where they first differ. Compared inside the page,
 * so megabyte documents do not cross the driver's connection.
 */
export function domDiff(target: Page | Frame, html: string): Promise<string | null> {
  return target.evaluate((source: string) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const scope = globalThis as unknown as { hostileExpected?: (d: Document) => void };
    scope.hostileExpected?.(doc);
    const expected = doc.documentElement.outerHTML;
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelector('backstory-card-host')?.remove();
    const actual = clone.outerHTML;
    if (actual === expected) return null;
    let i = 0;
    while (i < actual.length && actual[i] === expected[i]) i++;
    const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 80));
    return `DOM differs at ${i} (lengths ${actual.length} vs ${expected.length}):\n  actual   ${around(actual)}\n  expected ${around(expected)}`;
  }, html);
}

/** Elements of the given tags anywhere in the document or in open shadow roots (card included). */
export function countElements(target: Page | Frame, selector: string): Promise<number> {
  return target.evaluate((sel: string) => {
    let n = 0;
    const visit = (root: Document | ShadowRoot): void => {
      n += root.querySelectorAll(sel).length;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return n;
  }, selector);
}

/** How the open card is drawn: enough to tell a styled card from unstyled markup. */
export function cardLook(
  page: Page,
): Promise<{ background: string; border: string; position: string; width: number } | null> {
  return page.evaluate(() => {
    const card = document
      .querySelector('backstory-card-host')
      ?.shadowRoot?.querySelector('[role="dialog"]');
    if (!card) return null;
    const style = getComputedStyle(card);
    return {
      background: style.backgroundColor,
      border: style.borderTopWidth,
      position: style.position,
      width: card.getBoundingClientRect().width,
    };
  });
}

/**
 * Waits until the painted texts equal `expected` (any order) and returns the audit; after
 * `timeout` returns the last audit anyway, so the test's assertion shows the difference.
 */
export async function settledPaint(
  target: Page | Frame,
  expected: readonly string[],
  timeout = 15_000,
): Promise<PaintAudit> {
  const want = JSON.stringify([...expected].sort());
  const deadline = Date.now() + timeout;
  for (;;) {
    const audit = await paintAudit(target);
    if (JSON.stringify(audit.texts) === want || Date.now() > deadline) return audit;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Calls a function the fixture page defines (`hostileDone`, `hostileExpectedTexts`, …). */
export function pageHook<T>(target: Page | Frame, name: string): Promise<T> {
  return target.evaluate((fn: string) => {
    const hook = (globalThis as unknown as Record<string, unknown>)[fn];
    if (typeof hook !== 'function') throw new Error(`the page defines no ${fn}()`);
    return (hook as () => unknown)();
  }, name) as Promise<T>;
}

/** Closes every tab still showing a fixture page, so a failed test leaves nothing behind. */
export async function closeFixturePages(session: {
  readonly ext: { readonly browser: Browser };
  readonly server: { readonly origin: string; readonly otherOrigin: string };
}): Promise<void> {
  const { ext, server } = session;
  for (const page of await ext.browser.pages()) {
    const url = page.url();
    if (url.startsWith(server.origin) || url.startsWith(server.otherOrigin))
      await page.close().catch(() => {});
  }
}

/**
 * Rests the pointer on the first painted mention `text` and returns the card once its data has
 * loaded (or failed to load): the card's content comes from the background. Polled from Node,
 * so it works on pages whose CSP or tampered globals break in-page waiting code.
 */
export async function restOnMention(
  page: Page,
  text: string,
): Promise<{ label: string; text: string }> {
  const point = await mentionPoint(page, text);
  if (!point) throw new Error(`no painted mention "${text}"`);
  await page.mouse.move(point.x - 30, point.y + 2);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return until(async () => {
    const state = await cardState(page);
    return state && !state.text.startsWith('Loading') ? state : null;
  }, `the card for ${text}`);
}
