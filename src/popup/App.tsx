import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../ui/i18n.ts';
import { cardData } from 'virtual:backstory-data';
import type { PageReport } from '../core/messages.ts';
import { siteState } from '../core/settings.ts';
import { pageReport, targetTab } from '../platform/page-link.ts';
import { hostOf } from '../platform/tabs.ts';
import { useSettings } from '../platform/use-settings.ts';
import { MentionList } from './MentionList.tsx';
import { QuietNames } from './QuietNames.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SiteSwitches } from './SiteSwitches.tsx';
import { Timeline } from './Timeline.tsx';
import { Unavailable } from './Unavailable.tsx';
import { formatDate } from '../ui/format-date.ts';

type Page =
  | { status: 'loading' }
  | { status: 'unavailable'; host: string; url: string }
  | { status: 'ready'; tabId: number; report: PageReport };

/** How often the popup re-reads the page's report while open (pages change under it). */
const REFRESH_MS = 1500;

export function App() {
  const [page, setPage] = useState<Page>({ status: 'loading' });
  /** Bumped to read the report again at once (after asking the page to show its names). */
  const [reread, setReread] = useState(0);
  const { settings, save, loaded } = useSettings();

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = async (): Promise<void> => {
      const tab = await targetTab();
      const report = tab?.id === undefined ? null : await pageReport(tab.id);
      if (stopped) return;
      if (report && tab?.id !== undefined) setPage({ status: 'ready', tabId: tab.id, report });
      else setPage({ status: 'unavailable', host: hostOf(tab?.url), url: tab?.url ?? '' });
      timer = setTimeout(() => void read(), REFRESH_MS);
    };
    void read();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [reread]);

  const onPage = useMemo(
    () => new Set(page.status === 'ready' ? page.report.counts.map(([id]) => id) : []),
    [page],
  );
  const host =
    page.status === 'ready' ? page.report.host : page.status === 'unavailable' ? page.host : '';
  const state = loaded && host ? siteState(settings, host) : 'on';

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Backstory</h1>
        <SiteSwitches host={host} settings={settings} save={save} />
      </header>
      <SearchBox data={cardData} />
      {page.status === 'loading' && <p class="muted">{t('popupReading')}</p>}
      {page.status === 'unavailable' && <Unavailable host={page.host} url={page.url} />}
      {page.status === 'ready' && state !== 'on' && (
        <p class="muted" data-testid="off">
          {state === 'off' ? t('popupOffEverywhere') : t('popupOffSite', host)}
        </p>
      )}
      {page.status === 'ready' && state === 'on' && (
        <>
          <MentionList data={cardData} tabId={page.tabId} counts={page.report.counts} />
          <QuietNames
            data={cardData}
            tabId={page.tabId}
            quiet={page.report.quiet}
            onShown={() => setReread((n) => n + 1)}
          />
        </>
      )}
      <Timeline data={cardData} onPage={onPage} />
      <footer class="popup-foot muted">
        {t('popupFooter', cardData.meta.version, formatDate(cardData.meta.asOf))}
      </footer>
    </main>
  );
}
