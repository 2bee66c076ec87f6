import { useEffect, useState } from 'preact/hooks';
import { hasHostAccess, isFirefox, requestHostAccess } from '../platform/permissions.ts';

/**
 * Says plainly why Backstory cannot read this page. On Firefox, where users may withhold host
 * access from extensions, it offers to ask for it for this site.
 */
export function Unavailable({ host, url }: { readonly host: string; readonly url: string }) {
  const [canAsk, setCanAsk] = useState(false);
  useEffect(() => {
    if (isFirefox() && /^https?:/.test(url) && host)
      void hasHostAccess(host).then((has) => setCanAsk(!has));
  }, [host, url]);
  const reason = !/^(https?|file):/.test(url)
    ? 'Browsers do not let extensions read their own pages, stores or built-in viewers.'
    : canAsk
      ? `Firefox has not given Backstory access to ${host}.`
      : 'This page has not loaded Backstory yet: reload it, then open this popup again.';
  return (
    <section class="unavailable" data-testid="unavailable">
      <p>Backstory cannot run on this page.</p>
      <p class="muted">{reason}</p>
      {canAsk && (
        <button
          type="button"
          onClick={() => void requestHostAccess(host).then((ok) => setCanAsk(!ok))}
        >
          Allow Backstory on {host}
        </button>
      )}
    </section>
  );
}
