import type { CardData } from '../core/compile-dataset.ts';
import { formatDate } from '../ui/format-date.ts';

/** What the bundled data is, how current, and where it comes from. */
export function DatasetInfo({ data }: { readonly data: CardData }) {
  const article = data.sources[data.meta.article];
  const entities = Object.values(data.entities);
  return (
    <section>
      <h2>Dataset</h2>
      <p data-testid="dataset">
        {data.meta.title}: version {data.meta.version}, facts checked as of{' '}
        {formatDate(data.meta.asOf)}. {entities.filter((e) => !e.lookalike).length} entities,{' '}
        {Object.keys(data.quotes).length} quotes.
      </p>
      {article && (
        <p>
          Built from “{article.title}”, {article.publisher}, {formatDate(article.date)}.
        </p>
      )}
      <details>
        <summary>Sources ({Object.keys(data.sources).length})</summary>
        <ul>
          {Object.entries(data.sources).map(([id, s]) => (
            <li key={id}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>{' '}
              — {s.publisher}, {formatDate(s.date)}
            </li>
          ))}
        </ul>
      </details>
      <p class="muted">
        Backstory never connects to the network: everything it shows is in this dataset, bundled
        with the extension. It stores only your settings, in your browser.
      </p>
    </section>
  );
}
