import type { CardData } from '../core/dataset/card-data.ts';
import { sendToTab } from '../platform/messaging.ts';
import { t } from '../ui/i18n.ts';

interface Props {
  readonly data: CardData;
  readonly tabId: number;
  readonly quiet: ReadonlyArray<readonly [string, number]>;
  /** Called once the page was asked to paint them, so the popup reads the report again. */
  readonly onShown: () => void;
}

/**
 * General names on a page that is not about the story: found, not highlighted, listed here
 * quietly, with a way to highlight them on this page after all.
 */
export function QuietNames({ data, tabId, quiet, onShown }: Props) {
  if (quiet.length === 0) return null;
  return (
    <section class="quiet" aria-labelledby="quiet-title" data-testid="quiet">
      <h2 id="quiet-title">{t('popupQuietTitle')}</h2>
      <p class="muted">{t('popupQuietWhy')}</p>
      <ul>
        {quiet.map(([id, n]) => (
          <li key={id} data-entity={id}>
            {data.entities[id]?.name ?? id} <span class="muted">×{n}</span>
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-testid="show-general"
        onClick={() =>
          void sendToTab(tabId, { type: 'page/show-general' }).then(onShown, () => undefined)
        }
      >
        {t('popupQuietShow')}
      </button>
    </section>
  );
}
