/**
 * The page stage: what the page as a whole says about its mentions. Fed each block's reading
 * (read-block.ts) as blocks come and go, it decides
 * - who a bare surname is: the nearest earlier full name of its group on the page, ours, a
 *   look-alike's or someone the dataset does not have ("Karen Mirzoyan … Mirzoyan"); a full name
 *   in the page's head (its first heading or line) holds for the whole page, as a biography's
 *   subject does; with no full name before it, the first one after it (a headline's surname is
 *   the person the article then names), and with none at all, our person's. A place's short
 *   name that a look-alike claims ("Qarabağ": the region or the football club) follows the same
 *   rules, except the head's: it always takes the nearest naming;
 * - whether the page is on the story: once two different `story` or `region` entities are named
 *   outside navigation, menus and footers, it is, until the page's address changes (`reset`).
 * Pure: blocks are opaque keys ordered by the caller's `compare`, so the scanner and the content
 * script run the same code.
 */
import { countsForStory, type EntityScope, type WeakKind } from '../../core/dataset/kinds.ts';
import type { PageRules } from '../../core/dataset/page-rules.ts';
import type { ReadMention } from './read-block.ts';

export interface StageBlock {
  readonly mentions: readonly ReadMention[];
  /** The page's head: its first heading or title line. */
  readonly head: boolean;
  /** Navigation, a menu, a footer or a sidebar: names there do not put a page on the story. */
  readonly boilerplate: boolean;
}

/** A mention as the page stage settled it. */
export interface StageMention {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly weak: WeakKind | undefined;
  readonly scope: EntityScope;
}

const SOMEONE_ELSE = '';
/** How many different story or region entities put a page on the story (see note). */
const STORY_ENTITIES = 2;

/** Where resolution stood after the last block in document order, to go on from there. */
interface Resolution<K> {
  readonly owner: Map<string, string>;
  readonly subject: Map<string, string>;
  readonly first: Map<string, string>;
  /** Groups with a surname that no full name had claimed yet (it took the default). */
  readonly orphans: Set<string>;
  last: K | undefined;
}

interface Entry {
  readonly block: StageBlock;
  settled: readonly StageMention[];
  /** Whether its mentions take part in surname resolution. */
  readonly names: boolean;
}

export class PageStage<K> {
  private readonly entries = new Map<K, Entry>();
  private dirty = false;
  /** Name blocks set since the last resolution, when all were new; null once anything else changed. */
  private appended: K[] | null = [];
  private resolution: Resolution<K> | null = null;
  private story = false;
  /** Story entities named so far outside the page's furniture. */
  private readonly named = new Set<string>();

  constructor(
    private readonly rules: PageRules,
    private readonly compare: (a: K, b: K) => number,
  ) {}

  /** Whether the page is on the story (sticky until `reset`). */
  get onStory(): boolean {
    return this.story;
  }

  set(key: K, block: StageBlock): void {
    const names = block.mentions.some((m) => m.role !== 'plain');
    const old = this.entries.get(key);
    if (names || old?.names) this.dirty = true;
    if (old?.names) this.appended = null;
    else if (names) this.appended?.push(key);
    const entry: Entry = { block, settled: [], names };
    if (!names) entry.settled = block.mentions.map((m) => this.settle(m, m.entity));
    this.entries.set(key, entry);
  }

  delete(key: K): void {
    if (this.entries.get(key)?.names) {
      this.dirty = true;
      this.appended = null;
    }
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.named.clear();
    this.dirty = false;
    this.appended = [];
    this.resolution = null;
    this.story = false;
  }

  /** A new page at the same document (an SPA navigation): decide again from what is there. */
  reset(): void {
    this.story = false;
    this.named.clear();
    for (const entry of this.entries.values()) this.note(entry);
  }

  /** A block's settled mentions (after `update`). */
  mentionsOf(key: K): readonly StageMention[] {
    return this.entries.get(key)?.settled ?? [];
  }

  /**
   * Resolves surnames again if names came or went, and decides the page. Returns the blocks
   * whose settled mentions changed, and whether the page turned on the story.
   */
  update(touched: Iterable<K>): { changed: Set<K>; turnedOnStory: boolean } {
    const changed = new Set<K>();
    for (const key of touched) if (this.entries.has(key)) changed.add(key);
    if (this.dirty) {
      this.dirty = false;
      if (!this.extend(changed)) this.resolve(changed);
      this.appended = [];
    }
    const was = this.story;
    if (!this.story) for (const key of changed) this.note(this.entries.get(key)!);
    return { changed, turnedOnStory: this.story && !was };
  }

  /**
   * Counts a block's story entities towards the decision: on the story once two different
   * `story` or `region` entities are named outside the page's furniture, a place and the
   * country it lies in (`within`) counting as one. One is not enough: a sports page names
   * Azerbaijan's team, a Qarabağ match report names Karabakh, a biography of someone else
   * names their country, a brandy maker's page Armenia and Yerevan.
   */
  private note(entry: Entry): void {
    if (entry.block.boilerplate) return;
    for (const m of entry.settled) {
      // A capital and its country are one place: Armenia and Yerevan name Armenia twice.
      if (countsForStory(m.scope)) this.named.add(this.rules.within[m.entity] ?? m.entity);
    }
    if (this.named.size >= STORY_ENTITIES) this.story = true;
  }

  private settle(m: ReadMention, entity: string): StageMention {
    return {
      entity,
      start: m.start,
      end: m.end,
      weak: entity === m.entity ? m.weak : undefined,
      scope: this.rules.scopes[entity] ?? 'general',
    };
  }

  /**
   * The common case, a page read top to bottom: every name block since the last resolution is
   * new and comes after all the others. Resolution goes on from where it stood, unless one of
   * them names a group in full for the first time while earlier blocks hold its surnames (they
   * took the default and may now take this name): then false, for a full resolution.
   */
  private extend(changed: Set<K>): boolean {
    const state = this.resolution;
    const keys = this.appended;
    if (state === null || keys === null) return false;
    keys.sort(this.compare);
    const head = keys[0];
    if (head !== undefined && state.last !== undefined && this.compare(head, state.last) <= 0)
      return false;
    for (const key of keys) {
      for (const m of this.entries.get(key)!.block.mentions) {
        const group = m.group ?? '';
        const naming = m.role === 'full' || m.role === 'other';
        if (naming && !state.first.has(group) && state.orphans.has(group)) return false;
      }
    }
    this.walk(keys, state, changed);
    return true;
  }

  private resolve(changed: Set<K>): void {
    const keys = [...this.entries].filter(([, e]) => e.names).map(([k]) => k);
    keys.sort(this.compare);
    const state: Resolution<K> = {
      owner: new Map(),
      subject: new Map(),
      first: new Map(),
      orphans: new Set(),
      last: undefined,
    };
    this.walk(keys, state, changed);
    this.resolution = state;
  }

  /** Settles the mentions of `keys` (in document order, after `state.last`), updating `state`. */
  private walk(keys: readonly K[], state: Resolution<K>, changed: Set<K>): void {
    const { owner, subject, first, orphans } = state;
    // A headline's bare surname comes before the body names the person in full: with no full
    // name before it, a surname is the first full name of its group further down, if any.
    for (const key of keys) {
      for (const m of this.entries.get(key)!.block.mentions) {
        if ((m.role === 'full' || m.role === 'other') && !first.has(m.group ?? ''))
          first.set(m.group ?? '', m.role === 'full' ? m.entity : SOMEONE_ELSE);
      }
    }
    for (const key of keys) {
      const entry = this.entries.get(key)!;
      const settled: StageMention[] = [];
      for (const m of entry.block.mentions) {
        const group = m.group ?? '';
        if (m.role === 'full' || m.role === 'other') {
          const who = m.role === 'full' ? m.entity : SOMEONE_ELSE;
          owner.set(group, who);
          // A biography's subject holds for its bare surnames; a place's short name always
          // follows the nearest naming ("Qarabağ FK … Nagorno-Karabakh … Karabakh": the region).
          if (entry.block.head && !subject.has(group) && !(group in this.rules.shortNames))
            subject.set(group, who);
          if (m.role === 'full') settled.push(this.settle(m, m.entity));
        } else if (m.role === 'surname') {
          const named = subject.get(group) ?? owner.get(group) ?? first.get(group);
          if (named === undefined) orphans.add(group);
          const who = named ?? m.entity;
          if (who !== SOMEONE_ELSE) settled.push(this.settle(m, who));
        } else {
          settled.push(this.settle(m, m.entity));
        }
      }
      if (!sameMentions(entry.settled, settled)) {
        entry.settled = settled;
        changed.add(key);
      }
      state.last = key;
    }
  }
}

function sameMentions(a: readonly StageMention[], b: readonly StageMention[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i]!;
      return m.entity === n.entity && m.start === n.start && m.end === n.end && m.weak === n.weak;
    })
  );
}
