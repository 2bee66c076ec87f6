/**
 * Build-time word lists for the folding check (src/core/dataset/rules/folds.ts): the common
 * words of French, Russian, German and English from the hunspell dictionaries on npm
 * (dictionary-fr, -ru, -de, -en: dev dependencies, never shipped), with their suffixed forms,
 * plus the adjectives and demonyms of Armenian and Azerbaijani, which have no such dictionary
 * on npm: those the dataset gives as demonyms and those listed in fold-words.json.
 *
 * Only what can meet an alias is expanded: a dictionary stem is read further only when its
 * folded start is the start of one of the dataset's single-word aliases, so the whole check
 * costs well under a second instead of expanding millions of Russian forms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldedWord, type WordLists } from '../../src/core/dataset/rules/folds.ts';
import type { Dataset } from '../../src/core/dataset/schema.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Languages with a hunspell dictionary on npm that the check reads. */
export const DICTIONARY_LANGS = ['fr', 'ru', 'de', 'en'] as const;

interface Affix {
  readonly strip: string;
  readonly add: string;
  readonly condition: RegExp;
}

interface Affixes {
  readonly long: boolean;
  readonly suffixes: ReadonlyMap<string, readonly Affix[]>;
}

/** The SFX rules of a hunspell .aff file (prefixes are elisions and the like: not needed). */
export function parseAffixes(aff: string): Affixes {
  const long = /^FLAG\s+long\b/mu.test(aff);
  const suffixes = new Map<string, Affix[]>();
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/u);
    if (parts[0] !== 'SFX' || parts.length < 5) continue;
    const [, flag = '', strip = '', addField = '', condition = '.'] = parts;
    // A header line: "SFX flag cross count".
    if (/^[YN]$/u.test(strip) && /^\d+$/u.test(addField)) continue;
    const add = (addField.split('/')[0] ?? '').replace(/^0$/u, '');
    let pattern: RegExp;
    try {
      pattern = new RegExp(`${condition === '.' ? '' : condition}$`, 'u');
    } catch {
      continue; // A condition this reader cannot express never matches.
    }
    const list = suffixes.get(flag) ?? [];
    list.push({ strip: strip === '0' ? '' : strip, add, condition: pattern });
    suffixes.set(flag, list);
  }
  return { long, suffixes };
}

function flagsOf(field: string, long: boolean): string[] {
  if (!long) return [...field];
  const flags: string[] = [];
  for (let i = 0; i < field.length; i += 2) flags.push(field.slice(i, i + 2));
  return flags;
}

/** The word and its suffixed forms. */
export function expand(word: string, flagField: string, affixes: Affixes): string[] {
  const forms = [word];
  for (const flag of flagsOf(flagField, affixes.long)) {
    for (const rule of affixes.suffixes.get(flag) ?? []) {
      if (!rule.condition.test(word) || !word.endsWith(rule.strip)) continue;
      forms.push(word.slice(0, word.length - rule.strip.length) + rule.add);
    }
  }
  return forms;
}

const PREFIX = 3;

/**
 * The common words of one dictionary whose fold equals one of `wanted` (folded alias words).
 * Words written with a capital are names, the same in every language ("Paris"), so are left out.
 */
export function dictionaryWords(
  aff: string,
  dic: string,
  wanted: ReadonlySet<string>,
): Map<string, string> {
  const affixes = parseAffixes(aff);
  const starts = new Set([...wanted].map((w) => w.slice(0, PREFIX)));
  const found = new Map<string, string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().split(/\s/u)[0] ?? '';
    if (word === '' || word !== word.toLowerCase()) continue;
    const start = foldedWord(word.slice(0, PREFIX + 2))?.slice(0, PREFIX);
    if (start === undefined || !starts.has(start)) continue;
    const flags =
      slash < 0
        ? ''
        : (line
            .slice(slash + 1)
            .trim()
            .split(/\s/u)[0] ?? '');
    for (const form of expand(word, flags, affixes)) {
      const key = foldedWord(form);
      if (key !== undefined && wanted.has(key) && !found.has(key)) found.set(key, form);
    }
  }
  return found;
}

/**
 * A file of an installed package, found the way Node finds packages (node_modules folders up
 * from here): the dictionaries export only their index.js, not the .aff and .dic beside it.
 */
function packageFile(pkg: string, file: string): string {
  for (let dir = HERE; ; dir = dirname(dir)) {
    const path = join(dir, 'node_modules', pkg, file);
    if (existsSync(path)) return readFileSync(path, 'utf8');
    if (dirname(dir) === dir) {
      throw new Error(`word lists: ${pkg}/${file} not found; run npm ci (it is a dev dependency)`);
    }
  }
}

/** Hand-listed adjectives and demonyms of Armenian and Azerbaijani (fold-words.json). */
function handLists(): Record<string, string[]> {
  const path = join(HERE, 'fold-words.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;
}

/** The word lists of every language the check knows, narrowed to what can meet `dataset`. */
export function loadWordLists(dataset: Dataset): WordLists {
  const wanted = new Set<string>();
  for (const entity of dataset.entities) {
    for (const alias of entity.aliases) {
      const key = foldedWord(alias.text);
      if (key !== undefined) wanted.add(key);
    }
  }
  const lists = new Map<string, Map<string, string>>();
  for (const lang of DICTIONARY_LANGS) {
    const pkg = `dictionary-${lang}`;
    lists.set(
      lang,
      dictionaryWords(packageFile(pkg, 'index.aff'), packageFile(pkg, 'index.dic'), wanted),
    );
  }
  const hand = handLists();
  for (const lang of ['hy', 'az']) {
    const list = new Map<string, string>();
    const words = [
      ...(hand[lang] ?? []),
      ...dataset.entities.flatMap((e) =>
        e.aliases.filter((a) => a.lang === lang && a.weak === 'demonym').map((a) => a.text),
      ),
    ];
    for (const word of words) {
      const key = foldedWord(word);
      if (key !== undefined && wanted.has(key)) list.set(key, word);
    }
    lists.set(lang, list);
  }
  return lists;
}
