import type { CardData } from '../core/dataset/card-data.ts';
import { t } from '../ui/i18n.ts';
import { formatDate } from '../ui/format-date.ts';

interface Props {
  readonly data: CardData;
  readonly onPage: ReadonlySet<string>;
}

const WIDTH = 340;
const PAD = 10;

/**
 * The dataset's dated events in order, the ones this page mentions filled in. Dates span 1991 to
 * 2025 very unevenly, so the dots are spaced by order, not by time; the list below carries the
 * dates for reading and for screen readers (the drawing itself is decorative).
 */
export function Timeline({ data, onPage }: Props) {
  const items = data.timeline;
  if (items.length === 0) return null;
  const step = items.length > 1 ? (WIDTH - 2 * PAD) / (items.length - 1) : 0;
  return (
    <section class="timeline" aria-label={t('popupTimeline')}>
      <h2>{t('popupTimeline')}</h2>
      <svg viewBox={`0 0 ${WIDTH} 36`} width="100%" height="36" aria-hidden="true">
        <line x1={PAD} y1="18" x2={WIDTH - PAD} y2="18" class="axis" />
        {items.map((item, i) => (
          <circle
            key={item.entity}
            cx={PAD + i * step}
            cy="18"
            r={onPage.has(item.entity) ? 6 : 4}
            class={onPage.has(item.entity) ? 'dot on' : 'dot'}
          >
            <title>{`${item.name} (${formatDate(item.start)})`}</title>
          </circle>
        ))}
      </svg>
      <details>
        <summary>{t('popupDates')}</summary>
        <ol class="timeline-list">
          {items.map((item) => (
            <li
              key={item.entity}
              class={onPage.has(item.entity) ? 'on' : ''}
              data-entity={item.entity}
            >
              <time dateTime={item.start}>{formatDate(item.start)}</time> {item.name}
              {onPage.has(item.entity) && <span class="sr-only">{t('popupOnPage')}</span>}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
