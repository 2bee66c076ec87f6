/**
 * UI strings, looked up by key in `_locales/<lang>/messages.json` through `browser.i18n`, so a
 * translation is a new messages.json and no code change. src/ui cannot reach browser APIs, so
 * each surface installs the platform's lookup with `setTranslator` at start-up; until then (and
 * in unit tests) `t` returns the English text from the bundled catalogue.
 */
import catalogue from '../../assets/public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalogue;
type Translator = (key: string, substitutions?: string[]) => string;

const english: Translator = (key, subs = []) => {
  const entry = (catalogue as Record<string, { message: string }>)[key];
  if (!entry) return key;
  return entry.message.replace('$ONE$', subs[0] ?? '').replace('$TWO$', subs[1] ?? '');
};
let translate: Translator = english;

export function setTranslator(fn: Translator): void {
  translate = (key, subs) => fn(key, subs) || english(key, subs);
}

export function t(key: MessageKey, ...substitutions: string[]): string {
  return translate(key, substitutions);
}
