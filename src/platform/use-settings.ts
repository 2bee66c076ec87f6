import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '../core/settings.ts';
import type { Settings, SettingsReset } from '../core/settings.ts';
import { loadSettings, onSettingsChanged, saveSettings } from './storage.ts';

/** Live settings for an extension page: reads, follows other contexts' changes, and writes. */
export function useSettings(): {
  settings: Settings;
  resets: readonly SettingsReset[];
  loaded: boolean;
  save: (next: Settings) => Promise<void>;
} {
  const [state, setState] = useState<{
    settings: Settings;
    resets: readonly SettingsReset[];
    loaded: boolean;
  }>({ settings: DEFAULT_SETTINGS, resets: [], loaded: false });
  useEffect(() => {
    const controller = new AbortController();
    void loadSettings().then(({ settings, resets }) =>
      setState({ settings, resets, loaded: true }),
    );
    onSettingsChanged(({ settings }) => setState((s) => ({ ...s, settings })), controller.signal);
    return () => controller.abort();
  }, []);
  return {
    ...state,
    save: async (next) => {
      setState((s) => ({ ...s, settings: next }));
      await saveSettings(next);
    },
  };
}
