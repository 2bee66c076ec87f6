import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardData } from '../../core/dataset/card-data.ts';
import { EntityCard } from '../../ui/EntityCard.tsx';
import { t } from '../../ui/i18n.ts';
import type { PageTheme } from '../../core/colour.ts';

export interface HoverCardProps {
  /** Fetches the data of one card; chips fetch the next. */
  readonly load: (entity: string) => Promise<CardData | null>;
  readonly entity: string | null;
  /** Shown instead of a card when a look-up matched nothing. */
  readonly notFound?: string;
  readonly theme: PageTheme;
  readonly sheet: boolean;
  /** Move keyboard focus into the card (keyboard command, look-up), not on hover. */
  readonly focus: boolean;
  readonly onClose: () => void;
  readonly onPointerInside: (inside: boolean) => void;
}

/**
 * The card as a labelled, non-modal dialog: screen readers announce it, Esc closes it, and
 * related-entity chips switch it in place (the chain of chips stays inside the card).
 */
export function HoverCard(props: HoverCardProps) {
  const [shown, setShown] = useState(props.entity);
  const [loaded, setLoaded] = useState<{ entity: string; data: CardData } | null>(null);
  const [failed, setFailed] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => setShown(props.entity), [props.entity]);
  useEffect(() => {
    if (!shown) return;
    let current = true;
    setFailed(false);
    props.load(shown).then(
      (d) => current && (d ? setLoaded({ entity: shown, data: d }) : setFailed(true)),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [shown]);
  useEffect(() => {
    if (props.focus) ref.current?.focus({ preventScroll: true });
  }, [props.focus, props.entity]);
  // Only the slice loaded for this entity: a previous card's slice lacks its quotes.
  const ready = shown !== null && loaded?.entity === shown ? loaded.data : null;
  const label = shown ? ready?.entities[shown]?.name : undefined;
  return (
    <div
      ref={ref}
      class={props.sheet ? 'bs-card bs-sheet' : 'bs-card'}
      data-theme={props.theme}
      role="dialog"
      aria-modal="false"
      aria-label={label ? t('cardLabel', label) : 'Backstory'}
      tabIndex={-1}
      onPointerEnter={() => props.onPointerInside(true)}
      onPointerLeave={() => props.onPointerInside(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      {shown && ready ? (
        <EntityCard data={ready} entityId={shown} onSelect={setShown} onClose={props.onClose} />
      ) : shown ? (
        <p class="bs-desc" aria-busy={!failed}>
          {failed ? t('cardLoadFailed') : t('cardLoading')}
        </p>
      ) : (
        <p class="bs-desc" data-testid="not-found">
          {props.notFound}
        </p>
      )}
    </div>
  );
}
