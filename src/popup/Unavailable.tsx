import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n.ts';
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
    ? t('popupBrowserPage')
    : canAsk
      ? t('popupNoAccess', host)
      : t('popupNotLoaded');
  return (
    <section class="unavailable" data-testid="unavailable">
      <p>{t('popupCannotRun')}</p>
      <p class="muted">{reason}</p>
      {canAsk && (
        <button
          type="button"
          onClick={() => void requestHostAccess(host).then((ok) => setCanAsk(!ok))}
        >
          {t('popupAllow', host)}
        </button>
      )}
    </section>
  );
}
