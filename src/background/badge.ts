import { browser } from '../platform/browser.ts';
import type { PageReport } from '../core/messages.ts';

/** Badge colour: a calm slate that reads on light and dark toolbars. */
const BADGE_COLOUR = '#3b4a6b';

/** Shows the number of distinct entities on the page; nothing when zero or switched off. */
export async function showBadge(tabId: number, report: PageReport): Promise<void> {
  const distinct = report.state === 'on' ? report.counts.filter(([, n]) => n > 0).length : 0;
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  await browser.action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' });
}
