/**
 * Renders the article fixture as a plain news page (headline + paragraphs), the demo page of
 * `npm start` and the base fixture of the e2e tests. Text is escaped: it is data, not markup.
 */
import { readFileSync } from 'node:fs';

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function articleHtml(file = 'tests/fixtures/article.txt'): string {
  const [title = '', ...paragraphs] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em;color:#222}</style>
</head>
<body>
<article>
<h1>${escape(title)}</h1>
<p><em>Published October 2024 — demo page for Backstory</em></p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
</body>
</html>`;
}
