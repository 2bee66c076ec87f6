import { activeTab, hostOf } from '../platform/tabs.ts';
import { loadSettings, saveSettings } from '../platform/storage.ts';
import { sendToTab } from '../platform/messaging.ts';
import { normalizeHost } from '../core/settings.ts';

/** Flips Backstory for a host; open tabs apply it live through storage.onChanged. */
export async function toggleSite(host: string): Promise<void> {
  const site = normalizeHost(host);
  if (!site) return;
  const { settings } = await loadSettings();
  const off = settings.disabledSites.includes(site);
  await saveSettings({
    ...settings,
    disabledSites: off
      ? settings.disabledSites.filter((s) => s !== site)
      : [...settings.disabledSites, site],
  });
}

export async function onCommand(command: string): Promise<void> {
  const tab = await activeTab();
  if (tab?.id === undefined) return;
  if (command === 'toggle-site') await toggleSite(hostOf(tab.url));
  else if (command === 'next-mention' || command === 'previous-mention')
    await sendToTab(tab.id, { type: 'page/step', direction: command === 'next-mention' ? 1 : -1 });
}
