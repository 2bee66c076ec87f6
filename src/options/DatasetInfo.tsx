import type { CardData } from '../core/dataset/card-data.ts';
import { formatDate } from '../ui/format-date.ts';
import { safeUrl } from '../ui/safe-url.ts';
import { t } from '../ui/i18n.ts';

/** What the bundled data is, how current, and where it comes from. */
export function DatasetInfo({ data }: { readonly data: CardData }) {
  const article = data.sources[data.meta.article];
  const entities = Object.values(data.entities);
  return (
    <section>
      <h2>{t('datasetTitle')}</h2>
      <p data-testid="dataset">
        {t('datasetLine', data.meta.title, data.meta.version)}{' '}
        {t(
          'datasetCounts',
          formatDate(data.meta.asOf),
          String(entities.filter((e) => !e.lookalike).length),
        )}
      </p>
      {article && (
        <p>
          {t(
            'datasetBuiltFrom',
            article.title,
            `${article.publisher}, ${formatDate(article.date)}`,
          )}
        </p>
      )}
      <details>
        <summary>{t('datasetSources', String(Object.keys(data.sources).length))}</summary>
        <ul>
          {Object.entries(data.sources).map(([id, s]) => (
            <li key={id}>
              {safeUrl(s.url) ? (
                <a href={safeUrl(s.url)!} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                s.title
              )}{' '}
              — {s.publisher}, {formatDate(s.date)}
            </li>
          ))}
        </ul>
      </details>
      <p class="muted">{t('datasetPrivacy')}</p>
    </section>
  );
}
