import type { Route } from '../../../scripts/lib/serve.ts';
import { articleHtml } from '../../../scripts/lib/article-page.ts';

/** Generated fixture pages (static ones live in tests/fixtures/pages). */
export function fixtureRoutes(): Record<string, Route | (() => Route)> {
  return {
    '/article.html': () => ({ body: articleHtml() }),
  };
}
