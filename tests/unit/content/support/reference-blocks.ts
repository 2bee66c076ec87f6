import { isBlockBoundary } from '../../../../src/content/text/block-boundary.ts';
import { shadowRootOf, type GetShadowRoot } from '../../../../src/content/text/shadow-root-of.ts';
import { isSkippedElement } from '../../../../src/content/text/skip-rules.ts';

export interface ReferenceBlock {
  readonly text: string;
  readonly container: Node;
}

/**
 * The collection rules written the plain way (recursive descent over childNodes), to check the
 * TreeWalker implementation against: same element rules, independent traversal and joining.
 */
export function referenceBlocks(root: Node, getShadowRoot?: GetShadowRoot): ReferenceBlock[] {
  const blocks: ReferenceBlock[] = [];
  const containers: Node[] = [];
  let text = '';
  const flush = (): void => {
    const container = containers[containers.length - 1];
    if (/\S/.test(text) && container !== undefined) blocks.push({ text, container });
    text = '';
  };
  const readRoot = (node: Node): void => {
    containers.push(node);
    node.childNodes.forEach(visit);
    flush();
    containers.pop();
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      text += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const boundary = isBlockBoundary(el);
    if (isSkippedElement(el)) {
      if (boundary) flush();
      return;
    }
    const shadow = shadowRootOf(el, getShadowRoot);
    if (!boundary && shadow === null) {
      el.childNodes.forEach(visit);
      return;
    }
    flush();
    if (shadow !== null) readRoot(shadow);
    readRoot(el);
  };
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (doc?.designMode !== 'on') readRoot(root);
  return blocks;
}
