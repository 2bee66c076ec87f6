/**
 * Where Backstory never looks: form fields and editors (highlighting what a person types is wrong
 * and can disturb the editor), unrendered or foreign content, and its own UI.
 *
 * Decisions: `<svg>` and `<math>` are skipped (their text is labels and formula tokens, rarely a
 * name, and `<svg><text>` cannot be painted like HTML text); `<code>` and `<pre>` are read (articles
 * quote names in them). `contenteditable` counts as editable for every value but "false";
 * `[role=textbox|combobox|searchbox]` and `[aria-multiline]` mark script-made editors; the class
 * names below, on a <div> or <pre>, mark code editors that draw text without contenteditable on
 * their text layer.
 */
const SKIPPED_TAGS = new Set([
  'audio',
  'backstory-card-host',
  'canvas',
  'datalist',
  'embed',
  'frame',
  'frameset',
  'head',
  'iframe',
  'input',
  'math',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'optgroup',
  'option',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
]);

const EDITOR_ROLES = new Set(['textbox', 'combobox', 'searchbox']);

// Whole class tokens only: "cm-editor-toolbar" must not match "cm-editor".
const EDITOR_CLASS = /(?:^|\s)(?:CodeMirror|cm-editor|monaco-editor|ace_editor)(?:\s|$)/;

/** The attributes `isSkippedElement` reads: a change to one may re-decide skipping. */
export const SKIP_ATTRIBUTES: readonly string[] = [
  'contenteditable',
  'role',
  'aria-multiline',
  'data-backstory-ui',
  'class',
];

/**
 * Whether a change of attribute `name` from `oldValue` may have changed `el`'s skipping. Pages
 * change `class` constantly, so a class change counts only when it adds or removes an editor
 * class (Ace adds `ace_editor` to an existing element); the other attributes always count.
 */
export function skipMayHaveChanged(
  el: Element,
  name: string | null,
  oldValue: string | null,
): boolean {
  if (name !== 'class') return true;
  if (el.localName !== 'div' && el.localName !== 'pre') return false;
  return EDITOR_CLASS.test(oldValue ?? '') !== EDITOR_CLASS.test(el.getAttribute('class') ?? '');
}

/**
 * True when `el` and everything inside it must not be collected. Pass `localName` when already
 * read. One getAttributeNames() call replaces five attribute lookups (half the cost in Chromium
 * on pages where most elements carry a class).
 */
export function isSkippedElement(el: Element, localName: string = el.localName): boolean {
  if (SKIPPED_TAGS.has(localName)) return true;
  if (!el.hasAttributes()) return false;
  for (const name of el.getAttributeNames()) {
    switch (name) {
      case 'data-backstory-ui':
        return true;
      case 'contenteditable':
      case 'aria-multiline':
        if (el.getAttribute(name)?.toLowerCase() !== 'false') return true;
        break;
      case 'role':
        // A role attribute is a token list; its first token is the one that counts in practice.
        if (EDITOR_ROLES.has(firstToken(el.getAttribute(name)))) return true;
        break;
      case 'class': {
        // Code editors mount on a <div> (Ace also on a <pre>); other elements' classes are not
        // read. A substring guard spares the regex: nearly no class list mentions an editor.
        if (localName !== 'div' && localName !== 'pre') break;
        const cls = el.getAttribute(name) ?? '';
        if ((cls.includes('ditor') || cls.includes('Mirror')) && EDITOR_CLASS.test(cls)) {
          return true;
        }
        break;
      }
    }
  }
  return false;
}

function firstToken(value: string | null): string {
  return (value ?? '').trim().split(/\s+/, 1)[0]?.toLowerCase() ?? '';
}

/**
 * True when `node` lies inside (or is) a skipped element, crossing shadow roots to their hosts,
 * or when its document is in design mode (the whole page is an editor). For mutation targets:
 * O(depth), so call it per changed node, not per node of a walk.
 */
export function isInsideSkipped(node: Node): boolean {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  for (let n: Node | null = node; n !== null;) {
    if (n.nodeType === 1) {
      if (isSkippedElement(n as Element)) return true;
      n = n.parentNode;
    } else if (n.nodeType === 11) {
      n = (n as ShadowRoot).host ?? null;
    } else {
      n = n.parentNode;
    }
  }
  return false;
}
