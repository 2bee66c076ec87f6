/**
 * Only http(s) links are ever rendered. The dataset validator already rejects anything else;
 * this is the second lock, so a bad build can never put a `javascript:` URL in a card.
 */
export function safeUrl(url: string): string | null {
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}
