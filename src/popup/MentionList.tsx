import { useState } from 'preact/hooks';
import { t } from '../ui/i18n.ts';
import type { CardData } from '../core/dataset/card-data.ts';
import { sendToTab } from '../platform/messaging.ts';
import { EntityCard } from '../ui/EntityCard.tsx';
import { typeGroups } from '../ui/type-labels.ts';

interface Props {
  readonly data: CardData;
  readonly tabId: number;
  readonly counts: ReadonlyArray<readonly [string, number]>;
}

/** What the page mentions, by type, most mentioned first; each opens its card in place. */
export function MentionList({ data, tabId, counts }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  if (counts.length === 0)
    return (
      <p class="muted" data-testid="none">
        {t('popupNone')}
      </p>
    );
  const groups = typeGroups()
    .map(([type, title]) => ({
      type,
      title,
      items: counts.filter(([id]) => data.entities[id]?.type === type),
    }))
    .filter((g) => g.items.length > 0);
  return (
    <section aria-label={t('popupMentioned')} data-testid="mentions">
      {groups.map((g) => (
        <section key={g.type} class="group">
          <h2>{g.title}</h2>
          <ul>
            {g.items.map(([id, n]) => (
              <li key={id} data-entity={id}>
                <div class="row">
                  <button
                    type="button"
                    class="entity"
                    aria-expanded={open === id}
                    onClick={() => setOpen(open === id ? null : id)}
                  >
                    {data.entities[id]?.name ?? id}
                  </button>
                  <span class="count" aria-label={t('popupMentions', String(n))}>
                    {n}
                  </span>
                  <button
                    type="button"
                    class="show"
                    title={t('popupShowTitle')}
                    onClick={() => void sendToTab(tabId, { type: 'page/show-entity', entity: id })}
                  >
                    {t('popupShow')}
                  </button>
                </div>
                {open === id && (
                  <div class="bs-card inline-card">
                    <EntityCard data={data} entityId={id} onSelect={setOpen} idPrefix="popup" />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
