/**
 * One browser with the extension plus the fixture server, shared by the tests of one file.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchers } from './browsers.ts';
import type { BrowserName, ExtensionBrowser } from './browsers.ts';
import { serve } from '../../../scripts/lib/serve.ts';
import type { Served } from '../../../scripts/lib/serve.ts';
import { fixtureRoutes } from './fixture-routes.ts';

export interface Session {
  readonly ext: ExtensionBrowser;
  readonly server: Served;
  /** Opens an extension page, pointed at `page`'s tab when one is given (popup `?tab=`). */
  openExtensionPage(path: string, forPage?: Page): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
}

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** Starts the browser and server before the file's tests and closes both after. */
export function useSession(name: BrowserName): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    const server = await serve('tests/fixtures/pages', fixtureRoutes());
    const ext = await launchers[name]();
    let helper: Page | undefined;
    const helperPage = async (): Promise<Page> =>
      (helper ??= await ext.openExtensionPage('src/options/index.html'));
    const tabIdOf = async (page: Page): Promise<number> => {
      // Extensions without the "tabs" permission cannot see URLs, so the tab is found as the
      // active one after bringing it to the front.
      const h = await helperPage();
      await page.bringToFront();
      const id = await h.evaluate(async () => {
        type Tab = { id?: number };
        const api = (
          globalThis as unknown as {
            chrome: {
              tabs: {
                getCurrent(): Promise<Tab | undefined>;
                query(q: object): Promise<Tab[]>;
              };
            };
          }
        ).chrome;
        const me = await api.tabs.getCurrent();
        const tabs = await api.tabs.query({ active: true });
        return tabs.find((t) => t.id !== me?.id)?.id ?? -1;
      });
      if (id < 0) throw new Error('could not find the tab of the page under test');
      return id;
    };
    session = {
      ext,
      server,
      tabIdOf,
      openExtensionPage: async (path, forPage) => {
        if (!forPage) return ext.openExtensionPage(path);
        const id = await tabIdOf(forPage);
        const sep = path.includes('?') ? '&' : '?';
        return ext.openExtensionPage(`${path}${sep}tab=${id}`);
      },
    };
  });
  afterAll(async () => {
    await session?.ext.close();
    await session?.server.close();
  });
  return () => {
    if (!session) throw new Error('session not started');
    return session;
  };
}
