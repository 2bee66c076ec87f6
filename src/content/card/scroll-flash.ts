import { liveRange } from './hit-test.ts';

const FLASH = 'backstory-flash';
const FLASH_MS = 1600;
let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Scrolls a mention into the middle of the view (smoothly unless the reader asked for less motion). */
export function scrollToRange(range: AbstractRange): void {
  const el = range.startContainer.parentElement;
  if (!el) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const rect = liveRange(document, range).getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= innerHeight) return;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}

/** Briefly marks a mention with the flash highlight (the page DOM is not touched). */
export function flash(range: AbstractRange): void {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight !== 'function') return;
  CSS.highlights.set(FLASH, new Highlight(range));
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => CSS.highlights.delete(FLASH), FLASH_MS);
}
