// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../../src/content/text/collect-blocks.ts';
import { isInsideSkipped, isSkippedElement } from '../../../../src/content/text/skip-rules.ts';

const texts = (root: Node): string[] => collectBlocks(root).blocks.map((b) => b.text);

/** <p>Ilham [el containing "Aliyev"] said</p>, built with DOM calls. */
function around(el: Element): Document {
  const doc = document.implementation.createHTMLDocument('skip');
  const p = doc.createElement('p');
  const inner = doc.importNode(el, true);
  inner.append('Aliyev');
  p.append('Ilham ', inner, ' said');
  doc.body.append(p);
  return doc;
}
const element = (tag: string, attrs: Record<string, string> = {}): Element => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
};

describe('skip rules', () => {
  it.each([
    'input',
    'textarea',
    'select',
    'option',
    'script',
    'style',
    'noscript',
    'template',
    'svg',
    'math',
    'iframe',
    'object',
    'embed',
    'video',
    'audio',
    'canvas',
    'title',
    'backstory-card-host',
  ])('never reads inside <%s>', (tag) => {
    const found = texts(around(element(tag)));
    expect(found.join('|')).not.toContain('Aliyev');
    expect(found.join('|')).toContain('Ilham');
  });

  it.each([
    ['span', 'contenteditable', ''],
    ['span', 'contenteditable', 'true'],
    ['span', 'contenteditable', 'plaintext-only'],
    ['span', 'contenteditable', 'TRUE'],
    ['span', 'role', 'textbox'],
    ['span', 'role', 'combobox'],
    ['span', 'role', 'searchbox'],
    ['span', 'role', ' Textbox presentation'],
    ['span', 'aria-multiline', 'true'],
    ['span', 'data-backstory-ui', ''],
    ['div', 'class', 'CodeMirror'],
    ['div', 'class', 'editor cm-editor'],
    ['div', 'class', 'monaco-editor vs'],
    ['pre', 'class', 'ace_editor'],
  ])('never reads inside <%s %s="%s">', (tag, name, value) => {
    const found = texts(around(element(tag, { [name]: value }))).join('|');
    expect(found).not.toContain('Aliyev');
    expect(found).toContain('Ilham');
  });

  it.each([
    ['span', 'contenteditable', 'false'],
    ['span', 'role', 'button'],
    ['span', 'aria-multiline', 'false'],
    ['div', 'class', 'cm-editor-toolbar'],
    ['span', 'class', 'cm-editor'],
    ['span', 'class', 'lead'],
  ])('reads <%s %s="%s">', (tag, name, value) => {
    expect(texts(around(element(tag, { [name]: value }))).join('|')).toContain('Aliyev');
  });

  it('reads code, pre, custom elements and bare elements', () => {
    for (const tag of ['code', 'pre', 'kbd', 'x-name', 'span']) {
      expect(isSkippedElement(element(tag))).toBe(false);
    }
  });

  it('finds nodes inside skipped elements, across shadow roots', () => {
    const doc = document.implementation.createHTMLDocument('inside');
    const editor = doc.createElement('div');
    editor.setAttribute('contenteditable', '');
    const host = doc.createElement('div');
    const p = doc.createElement('p');
    const deep = doc.createTextNode('Aliyev');
    p.append(deep);
    host.attachShadow({ mode: 'open' }).append(p);
    editor.append(host);
    const plain = doc.createTextNode('Ilham');
    const area = doc.createElement('textarea');
    area.append('typed');
    doc.body.append(editor, plain, area);
    expect(isInsideSkipped(deep)).toBe(true);
    expect(isInsideSkipped(plain)).toBe(false);
    expect(isInsideSkipped(area.firstChild as Node)).toBe(true);
  });

  it('counts everything as skipped in a document in design mode', () => {
    const doc = document.implementation.createHTMLDocument('design');
    const text = doc.createTextNode('Ilham');
    doc.body.append(text);
    Object.defineProperty(doc, 'designMode', { value: 'on' });
    expect(isInsideSkipped(text)).toBe(true);
  });
});
