/**
 * The contract between the dataset (which names things) and the matcher (which finds them).
 * Both sides build against these types; nothing here touches the DOM or browser APIs.
 */

import type { WeakKind } from '../dataset/kinds.ts';

/** One phrase the matcher looks for, flattened from the dataset at build time. */
export interface MatchAlias {
  /** Entity id (kebab-case), or the id of a look-alike entity, or '' for a pure blocking phrase. */
  readonly entity: string;
  /** The phrase as a person would write it, in its own script ("Ilham Aliyev", "Ильхам Алиев"). */
  readonly text: string;
  /** BCP 47 primary language of the phrase: en, ru, hy, az, fr, de … ('und' when any). */
  readonly lang: string;
  /** Match only in this exact case (acronyms and aliases that are also common words). */
  readonly caseSensitive: boolean;
  readonly weak?: WeakKind;
  /**
   * A blocking phrase: it consumes its span (so shorter aliases inside it never match) and is
   * reported to nobody. Used for things named after our entities ("Heydar Aliyev Center").
   */
  readonly block?: boolean;
  /**
   * Entity ids, one of which must be mentioned in the same text for this alias to count: for
   * phrases that name our entity only in its setting ("the anti-terror operation" is the 2023
   * Karabakh offensive next to Aliyev or Karabakh, and something else next to Chechnya). The
   * entity's own name, given without context in the same text, counts as well.
   */
  readonly context?: readonly string[];
}

/** A mention found in a piece of text; offsets are UTF-16 indices into the original text. */
export interface Mention {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly weak?: WeakKind;
}
