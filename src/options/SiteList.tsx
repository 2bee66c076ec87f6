import { useState } from 'preact/hooks';
import { normalizeHost, readSettings } from '../core/settings.ts';
import type { Settings } from '../core/settings.ts';
import { t } from '../ui/i18n.ts';

interface Props {
  readonly settings: Settings;
  readonly save: (next: Settings) => Promise<void>;
}

/** The sites where Backstory is off: remove any, add one by host name (validated). */
export function SiteList({ settings, save }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (): void => {
    let host = draft.trim();
    try {
      if (/^[a-z]+:\/\//i.test(host)) host = new URL(host).hostname;
    } catch {
      // Not a URL: validated as a host name below.
    }
    const check = readSettings({ ...settings, disabledSites: [host] });
    const site = check.settings.disabledSites[0];
    if (!site) {
      setError(t('sitesBad', draft));
      return;
    }
    setError('');
    setDraft('');
    if (!settings.disabledSites.includes(site))
      void save({ ...settings, disabledSites: [...settings.disabledSites, normalizeHost(site)] });
  };
  return (
    <section>
      <h2>{t('sitesTitle')}</h2>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">{t('sitesNone')}</p>
      ) : (
        <ul class="sites" data-testid="sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button
                type="button"
                aria-label={t('sitesRemoveLabel', site)}
                onClick={() =>
                  void save({
                    ...settings,
                    disabledSites: settings.disabledSites.filter((s) => s !== site),
                  })
                }
              >
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          aria-label={t('sitesInput')}
          placeholder="news.example.com"
          value={draft}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">{t('sitesAdd')}</button>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
