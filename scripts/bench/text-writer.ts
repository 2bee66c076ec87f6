/**
 * The building blocks of fixture text: running text with mentions at a given rate, and the
 * paragraphs, tables, lists and navigation pages are made of.
 */
import type { HtmlBuilder } from './html-builder.ts';
import type { Random } from './prng.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Produces running text with a mention every `mentionEvery` characters on average. */
export class Writer {
  private untilMention: number;
  mentions = 0;

  constructor(
    private readonly random: Random,
    private readonly vocabulary: Vocabulary,
    private readonly mentionEvery: number,
  ) {
    this.untilMention = this.gap();
  }

  private gap(): number {
    return Number.isFinite(this.mentionEvery)
      ? this.mentionEvery * (0.5 + this.random.next())
      : Infinity;
  }

  words(count: number, capital = false): string {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.random.pick(this.vocabulary.words));
    const text = out.join(' ');
    return capital ? text[0]!.toUpperCase() + text.slice(1) : text;
  }

  /** Whether the next run should carry a mention, given `chars` written since the last check. */
  due(chars: number): boolean {
    this.untilMention -= chars;
    if (this.untilMention > 0) return false;
    this.untilMention = this.gap();
    this.mentions++;
    return true;
  }

  /** A mention text, sometimes possessive. */
  mention(): { name: string; suffix: string } {
    const name = this.random.pick(this.vocabulary.mentions);
    const suffix = this.vocabulary.possessive.has(name) && this.random.chance(0.15) ? '’s' : '';
    return { name, suffix };
  }

  /** Writes `words` words of running text into `b`, with a mention if one is due. */
  run(b: HtmlBuilder, words: number, capital: boolean, allowSplit: boolean): void {
    const text = this.words(words, capital);
    if (!this.due(text.length + 1)) {
      b.text(text + ' ');
      return;
    }
    const { name, suffix } = this.mention();
    const space = name.indexOf(' ');
    if (allowSplit && space > 0 && this.random.chance(0.05)) {
      // A name split by an inline tag: <b>Ilham</b> Aliyev.
      b.text(text + ' ')
        .element('b', name.slice(0, space))
        .text(`${name.slice(space)}${suffix} `);
    } else {
      b.text(`${text} ${name}${suffix} `);
    }
  }
}

const INLINE = ['a', 'b', 'i', 'em', 'strong', 'span', 'code', 'small', 'cite'];

function inlineOpen(b: HtmlBuilder, random: Random, tag: string): void {
  if (tag === 'a') b.open('a', `href="#r${random.int(1, 9999)}"`);
  else if (tag === 'span' && random.chance(0.5)) b.open('span', `class="c${random.int(1, 20)}"`);
  else b.open(tag);
}

/**
 * A paragraph of about `chars` characters whose text is cut into nodes of about `nodeWords`
 * words by inline elements, some nested.
 */
export function paragraph(
  b: HtmlBuilder,
  w: Writer,
  random: Random,
  chars: number,
  nodeWords: number,
  tag = 'p',
): void {
  b.open(tag);
  const start = b.textChars;
  let first = true;
  while (b.textChars - start < chars) {
    const words = random.int(1, nodeWords * 2 - 1);
    if (first || random.chance(0.5)) {
      w.run(b, words, first, true);
    } else {
      const t1 = random.pick(INLINE);
      inlineOpen(b, random, t1);
      const nested = random.chance(0.15) ? random.pick(INLINE.filter((t) => t !== t1)) : null;
      if (nested) inlineOpen(b, random, nested);
      w.run(b, words, false, false);
      if (nested) b.close(nested);
      b.close(t1);
      b.text(' ');
    }
    first = false;
  }
  b.close(tag).newline();
}

export function table(b: HtmlBuilder, w: Writer, random: Random): void {
  const cols = random.int(3, 6);
  const rows = random.int(5, 20);
  b.open('table', 'class="data"')
    .open('caption')
    .text(w.words(random.int(3, 8), true))
    .close('caption');
  b.open('thead').open('tr');
  for (let c = 0; c < cols; c++) b.element('th', w.words(random.int(1, 2), true));
  b.close('tr').close('thead').open('tbody');
  for (let r = 0; r < rows; r++) {
    b.open('tr');
    for (let c = 0; c < cols; c++) {
      b.open('td');
      if (c > 0 && random.chance(0.3)) b.text(String(random.int(1, 99999)));
      else w.run(b, random.int(1, 4), c === 0, false);
      b.close('td');
    }
    b.close('tr');
  }
  b.close('tbody').close('table').newline();
}

export function list(b: HtmlBuilder, w: Writer, random: Random, nodeWords: number): void {
  const tag = random.chance(0.5) ? 'ul' : 'ol';
  b.open(tag).newline();
  const items = random.int(3, 12);
  for (let i = 0; i < items; i++) paragraph(b, w, random, random.int(30, 200), nodeWords, 'li');
  b.close(tag).newline();
}

export function navigation(b: HtmlBuilder, w: Writer, random: Random): void {
  b.open('header').open('nav').open('ul');
  for (let i = 0; i < 12; i++) {
    b.open('li')
      .open('a', `href="/s${i}"`)
      .text(w.words(random.int(1, 2), true))
      .close('a')
      .close('li');
  }
  b.close('ul').close('nav').close('header').newline();
}
