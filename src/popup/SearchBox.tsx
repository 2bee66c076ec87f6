import { useMemo, useState } from 'preact/hooks';
import { t } from '../ui/i18n.ts';
import type { CardData } from '../core/dataset/card-data.ts';
import { createSearchIndex } from '../core/search-entities.ts';
import { EntityCard } from '../ui/EntityCard.tsx';

/** Looks up any entity of the dataset by any of its names, whether or not the page has it. */
export function SearchBox({ data }: { readonly data: CardData }) {
  const index = useMemo(() => createSearchIndex(Object.values(data.entities)), [data]);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const results = query.trim() ? index.search(query, 8) : [];
  return (
    <section class="search" aria-label={t('popupSearchLabel')}>
      <input
        type="search"
        placeholder={t('popupSearch')}
        aria-label={t('popupSearchLabel')}
        value={query}
        onInput={(e) => {
          setQuery((e.target as HTMLInputElement).value);
          setChosen(null);
        }}
      />
      {query.trim() && results.length === 0 && <p class="muted">{t('popupNoMatch', query)}</p>}
      {results.length > 0 && !chosen && (
        <ul class="results" data-testid="results">
          {results.map((id) => (
            <li key={id}>
              <button type="button" class="entity" onClick={() => setChosen(id)}>
                {data.entities[id]?.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <div class="bs-card inline-card">
          <EntityCard
            data={data}
            entityId={chosen}
            onSelect={setChosen}
            onClose={() => setChosen(null)}
            idPrefix="search"
          />
        </div>
      )}
    </section>
  );
}
