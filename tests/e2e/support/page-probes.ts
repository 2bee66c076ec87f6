/**
 * Functions evaluated inside fixture pages (the page's main world) to read what Backstory did:
 * highlights are readable from `CSS.highlights`, the card from its host's shadow root.
 */
import type { Page } from 'puppeteer-core';

export interface PaintedMention {
  readonly name: string;
  readonly text: string;
}

/** Every painted range as [highlight name, text], in registry then range order. */
export function paintedMentions(page: Page): Promise<PaintedMention[]> {
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
      const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> })
        .highlights;
      const found: Range[] = [];
      for (const [, highlight] of registry ?? [])
        for (const r of highlight) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() === wanted) found.push(live);
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
export function serialisedDom(page: Page): Promise<string> {
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
