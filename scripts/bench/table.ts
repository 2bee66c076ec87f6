/** A small table rendered as aligned plain text (for the terminal) or as Markdown. */
export class Table {
  private readonly rows: string[][] = [];

  constructor(
    readonly title: string,
    private readonly headers: readonly string[],
  ) {}

  get size(): number {
    return this.rows.length;
  }

  add(...cells: string[]): this {
    this.rows.push(cells);
    return this;
  }

  toText(): string {
    const all = [this.headers as string[], ...this.rows];
    const widths = this.headers.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
    const line = (r: readonly string[]): string =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ');
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    return [this.title, line(this.headers), rule, ...this.rows.map(line)].join('\n');
  }

  toMarkdown(): string {
    const esc = (s: string): string => s.replace(/\|/g, '\\|');
    const align = this.headers.map((_, c) => (c === 0 ? ':--' : '--:'));
    return [
      `### ${this.title}`,
      '',
      `| ${this.headers.map(esc).join(' | ')} |`,
      `| ${align.join(' | ')} |`,
      ...this.rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
    ].join('\n');
  }
}
