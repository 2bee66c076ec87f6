import type { Storage } from 'webextension-polyfill';
import { browser } from './browser.ts';
import { readSettings } from '../core/settings.ts';
import type { ReadSettings, Settings } from '../core/settings.ts';

const KEY = 'settings';

/** `storage.sync` follows the user across devices; where a browser lacks it, `local` serves. */
function area(): Storage.StorageArea {
  return browser.storage.sync ?? browser.storage.local;
}

/** Reads settings; broken fields come back as defaults, listed in `resets`. */
export async function loadSettings(): Promise<ReadSettings> {
  let raw: unknown;
  try {
    raw = (await area().get(KEY))[KEY];
  } catch {
    raw = (await browser.storage.local.get(KEY))[KEY];
  }
  return readSettings(raw);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await area().set({ [KEY]: settings });
}

/** Calls back with freshly read settings whenever another context changes them. */
export function onSettingsChanged(
  callback: (read: ReadSettings) => void,
  signal?: AbortSignal,
): void {
  const listener = (changes: Record<string, Storage.StorageChange>): void => {
    const change = changes[KEY];
    if (change) callback(readSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // Invalidated context: the listener died with it.
    }
  });
}
