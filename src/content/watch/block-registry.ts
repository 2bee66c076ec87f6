import type { TextBlock } from '../text/text-block.ts';

const NONE: readonly TextBlock[] = Object.freeze([]);

/**
 * Which blocks the watcher has reported, by container, so a change to one container replaces
 * exactly that container's blocks. A WeakMap: a container the page drops is collected with its
 * entry. A container is "known" once a walk has read it, even if it held no text (stored as null),
 * so a later shallow re-read can tell containers it may skip from ones never read.
 */
export class BlockRegistry {
  private readonly byContainer = new WeakMap<Node, TextBlock[] | null>();

  known(container: Node): boolean {
    return this.byContainer.has(container);
  }

  /** A walk starts reading `container` afresh: returns its previous blocks, now outdated. */
  restart(container: Node): readonly TextBlock[] {
    const previous = this.byContainer.get(container);
    this.byContainer.set(container, null);
    return previous ?? NONE;
  }

  add(block: TextBlock): void {
    const list = this.byContainer.get(block.container);
    if (list) list.push(block);
    else this.byContainer.set(block.container, [block]);
  }

  /** `container` left the page (or became skipped): returns its blocks and forgets it. */
  forget(container: Node): readonly TextBlock[] {
    const previous = this.byContainer.get(container);
    this.byContainer.delete(container);
    return previous ?? NONE;
  }
}
