import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser.ts';
import { isFirefox } from '../platform/permissions.ts';
import { t } from '../ui/i18n.ts';

const ALL_SITES = { origins: ['<all_urls>'] };

/**
 * First run: what Backstory does, what it never does, and, on Firefox (which leaves host access
 * to the user for MV3 extensions), a button to grant it.
 */
export function App() {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    void browser.permissions.contains(ALL_SITES).then(setGranted, () => setGranted(false));
  }, []);
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <ul>
        <li>{t('welcomeNoNetwork')}</li>
        <li>{t('welcomeNoCollect')}</li>
        <li>{t('welcomeNoChange')}</li>
      </ul>
      {isFirefox() && granted === false && (
        <p>
          <button
            type="button"
            data-testid="grant"
            onClick={() => void browser.permissions.request(ALL_SITES).then(setGranted)}
          >
            {t('welcomeGrant')}
          </button>{' '}
          {t('welcomeGrantWhy')}
        </p>
      )}
      {granted && <p data-testid="granted">{t('welcomeGranted')}</p>}
      <p>{t('welcomeHowTo')}</p>
    </main>
  );
}
