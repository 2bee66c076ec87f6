import { browser } from '../platform/browser.ts';
import type { Menus, Tabs } from '../platform/browser.ts';
import { sendToTab } from '../platform/messaging.ts';
import { i18n } from '../platform/tabs.ts';

export const LOOK_UP_MENU_ID = 'backstory-look-up';

/** Menus persist across service-worker restarts, so they are (re)created only on install. */
export function createMenus(): void {
  browser.contextMenus.removeAll().then(
    () =>
      browser.contextMenus.create({
        id: LOOK_UP_MENU_ID,
        title: i18n('menuLookUp', '%s'),
        contexts: ['selection'],
      }),
    (error: unknown) => console.warn('[Backstory] could not create menus', error),
  );
}

/** The page's own content script resolves the selection with the same matcher as highlights. */
export async function onMenuClicked(
  info: Menus.OnClickData,
  tab: Tabs.Tab | undefined,
): Promise<void> {
  if (info.menuItemId !== LOOK_UP_MENU_ID || tab?.id === undefined) return;
  const text = (info.selectionText ?? '').slice(0, 1000);
  await sendToTab(tab.id, { type: 'page/open-card', entity: null, text }, info.frameId ?? 0);
}
