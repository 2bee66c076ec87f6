import fc from 'fast-check';

/** A DOM subtree to build: text, or an element with one optional attribute and shadow tree. */
export type NodeSpec =
  | { readonly kind: 'text'; readonly data: string }
  | {
      readonly kind: 'element';
      readonly tag: string;
      readonly attr: readonly [string, string] | null;
      readonly children: readonly NodeSpec[];
      readonly shadow: ShadowSpec | null;
    };

export interface ShadowSpec {
  readonly mode: 'open' | 'closed';
  readonly children: readonly NodeSpec[];
}

// No <slot>: jsdom 29 loops forever (until out of memory) when a subtree holding a <slot> moves
// from a shadow tree into its host's light DOM, which the random changes do.
const INLINE = ['span', 'b', 'i', 'a', 'sup', 'em', 'code', 'x-card', 'wbr', 'img', 'label'];
const BLOCK = ['div', 'p', 'li', 'ul', 'td', 'tr', 'table', 'section', 'br', 'pre', 'h2', 'button'];
const SKIPPED = ['script', 'style', 'textarea', 'noscript', 'template', 'select', 'option', 'svg'];
const HOSTS = new Set(['div', 'span', 'p', 'section', 'x-card']);
export const ATTRIBUTES: ReadonlyArray<readonly [string, string]> = [
  ['contenteditable', ''],
  ['contenteditable', 'true'],
  ['contenteditable', 'false'],
  ['role', 'textbox'],
  ['role', 'button'],
  ['aria-multiline', 'true'],
  ['class', 'cm-editor'],
  ['class', 'lead'],
  ['data-backstory-ui', ''],
];
const WORDS = ['Ilham', 'Aliyev', "'s", ' ', '  ', '\n', '', 'Ереван', 'Armenia', '.', 'x'];

export const textArb: fc.Arbitrary<NodeSpec> = fc
  .array(fc.constantFrom(...WORDS), { maxLength: 4 })
  .map((parts) => ({ kind: 'text', data: parts.join('') }));

/** `arb` once in `odds` draws, null otherwise. */
const sometimes = <T>(arb: fc.Arbitrary<T>, odds: number): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: odds - 1 }, { arbitrary: arb, weight: 1 });

const trees = fc.letrec<{ node: NodeSpec; element: NodeSpec }>((tie) => ({
  node: fc.oneof({ depthSize: 'medium', maxDepth: 7 }, textArb, tie('element')),
  element: fc.record({
    kind: fc.constant('element' as const),
    tag: fc.constantFrom(...INLINE, ...INLINE, ...BLOCK, ...BLOCK, ...SKIPPED),
    attr: sometimes(fc.constantFrom(...ATTRIBUTES), 5),
    children: fc.array(tie('node'), { maxLength: 5 }),
    shadow: sometimes(
      fc.record({
        mode: fc.constantFrom('open' as const, 'closed' as const),
        children: fc.array(tie('node'), { maxLength: 3 }),
      }),
      4,
    ),
  }),
}));

export const nodeArb: fc.Arbitrary<NodeSpec> = trees.node;
export const forestArb: fc.Arbitrary<NodeSpec[]> = fc.array(nodeArb, {
  minLength: 1,
  maxLength: 8,
});

/** Builds `spec` with DOM calls; closed shadow roots are recorded in `closed` for the getter. */
export function build(doc: Document, spec: NodeSpec, closed: Map<Element, ShadowRoot>): Node {
  if (spec.kind === 'text') return doc.createTextNode(spec.data);
  const el = doc.createElement(spec.tag);
  if (spec.attr !== null) el.setAttribute(spec.attr[0], spec.attr[1]);
  for (const child of spec.children) el.append(build(doc, child, closed));
  if (spec.shadow !== null && HOSTS.has(spec.tag)) {
    const shadow = el.attachShadow({ mode: spec.shadow.mode });
    if (spec.shadow.mode === 'closed') closed.set(el, shadow);
    for (const child of spec.shadow.children) shadow.append(build(doc, child, closed));
  }
  return el;
}

/** Every node under `root` (shadow trees included), in document order. */
export function allNodes(root: Node, closed: Map<Element, ShadowRoot>): Node[] {
  const out: Node[] = [];
  const visit = (node: Node): void => {
    out.push(node);
    if (node.nodeType === 1) {
      const shadow = (node as Element).shadowRoot ?? closed.get(node as Element);
      if (shadow !== undefined && shadow !== null) visit(shadow);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}
