/**
 * Hover intent, as in Wikipedia's page previews: a card opens only after the pointer rests on a
 * name for `openDelay`, stays while the pointer is on the name or the card, and closes
 * `closeDelay` after it has left both. Moving from one name to another while a card is open
 * switches the card in place (no close-then-open flicker). WCAG 1.4.13: dismissible (Esc),
 * hoverable (the pointer may move onto the card), persistent (no timeout while hovered).
 */

/** A mention, compared by identity: the same object while the pointer stays on one mention. */
export type HoverTarget = object;

export interface HoverCallbacks<T extends HoverTarget> {
  open(target: T): void;
  close(): void;
}

export interface HoverDelays {
  readonly openDelay: number;
  readonly closeDelay: number;
}

export class HoverIntent<T extends HoverTarget> {
  private pending: T | null = null;
  private shown: T | null = null;
  private onCard = false;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly callbacks: HoverCallbacks<T>,
    private delays: HoverDelays,
  ) {}

  setDelays(delays: HoverDelays): void {
    this.delays = delays;
  }

  get current(): T | null {
    return this.shown;
  }

  /** The pointer now rests over `target` (or over no mention: null). */
  pointerOver(target: T | null): void {
    if (target && this.shown && target === this.shown) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (!target) {
      this.cancelOpen();
      if (this.shown && !this.onCard) this.scheduleClose();
      return;
    }
    if (this.shown) {
      // Another name while a card is open: switch at once, the reader is already reading cards.
      this.cancelClose();
      this.cancelOpen();
      this.show(target);
      return;
    }
    if (this.pending === target) return;
    this.cancelOpen();
    this.pending = target;
    this.openTimer = setTimeout(() => {
      this.openTimer = undefined;
      const t = this.pending;
      this.pending = null;
      if (t) this.show(t);
    }, this.delays.openDelay);
  }

  pointerOnCard(on: boolean): void {
    this.onCard = on;
    if (on) this.cancelClose();
    else if (this.shown) this.scheduleClose();
  }

  /** Opens at once (keyboard, tap, popup). */
  openNow(target: T): void {
    this.cancelOpen();
    this.cancelClose();
    this.show(target);
  }

  /** Closes at once (Esc, tap outside, scroll away, teardown). */
  closeNow(): void {
    this.cancelOpen();
    this.cancelClose();
    if (!this.shown) return;
    this.shown = null;
    this.onCard = false;
    this.callbacks.close();
  }

  private show(target: T): void {
    this.shown = target;
    this.callbacks.open(target);
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      this.closeNow();
    }, this.delays.closeDelay);
  }

  private cancelOpen(): void {
    if (this.openTimer !== undefined) clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.pending = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
