/**
 * Fixture 4: a live page. The feed's texts are generated here (seeded) and embedded in <head>,
 * so the page itself only inserts them.
 */
import { articlePage, page } from './generate-fixtures.ts';
import type { FixturePage } from './generate-fixtures.ts';
import { seeded } from './prng.ts';
import { Writer } from './text-writer.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface LiveSpec {
  readonly ticks: number;
  readonly nodesPerTick: number;
  readonly intervalMs: number;
}

export interface LivePage extends FixturePage {
  readonly live: LiveSpec & { readonly mentions: number; readonly textChars: number };
}

/**
 * A small article plus a feed that, once `window.__startLive()` is called, appends
 * `nodesPerTick` paragraphs every `intervalMs` for `ticks` ticks, a third of them with a mention.
 * `__startLive(maxTicks?, maxWallMs?)` resolves with the insertion times and mention counts per
 * tick; it stops early after `maxTicks` ticks or `maxWallMs` (a page that cannot keep its pace).
 */
export function livePage(
  vocabulary: Vocabulary,
  { seed = 4, ticks = 200, nodesPerTick = 200, intervalMs = 50 } = {},
): LivePage {
  const random = seeded(seed);
  const w = new Writer(random, vocabulary, Infinity);
  const items: (string | [string, string])[] = [];
  let mentions = 0;
  let textChars = 0;
  for (let i = 0; i < ticks * nodesPerTick; i++) {
    const words = w.words(random.int(4, 10), true);
    if (i % 3 === 1) {
      const { name, suffix } = w.mention();
      items.push([`${words} `, `${name}${suffix} ${w.words(random.int(1, 4))}.`]);
      textChars += words.length + 1 + name.length + suffix.length;
      mentions++;
    } else {
      items.push(words + '.');
      textChars += words.length + 1;
    }
  }
  const article = articlePage(vocabulary, { seed: seed + 100, chars: 5_000, mentions: 8 });
  const feed = '<section id="feed"></section>';
  const body = article.html.slice(
    article.html.indexOf('<body>'),
    article.html.lastIndexOf('</body>'),
  );
  const data = JSON.stringify(items).replace(/</g, '\\u003c');
  const script = `<script type="application/json" id="feed-data">${data}</script><script>${LIVE_SCRIPT.replace(
    '__SPEC__',
    JSON.stringify({ ticks, nodesPerTick, intervalMs }),
  )}</script>`;
  return {
    name: 'live',
    html: page('Live feed', `${body}${feed}</body>`, script),
    textChars: article.textChars,
    textNodes: article.textNodes,
    elements: article.elements + 1,
    mentions: article.mentions,
    live: { ticks, nodesPerTick, intervalMs, mentions, textChars },
  };
}

/** Runs in the fixture page: the feed's inserter. */
const LIVE_SCRIPT = `
window.__startLive = function (maxTicks, maxWallMs) {
  var spec = __SPEC__;
  var ticks = Math.min(spec.ticks, maxTicks || spec.ticks);
  var begin = performance.now();
  var items = JSON.parse(document.getElementById('feed-data').textContent);
  var feed = document.getElementById('feed');
  var times = [], counts = [], next = 0, tick = 0;
  return new Promise(function (resolve) {
    var timer = setInterval(function () {
      var fragment = document.createDocumentFragment(), mentions = 0;
      for (var i = 0; i < spec.nodesPerTick && next < items.length; i++, next++) {
        var item = items[next], p = document.createElement('p');
        if (typeof item === 'string') p.textContent = item;
        else { p.textContent = item[0] + item[1]; mentions++; }
        fragment.appendChild(p);
      }
      feed.appendChild(fragment);
      times.push(performance.now());
      counts.push(mentions);
      if (++tick >= ticks || performance.now() - begin > (maxWallMs || Infinity)) { clearInterval(timer); resolve({ times: times, counts: counts }); }
    }, spec.intervalMs);
  });
};
`;
