import type { CardData } from '../core/dataset/card-data.ts';
import { formatDate } from './format-date.ts';
import { t } from './i18n.ts';

interface Props {
  readonly data: CardData;
  readonly ids: readonly string[];
  readonly title: string;
}

/** Attributed quotes: the words, then who said them, where, when, and where they were reported. */
export function QuoteList({ data, ids, title }: Props) {
  const quotes = ids.flatMap((id) => (data.quotes[id] ? [data.quotes[id]] : []));
  if (quotes.length === 0) return null;
  return (
    <section>
      <h3 class="bs-section">{title}</h3>
      <ul class="bs-quotes">
        {quotes.map((q) => {
          const speaker = data.entities[q.speaker]?.name ?? q.speaker;
          const source = data.sources[q.source];
          return (
            <li key={q.id} class="bs-quote">
              <figure>
                <blockquote lang="en">“{q.text}”</blockquote>
                <figcaption>
                  — {speaker}, {q.occasion} ({formatDate(q.date)})
                  {source ? ` · ${t('cardReportedBy', source.publisher)}` : ''}
                </figcaption>
              </figure>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
