/**
 * Shows and positions the hover card. The card never covers the name it describes nor the
 * pointer: floating-ui places it above or below the name's line box nearest the pointer (so a
 * name wrapped across lines is followed), flips and shifts it at the viewport's edges, and keeps
 * it attached while the page scrolls. On a narrow touch screen it is a bottom sheet instead.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { isCardData } from '../../core/dataset/card-slice.ts';
import type { CardData } from '../../core/dataset/card-data.ts';
import { sendToBackground } from '../../platform/messaging.ts';
import { createCardHost } from './card-host.ts';
import type { CardHost } from './card-host.ts';
import { HoverCard } from './HoverCard.tsx';
import cardCss from '../../ui/card.css?inline';
import type { PageTheme } from '../../core/colour.ts';

export interface CardAnchor {
  /** A live range over the mention (or selection) the card describes; null: centred. */
  readonly range: Range | null;
  /** The pointer, so the card's line box is the one the reader is on. */
  readonly point?: { readonly x: number; readonly y: number };
}

export interface CardRequest {
  readonly entity: string | null;
  readonly notFound?: string;
  readonly anchor: CardAnchor;
  readonly focus: boolean;
  readonly touch: boolean;
}

export interface CardView {
  show(request: CardRequest): void;
  hide(): void;
  /** True when the event's target is (inside) the card. */
  contains(target: EventTarget | null): boolean;
  readonly isOpen: boolean;
  destroy(): void;
}

const NARROW = 600;

/** Fetches one card's data from the background (see core/card-slice.ts). */
async function loadCard(entity: string): Promise<CardData | null> {
  const { card } = await sendToBackground({ type: 'card/get', entity });
  return isCardData(card) ? card : null;
}

export function createCardView(
  theme: PageTheme,
  callbacks: { onClose(): void; onPointerInside(inside: boolean): void },
): CardView {
  let host: CardHost | null = null;
  let stopTracking: (() => void) | null = null;
  let open = false;
  let shows = 0;

  const place = (card: HTMLElement, anchor: CardAnchor, sheet: boolean): void => {
    stopTracking?.();
    stopTracking = null;
    card.style.position = 'fixed';
    if (sheet || !anchor.range) {
      card.style.left = sheet ? '0px' : `${Math.max(8, (innerWidth - card.offsetWidth) / 2)}px`;
      card.style.top = sheet ? 'auto' : `${Math.max(8, innerHeight * 0.15)}px`;
      card.style.bottom = sheet ? '0px' : 'auto';
      return;
    }
    const range = anchor.range;
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const update = (): void => {
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          inline(anchor.point ? { x: anchor.point.x, y: anchor.point.y } : undefined),
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              card.style.maxHeight = `${Math.max(160, Math.min(560, availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
        card.style.bottom = 'auto';
      });
    };
    stopTracking = autoUpdate(reference, card, update, { animationFrame: false });
  };

  const fontSize = (anchor: CardAnchor): string => {
    const el = anchor.range?.startContainer.parentElement ?? document.body;
    const px = el ? parseFloat(getComputedStyle(el).fontSize) : 16;
    // The card's text follows the page's size, within a comfortable reading range.
    return `${Math.min(17, Math.max(13, Number.isFinite(px) ? px * 0.85 : 14))}px`;
  };

  return {
    show(request) {
      host ??= createCardHost(document, cardCss);
      const sheet = request.touch && innerWidth < NARROW;
      host.host.style.setProperty('--bs-font-size', fontSize(request.anchor));
      render(
        <HoverCard
          // A new entity is a new card: fresh state, no frame showing the previous one's label.
          key={`${request.entity ?? ''}#${++shows}`}
          load={loadCard}
          entity={request.entity}
          notFound={request.notFound}
          theme={theme}
          sheet={sheet}
          focus={request.focus}
          onClose={callbacks.onClose}
          onPointerInside={callbacks.onPointerInside}
        />,
        host.mount,
      );
      open = true;
      const card = host.mount.firstElementChild as HTMLElement | null;
      if (card) place(card, request.anchor, sheet);
    },
    hide() {
      stopTracking?.();
      stopTracking = null;
      if (host) render(null, host.mount);
      open = false;
    },
    contains(target) {
      return host !== null && target === host.host;
    },
    get isOpen() {
      return open;
    },
    destroy() {
      this.hide();
      host?.destroy();
      host = null;
    },
  };
}
