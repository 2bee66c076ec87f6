/**
 * Derives each browser's manifest from the one Chrome-shaped manifest.json, so there is never a
 * second hand-kept manifest to drift. Only what a browser requires differs.
 */

export type Target = 'chrome' | 'firefox';

/** The stable add-on id: Firefox keys storage and updates on it, so it must never change. */
export const GECKO_ID = 'backstory@backstory-extension.org';
/** Firefox 142 is the first release that reads `data_collection_permissions`. */
export const FIREFOX_MIN_VERSION = '142.0';

type Json = Record<string, unknown>;

export function manifestFor(base: Json, target: Target, version: string): Json {
  const manifest: Json = structuredClone(base);
  manifest.version = version;
  if (target === 'chrome') {
    manifest.minimum_chrome_version = '111';
    return manifest;
  }
  const background = base.background as { service_worker?: string; type?: string } | undefined;
  if (!background?.service_worker)
    throw new Error('manifest.json: background.service_worker is missing');
  // Firefox runs MV3 backgrounds as event pages, not service workers.
  manifest.background = { scripts: [background.service_worker], type: background.type ?? 'module' };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Backstory sends nothing anywhere; Firefox shows this on the install prompt.
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}
