import { Fragment } from 'preact';
import type { CardData } from '../core/dataset/card-data.ts';
import { formatDate } from './format-date.ts';
import { QuoteList } from './QuoteList.tsx';
import { typeLabel } from './type-labels.ts';
import { t } from './i18n.ts';
import { safeUrl } from './safe-url.ts';

export interface EntityCardProps {
  readonly data: CardData;
  readonly entityId: string;
  /** Follows a related entity's chip. */
  readonly onSelect: (id: string) => void;
  readonly onClose?: () => void;
  /** Unique per document, for aria-labelledby. */
  readonly idPrefix?: string;
}

/**
 * Everything Backstory knows about one entity: what it is, the names it goes by (contested
 * names side by side, each with who uses it), a neutral background, dated facts with the date
 * they hold as of, its own words and what others said about it, and related entities.
 * All text is rendered as text: nothing from the dataset or the page is parsed as HTML.
 */
export function EntityCard({
  data,
  entityId,
  onSelect,
  onClose,
  idPrefix = 'bs',
}: EntityCardProps) {
  const e = data.entities[entityId];
  if (!e) return <p class="bs-desc">{t('cardNoEntry', entityId)}</p>;
  const headingId = `${idPrefix}-name-${e.id}`;
  const related = e.related.flatMap((id) => (data.entities[id] ? [data.entities[id]] : []));
  const confusedWith = e.lookalikeOf.flatMap((id) =>
    data.entities[id] ? [data.entities[id]] : [],
  );
  return (
    <article aria-labelledby={headingId} data-entity={e.id}>
      <header class="bs-head">
        <h2 class="bs-name" id={headingId}>
          {e.name}
        </h2>
        <span class="bs-type">{typeLabel(e.type)}</span>
        {onClose && (
          <button type="button" class="bs-close" aria-label={t('cardClose')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <p class="bs-desc">{e.description}</p>
      {confusedWith.length > 0 && (
        <p class="bs-names" data-testid="lookalike">
          {t('cardNotConfused', confusedWith.map((c) => c.name).join(', '))}
        </p>
      )}
      {e.contestedNames.length > 0 && (
        <dl class="bs-names" aria-label={t('cardNamesInUse')}>
          {e.contestedNames.map((n) => (
            <Fragment key={n.name}>
              <dt>{n.name}</dt>
              <dd>{n.usedBy}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      <p class="bs-background">{e.background}</p>
      {e.facts.length > 0 && (
        <section>
          <h3 class="bs-section">{t('cardKeyFacts')}</h3>
          <ul class="bs-facts">
            {e.facts.map((f) => (
              <li key={f.label}>
                <strong>{f.label}:</strong> {f.value}
                {f.asOf && <span class="bs-asof"> ({t('cardAsOf', formatDate(f.asOf))})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <QuoteList data={data} ids={e.quotesBy} title={t('cardOwnQuotes')} />
      <QuoteList data={data} ids={e.quotesAbout} title={t('cardQuotesAbout')} />
      {related.length > 0 && (
        <section>
          <h3 class="bs-section">{t('cardRelated')}</h3>
          <ul class="bs-chips">
            {related.map((r) => (
              <li key={r.id}>
                <button type="button" class="bs-chip" onClick={() => onSelect(r.id)}>
                  {r.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer class="bs-foot">
        {safeUrl(e.link) && (
          <a href={safeUrl(e.link)!} target="_blank" rel="noopener noreferrer">
            {t('cardReadMore')}
          </a>
        )}
        <span>{t('cardDataVersion', data.meta.version, formatDate(data.meta.asOf))}</span>
      </footer>
    </article>
  );
}
