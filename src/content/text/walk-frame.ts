// NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, as numbers: jsdom in Node has no NodeFilter global.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;

/** The walk of one root: the page, or a shadow root met inside it. */
export interface WalkFrame {
  readonly root: Node;
  readonly walker: TreeWalker;
  readonly wasConnected: boolean;
  /** Elements entered between root and `current`, outermost first. */
  readonly path: Node[];
  /** Open block containers, innermost last, and the path length when each was entered. */
  readonly containers: Node[];
  readonly containerDepths: number[];
  current: Node;
  /** Whether `current`'s children are still to be walked. */
  down: boolean;
}

/** A frame positioned on `root`, its only open container. */
export function openFrame(root: Node, doc: Document): WalkFrame {
  return {
    root,
    walker: doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT),
    wasConnected: root.isConnected,
    path: [],
    containers: [root],
    containerDepths: [-1],
    current: root,
    down: true,
  };
}

/**
 * After a pause: if the page removed or moved a node on the frame's path, moves the frame to the
 * nearest ancestor still in place, as finished, and returns true; returns false when nothing
 * broke. O(depth). Skipping the rest of that ancestor is safe: the page's change queued a
 * mutation record whose container the watcher re-reads.
 */
export function repairFrame(frame: WalkFrame): boolean {
  const intact = intactDepth(frame);
  if (intact === frame.path.length + 1) return false;
  const anchor = intact === 0 ? frame.root : (frame.path[intact - 1] ?? frame.root);
  frame.path.length = Math.max(intact - 1, 0);
  while ((frame.containerDepths[frame.containerDepths.length - 1] ?? -1) > intact - 1) {
    frame.containers.pop();
    frame.containerDepths.pop();
  }
  frame.walker.currentNode = anchor;
  frame.current = anchor;
  frame.down = false;
  return true;
}

/** How many links of root → path[0] → … → current still hold: path.length + 1 when all do. */
function intactDepth({ root, path, current }: WalkFrame): number {
  let parent = root;
  for (let i = 0; i < path.length; i++) {
    const node = path[i];
    if (node === undefined || node.parentNode !== parent) return i;
    parent = node;
  }
  if (current !== root && current.parentNode !== parent) return path.length;
  return path.length + 1;
}
