import { useEffect, useState } from 'preact/hooks';
import { pageReport, targetTab } from '../platform/page-link.ts';
import type { PageReport } from '../core/messages.ts';

type Loaded =
  { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; report: PageReport };

export function App() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    void (async () => {
      const tab = await targetTab();
      const report = tab?.id === undefined ? null : await pageReport(tab.id);
      setLoaded(report ? { status: 'ready', report } : { status: 'unavailable' });
    })();
  }, []);
  if (loaded.status === 'loading') return <p>Loading…</p>;
  if (loaded.status === 'unavailable')
    return <p data-testid="unavailable">Backstory cannot run on this page.</p>;
  const { report } = loaded;
  return (
    <main>
      <h1>Backstory</h1>
      <p data-testid="host">{report.host}</p>
      <p data-testid="state">{report.state}</p>
      <ul data-testid="mentions">
        {report.counts.map(([id, n]) => (
          <li key={id} data-entity={id}>
            {id} <span>{n}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}
