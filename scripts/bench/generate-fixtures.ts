/**
 * Generates the benchmark's fixture pages, deterministically (seeded), in memory:
 * 1. a news article (~30 KB of text, ~50 mentions);
 * 2. a long reference page (~2 MB of text, ~100,000 text nodes, deep nesting, tables,
 *    ~5,000 mentions), also used at other sizes for the growth table;
 * 3. a 500 KB page with no mention (the reference page without mentions);
 * and the page frame they share. Fixture 4, the live page, is in live-fixture.ts.
 */
import { HtmlBuilder, escapeHtml } from './html-builder.ts';
import { seeded } from './prng.ts';
import { Writer, list, navigation, paragraph, table } from './text-writer.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface FixturePage {
  readonly name: string;
  readonly html: string;
  /** Characters of text in <body>, as a TreeWalker reads them. */
  readonly textChars: number;
  readonly textNodes: number;
  readonly elements: number;
  /** Mentions inserted (each one is found exactly once by the shipped matcher). */
  readonly mentions: number;
}

/** The HTML document around a body. */
export function page(title: string, body: string, head = ''): string {
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>body{font:16px/1.5 Georgia,serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 4px}</style>` +
    `${head}</head>${body}</html>`
  );
}

function finish(name: string, title: string, b: HtmlBuilder, w: Writer, head = ''): FixturePage {
  return {
    name,
    html: page(title, b.toString(), head),
    textChars: b.textChars,
    textNodes: b.textNodes,
    elements: b.elements,
    mentions: w.mentions,
  };
}

/** Fixture 1: a news article with a headline, byline, quotes, a figure, an aside and a footer. */
export function articlePage(
  vocabulary: Vocabulary,
  { seed = 1, chars = 30_000, mentions = 50 } = {},
): FixturePage {
  const random = seeded(seed);
  // Mentions fall a little short of the rate at the end of blocks: aim 25 % higher.
  const w = new Writer(random, vocabulary, chars / (mentions * 1.25));
  const b = new HtmlBuilder();
  b.open('body').newline();
  navigation(b, w, random);
  b.open('main').open('article').newline();
  b.element('h1', w.words(9, true)).newline();
  b.element('p', `By ${w.words(2, true)} · 4 October 2024`, 'class="byline"').newline();
  let n = 0;
  while (b.textChars < chars * 0.93) {
    n++;
    if (n % 7 === 0) {
      b.open('blockquote');
      paragraph(b, w, random, 200, 10);
      b.close('blockquote').newline();
    } else if (n % 11 === 0) {
      b.open('figure').open('img', 'alt="" width="600" height="300"');
      b.open('figcaption');
      w.run(b, 10, true, false);
      b.close('figcaption').close('figure').newline();
    } else if (n % 5 === 0) {
      b.element('h2', w.words(5, true)).newline();
    } else {
      paragraph(b, w, random, random.int(350, 900), 12);
    }
  }
  b.close('article').newline().open('aside').element('h2', 'Related').open('ul');
  for (let i = 0; i < 6; i++) {
    b.open('li').open('a', `href="/a${i}"`);
    w.run(b, 8, true, false);
    b.close('a').close('li');
  }
  b.close('ul').close('aside').close('main').newline();
  b.open('footer')
    .element('p', `© 2024 ${w.words(3, true)}`)
    .close('footer')
    .newline();
  b.close('body');
  return finish('article', 'Article', b, w);
}

/**
 * Fixture 2 (and 3 with `mentionEvery: Infinity`): a reference page: nested sections down to
 * 60 levels deep, paragraphs cut into short text nodes by inline markup, tables and lists.
 */
export function referencePage(
  vocabulary: Vocabulary,
  { seed = 2, chars = 2_000_000, mentionEvery = 400, name = 'reference' } = {},
): FixturePage {
  const random = seeded(seed);
  const w = new Writer(random, vocabulary, mentionEvery);
  const b = new HtmlBuilder();
  const nodeWords = 3;
  b.open('body').newline();
  navigation(b, w, random);
  b.open('main').open('article').element('h1', w.words(6, true)).newline();
  let s = 0;
  while (b.textChars < chars) {
    s++;
    const depth = random.int(2, 60);
    b.open('section', `id="s${s}"`);
    for (let d = 0; d < depth; d++) b.open('div', `class="d${d % 7}"`);
    b.element('h2', w.words(random.int(2, 6), true)).newline();
    const blocks = random.int(4, 12);
    for (let k = 0; k < blocks && b.textChars < chars; k++) {
      const roll = random.next();
      if (roll < 0.12) table(b, w, random);
      else if (roll < 0.22) list(b, w, random, nodeWords);
      else if (roll < 0.27) b.element('h3', w.words(random.int(2, 5), true)).newline();
      else paragraph(b, w, random, random.int(200, 1200), nodeWords);
    }
    for (let d = 0; d < depth; d++) b.close('div');
    b.close('section').newline();
  }
  b.close('article').close('main').newline().close('body');
  return finish(name, 'Reference', b, w);
}
