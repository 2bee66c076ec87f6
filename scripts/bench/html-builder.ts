/**
 * Writes fixture HTML while counting what a TreeWalker over <body> will see: text nodes and
 * their characters. Adjacent text merges into one node, as the HTML parser does.
 */
export class HtmlBuilder {
  private readonly parts: string[] = [];
  private lastWasText = false;
  textChars = 0;
  textNodes = 0;
  elements = 0;

  open(tag: string, attributes = ''): this {
    this.parts.push(attributes ? `<${tag} ${attributes}>` : `<${tag}>`);
    this.lastWasText = false;
    this.elements++;
    return this;
  }

  close(tag: string): this {
    this.parts.push(`</${tag}>`);
    this.lastWasText = false;
    return this;
  }

  text(value: string): this {
    if (value === '') return this;
    this.parts.push(escapeHtml(value));
    if (!this.lastWasText) this.textNodes++;
    this.lastWasText = true;
    this.textChars += value.length;
    return this;
  }

  /** An element holding only `value`. */
  element(tag: string, value: string, attributes = ''): this {
    return this.open(tag, attributes).text(value).close(tag);
  }

  /** A line break between blocks: a whitespace text node, as in hand-written pages. */
  newline(): this {
    return this.text('\n');
  }

  toString(): string {
    return this.parts.join('');
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
