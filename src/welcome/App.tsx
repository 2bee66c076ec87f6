import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser.ts';
import { isFirefox } from '../platform/permissions.ts';

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
      <h1>Welcome to Backstory</h1>
      <p>
        Backstory underlines the people, places, organisations and events of one news story — Ilham
        Aliyev’s warning to Armenia and Yerevan’s reply, October 2024 — wherever they appear on the
        pages you read. Rest the pointer on an underlined name to see who or what it is, the facts
        with their dates, and what was said, with who said it.
      </p>
      <ul>
        <li>It makes no network requests: everything it shows is bundled with it.</li>
        <li>
          It collects nothing and sends nothing anywhere. Only your settings are stored, in your
          browser.
        </li>
        <li>It never changes the pages you read; it never looks inside text you are typing.</li>
      </ul>
      {isFirefox() && granted === false && (
        <p>
          <button
            type="button"
            data-testid="grant"
            onClick={() => void browser.permissions.request(ALL_SITES).then(setGranted)}
          >
            Allow Backstory to read pages
          </button>{' '}
          Firefox asks you before an extension may read websites.
        </p>
      )}
      {granted && (
        <p data-testid="granted">Backstory can read the pages you visit. You are all set.</p>
      )}
      <p>
        Open the toolbar button to see what a page mentions, switch Backstory off for a site, or
        search any name. Keyboard: Alt+Shift+N / Alt+Shift+P step through mentions, Alt+Shift+B
        switches the site off and on.
      </p>
    </main>
  );
}
