import { readFileSync } from 'node:fs';
import type { Route } from '../../../scripts/lib/serve.ts';
import { articleHtml } from '../../../scripts/lib/article-page.ts';

const JS = 'text/javascript; charset=utf-8';

/** Generated fixture pages (static ones live in tests/fixtures/pages). */
export function fixtureRoutes(): Record<string, Route | (() => Route)> {
  return {
    '/article.html': () => ({ body: articleHtml() }),
    // Browsers ask for it on their own; an empty icon keeps a 404 out of the pages' consoles.
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    // The SPA fixture's preact, served from node_modules: no CDN, no vendored copy to update.
    '/hostile/vendor/preact.js': () => ({
      body: readFileSync('node_modules/preact/dist/preact.min.umd.js'),
      type: JS,
    }),
    '/hostile/vendor/hooks.js': () => ({
      body: readFileSync('node_modules/preact/hooks/dist/hooks.umd.js'),
      type: JS,
    }),
    '/hostile/csp.html': () => ({
      body: readFileSync('tests/fixtures/pages/hostile/csp.html'),
      headers: { 'content-security-policy': "default-src 'none'" },
    }),
    '/hostile/many-nodes.html': () => ({ body: manyNodesHtml() }),
    '/tall.html': () => ({ body: tallHtml() }),
  };
}

/** The tall page: more mentions than Backstory paints eagerly, one per 40 px paragraph. */
// A story name: painted on any page (a general one, like Baku, waits for the page to be on the story).
export const TALL = { rows: 3_000, rowPx: 40, name: 'Jabrayil', entity: 'jabrayil' } as const;

function tallHtml(): string {
  const rows: string[] = [];
  for (let i = 0; i < TALL.rows; i++) rows.push(`<p id="row-${i}">Row ${i}: ${TALL.name}</p>`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>3,000 mentions</title>
<style>p { margin: 0; height: ${TALL.rowPx}px; line-height: ${TALL.rowPx}px; }</style></head>
<body>
${rows.join('')}
</body>
</html>`;
}

/** Rows per name in the 200,000-node page, and the name. */
export const MANY_NODES = { rows: 50_000, every: 500, name: 'Nikol Pashinyan' } as const;

/**
 * 50,000 paragraphs of four nodes each (<p>, text, <b>, text): 200,000 nodes. Every 500th row
 * names Nikol Pashinyan across the <b> boundary, so exactly 100 mentions.
 */
function manyNodesHtml(): string {
  const rows: string[] = [];
  for (let i = 0; i < MANY_NODES.rows; i++) {
    rows.push(
      i % MANY_NODES.every === 0
        ? `<p>Row ${i}: Nikol <b>Pashinyan</b></p>`
        : `<p>Row ${i} <b>quiet</b></p>`,
    );
  }
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Hostile: 200,000 nodes</title></head>
<body>
${rows.join('')}
</body>
</html>`;
}
