import type { Settings } from '../core/settings.ts';
import { t } from '../ui/i18n.ts';
import { normalizeHost } from '../core/settings.ts';
import { openOptions } from '../platform/tabs.ts';

interface Props {
  readonly host: string;
  readonly settings: Settings;
  readonly save: (next: Settings) => Promise<void>;
}

/** On/off for this site (remembered per site), on/off everywhere, and the way to options. */
export function SiteSwitches({ host, settings, save }: Props) {
  const site = normalizeHost(host);
  const siteOn = !settings.disabledSites.includes(site);
  return (
    <div class="switches">
      {site && (
        <label>
          <input
            type="checkbox"
            data-testid="site-switch"
            checked={siteOn}
            disabled={!settings.enabled}
            onChange={() =>
              void save({
                ...settings,
                disabledSites: siteOn
                  ? [...settings.disabledSites, site]
                  : settings.disabledSites.filter((s) => s !== site),
              })
            }
          />{' '}
          {t('popupOnSite', site)}
        </label>
      )}
      <label>
        <input
          type="checkbox"
          data-testid="global-switch"
          checked={settings.enabled}
          onChange={() => void save({ ...settings, enabled: !settings.enabled })}
        />{' '}
        {t('popupOnEverywhere')}
      </label>
      <button type="button" class="link" onClick={() => void openOptions()}>
        {t('popupOptions')}
      </button>
    </div>
  );
}
