import type { Page } from 'puppeteer-core';
import { mentionPoint } from './page-probes.ts';

/** Rests the pointer on the n-th mention `text` (approaching it in a few steps, like a hand). */
export async function hoverMention(
  page: Page,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number }> {
  const point = await mentionPoint(page, text, nth);
  if (!point) throw new Error(`no painted mention "${text}" (#${nth})`);
  await page.mouse.move(point.x - 30, point.y + 2);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return point;
}

/** Waits for an open card whose data has arrived (its label names the entity) or a "no entry". */
export const cardOpen = (page: Page, timeout = 5000) =>
  page.waitForFunction(
    () => {
      const card = document
        .querySelector('backstory-card-host')
        ?.shadowRoot?.querySelector('[role=dialog]');
      return (
        card &&
        ((card.getAttribute('aria-label') ?? '').startsWith('Backstory: ') ||
          card.querySelector('[data-testid="not-found"]'))
      );
    },
    { timeout },
  );

export const cardClosed = (page: Page, timeout = 5000) =>
  page.waitForFunction(
    () =>
      !document.querySelector('backstory-card-host')?.shadowRoot?.querySelector('[role=dialog]'),
    { timeout },
  );
