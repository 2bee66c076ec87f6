/**
 * Launches real Chromium and Firefox ESR (from apt) with the built extension loaded, through
 * puppeteer-core. Flags and prefs are the ones known to work headless as root on CI machines.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/lib/manifest-for.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionBrowser {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID */
  readonly extensionOrigin: string;
  openPage(url: string): Promise<Page>;
  /** Opens an extension page (path like `src/popup/index.html?tab=3`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed so that tests know the moz-extension:// origin before the add-on is installed. */
export const FIREFOX_UUID = '6f1d3a52-9c1e-4b8e-9d2a-3b7c2e0a5f11';

function requireBinary(path: string, name: string, pkg: string): void {
  if (!existsSync(path))
    throw new Error(`${name} not found at ${path}: install it with \`apt-get install -y ${pkg}\``);
}

function requireBuild(dir: string): string {
  const full = resolve(dir);
  if (!existsSync(join(full, 'manifest.json')))
    throw new Error(`${dir}/manifest.json not found: run \`npm run build\` before the e2e tests`);
  return full;
}

/** `extensionDir` defaults to the shipped build; the benchmark passes its instrumented copy. */
export async function launchChromium(extensionDir = 'dist/chrome'): Promise<ExtensionBrowser> {
  requireBinary(CHROMIUM, 'Chromium', 'chromium');
  const extension = requireBuild(extensionDir);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: [extension],
    userDataDir: mkdtempSync(join(tmpdir(), 'backstory-chromium-')),
    protocolTimeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1280,900',
    ],
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 20_000 },
  );
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  const openPage = async (url: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    return page;
  };
  return {
    name: 'chromium',
    browser,
    extensionOrigin,
    openPage,
    openExtensionPage: (path) => openPage(`${extensionOrigin}/${path}`),
    close: () => browser.close(),
  };
}

export async function launchFirefox(): Promise<ExtensionBrowser> {
  requireBinary(FIREFOX, 'Firefox ESR', 'firefox-esr');
  const extension = requireBuild('dist/firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 60_000,
    userDataDir: mkdtempSync(join(tmpdir(), 'backstory-firefox-')),
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(extension);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  const openPage = async (url: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    return page;
  };
  // Firefox refuses driver navigation to moz-extension:// URLs, but an extension page may open
  // tabs itself: the welcome page (opened on install) serves as the launcher. BiDi does not
  // always update a target's URL after an extension navigation, so pages are found by asking
  // each one where it is.
  const findPage = async (accept: (href: string) => boolean): Promise<Page> => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      for (const page of await browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (accept(href)) return page;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('Firefox: timed out waiting for an extension page');
  };
  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    openPage,
    openExtensionPage: async (path) => {
      const from = await findPage((href) => href.startsWith(extensionOrigin));
      const url = `${extensionOrigin}/${path}`;
      const before = new Set(await browser.pages());
      await from.evaluate((u: string) => {
        const api = (
          globalThis as unknown as { browser: { tabs: { create(o: object): Promise<unknown> } } }
        ).browser;
        return api.tabs.create({ url: u }).then(() => undefined);
      }, url);
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        for (const page of await browser.pages()) {
          if (before.has(page)) continue;
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href === url) {
            await page.setViewport({ width: 1280, height: 900 });
            return page;
          }
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`Firefox: could not open ${url}`);
    },
    close: () => browser.close(),
  };
}

export const launchers: Record<BrowserName, () => Promise<ExtensionBrowser>> = {
  chromium: () => launchChromium(),
  firefox: launchFirefox,
};
