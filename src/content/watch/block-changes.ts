import type { TextBlock } from '../text/text-block.ts';

/** What changed in the page's text since the last report. */
export interface BlockChanges {
  /** New blocks: match them and paint their mentions. */
  readonly added: readonly TextBlock[];
  /**
   * Blocks that no longer describe the page (their text changed, they were removed, or they are
   * now inside an editor): drop their mentions. Each was in an earlier `added`.
   */
  readonly removed: readonly TextBlock[];
}

/** Accumulates changes between two reports; a block added and removed in between cancels out. */
export class ChangeCollector {
  private added = new Set<TextBlock>();
  private removed: TextBlock[] = [];

  add(block: TextBlock): void {
    this.added.add(block);
  }

  remove(blocks: readonly TextBlock[]): void {
    for (const block of blocks) {
      if (!this.added.delete(block)) this.removed.push(block);
    }
  }

  /** The changes so far, or null when there are none; starts a new accumulation. */
  take(): BlockChanges | null {
    if (this.added.size === 0 && this.removed.length === 0) return null;
    const changes: BlockChanges = { added: [...this.added], removed: this.removed };
    this.added = new Set();
    this.removed = [];
    return changes;
  }
}
