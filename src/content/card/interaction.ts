/**
 * Everything the reader does with highlighted names: hover (with intent), tap, Esc, the
 * keyboard commands that step through mentions, "show on page" from the popup, and look-ups
 * from the context menu. Listeners are passive and capture-phase where possible and all hang on
 * the content script's AbortSignal.
 */
import type { Matcher } from '../../core/matcher/matcher.ts';
import type { Settings } from '../../core/settings.ts';
import { typeOfEntity } from 'virtual:backstory-matcher';
import { hitTest, liveRange } from './hit-test.ts';
import { HoverIntent } from './hover-intent.ts';
import type { MentionIndex, PageMention } from '../mentions/mention-index.ts';
import { createCardView } from './card-view.tsx';
import type { CardAnchor } from './card-view.tsx';
import { flash, scrollToRange } from './scroll-flash.ts';
import { t } from '../../ui/i18n.ts';
import type { PageTheme } from '../../core/colour.ts';

export interface Interaction {
  showEntity(entity: string): boolean;
  step(direction: 1 | -1): boolean;
  lookUp(entity: string | null, text: string): void;
  settingsChanged(): void;
  stop(): void;
}

interface Context {
  readonly mentions: MentionIndex;
  /** The page's matcher, reused for context-menu look-ups. */
  readonly matcher: Matcher;
  readonly settings: () => Settings;
  readonly signal: AbortSignal;
  readonly theme: PageTheme;
}

const CLOSE_DELAY_MS = 300;

export function startInteraction(ctx: Context): Interaction {
  const { mentions, signal } = ctx;
  let cursor: PageMention | null = null;
  let returnFocus: Element | null = null;
  let lastPoint = { x: 0, y: 0 };
  let touchOpened: PageMention | null = null;

  /** The first painted mention the range overlaps, if any. */
  const mentionUnder = (range: Range): PageMention | undefined => {
    for (const node of new Set([range.startContainer, range.endContainer])) {
      for (const m of mentions.atNode(node) ?? []) {
        try {
          const r = liveRange(document, m.range);
          const endsAfterStart = r.compareBoundaryPoints(Range.START_TO_END, range) > 0;
          const startsBeforeEnd = r.compareBoundaryPoints(Range.END_TO_START, range) < 0;
          if (endsAfterStart && startsBeforeEnd) return m;
        } catch {
          // A node the page moved to another document since: not this selection's mention.
        }
      }
    }
    return undefined;
  };

  const view = createCardView(ctx.theme, {
    onClose: () => intent.closeNow(),
    onPointerInside: (inside) => intent.pointerOnCard(inside),
  });
  const intent = new HoverIntent<PageMention>(
    {
      open: (m) => showCard(m, { focus: false, touch: false, point: lastPoint }),
      close: () => {
        view.hide();
        touchOpened = null;
        if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
        returnFocus = null;
      },
    },
    { openDelay: ctx.settings().hoverDelayMs, closeDelay: CLOSE_DELAY_MS },
  );

  function showCard(
    m: PageMention,
    how: { focus: boolean; touch: boolean; point?: { x: number; y: number } },
  ): void {
    const anchor: CardAnchor = {
      range: liveRange(document, m.range),
      ...(how.point ? { point: how.point } : {}),
    };
    view.show({ entity: m.entity, anchor, focus: how.focus, touch: how.touch });
  }

  // Pointer: one hit-test per animation frame at most, whatever the event rate.
  let frame = 0;
  const onMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    lastPoint = { x: e.clientX, y: e.clientY };
    if (view.contains(e.target)) return;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      try {
        intent.pointerOver(hitTest(document, mentions, lastPoint.x, lastPoint.y));
      } catch {
        intent.pointerOver(null);
      }
    });
  };
  document.addEventListener('pointermove', onMove, { passive: true, capture: true, signal });
  document.documentElement.addEventListener('pointerleave', () => intent.pointerOver(null), {
    passive: true,
    signal,
  });

  // Touch: the first tap on a name opens its card instead of following a link the name sits
  // in; a second tap on the same name does what the page meant. A tap elsewhere closes.
  document.addEventListener(
    'click',
    (e) => {
      if (view.contains(e.target)) return;
      const touch =
        (e as PointerEvent).pointerType === 'touch' || (e as PointerEvent).pointerType === 'pen';
      if (!touch) return;
      const m = hitTest(document, mentions, e.clientX, e.clientY);
      if (m && touchOpened !== m) {
        e.preventDefault();
        e.stopPropagation();
        touchOpened = m;
        lastPoint = { x: e.clientX, y: e.clientY };
        intent.openNow(m);
        showCard(m, { focus: false, touch: true, point: lastPoint });
      } else if (!m && view.isOpen) {
        intent.closeNow();
      }
    },
    { capture: true, signal },
  );

  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && view.isOpen) intent.closeNow();
    },
    { capture: true, signal },
  );

  const openFromKeyboard = (m: PageMention): void => {
    returnFocus ??= document.activeElement;
    scrollToRange(m.range);
    flash(m.range);
    intent.openNow(m);
    showCard(m, { focus: true, touch: false });
  };

  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    intent.closeNow();
    view.destroy();
  });

  return {
    showEntity(entity) {
      const list = mentions.inOrder(entity);
      if (list.length === 0) return false;
      const i = cursor && cursor.entity === entity ? list.indexOf(cursor) : -1;
      cursor = list[(i + 1) % list.length]!;
      scrollToRange(cursor.range);
      flash(cursor.range);
      return true;
    },
    step(direction) {
      const list = mentions.inOrder();
      if (list.length === 0) return false;
      const i = cursor ? list.indexOf(cursor) : -1;
      const next =
        i < 0
          ? direction === 1
            ? 0
            : list.length - 1
          : (i + direction + list.length) % list.length;
      cursor = list[next]!;
      openFromKeyboard(cursor);
      return true;
    },
    lookUp(entity, text) {
      const selection = getSelection();
      const range =
        selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
      // A highlighted mention under the selection first: it was resolved with its whole block
      // as context (a phrase like "the anti-terror operation" means nothing on its own).
      const id =
        entity ??
        (range && mentionUnder(range)?.entity) ??
        ctx.matcher.find(text)[0]?.entity ??
        null;
      returnFocus ??= document.activeElement;
      const known = id !== null && typeOfEntity[id] !== undefined;
      view.show({
        entity: known ? id : null,
        notFound: t('cardLookupNone', text.trim().slice(0, 80)),
        anchor: { range },
        focus: true,
        touch: false,
      });
    },
    settingsChanged() {
      intent.setDelays({ openDelay: ctx.settings().hoverDelayMs, closeDelay: CLOSE_DELAY_MS });
    },
    stop() {
      intent.closeNow();
      view.destroy();
    },
  };
}
