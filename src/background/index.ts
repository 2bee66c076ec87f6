/**
 * Background service worker (Chrome) / event page (Firefox). Every listener is registered
 * synchronously at top level so a restarted worker receives the event that woke it; nothing is
 * kept in memory that a restart would lose (settings live in storage, counts come from tabs).
 */
import { browser } from '../platform/browser.ts';
import { listen } from '../platform/messaging.ts';
import { showBadge } from './badge.ts';
import { createMenus, onMenuClicked } from './menus.ts';
import { onCommand } from './commands.ts';
import { cardData } from 'virtual:backstory-data';
import { cardSlice } from '../core/dataset/card-slice.ts';

const log = (what: string) => (error: unknown) => console.warn(`[Backstory] ${what}`, error);

browser.runtime.onInstalled.addListener((details) => {
  createMenus();
  if (details.reason === 'install') {
    browser.tabs
      .create({ url: browser.runtime.getURL('src/welcome/index.html') })
      .catch(log('welcome'));
  }
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClicked(info, tab).catch(log('menu'));
});
browser.commands.onCommand.addListener((command) => {
  onCommand(command).catch(log(`command ${command}`));
});

listen({
  'card/get': ({ entity }) => ({ card: cardSlice(cardData, entity) }),
  ping: () => ({ pong: true, version: browser.runtime.getManifest().version }),
  'page/report': async ({ report }, sender) => {
    // Only the top frame speaks for the tab's badge; frames report to their own listeners.
    if (sender.tab?.id !== undefined && sender.frameId === 0)
      await showBadge(sender.tab.id, report);
    return { ok: true };
  },
});
