import { browser } from './browser.ts';

/** The browser's message lookup for src/ui's `setTranslator` ('' when a key is missing). */
export function browserTranslator(key: string, substitutions?: string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions);
  } catch {
    return '';
  }
}
