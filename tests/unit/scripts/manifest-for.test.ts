import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIREFOX_MIN_VERSION, GECKO_ID, manifestFor } from '../../../scripts/lib/manifest-for.ts';

const base = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;

describe('manifestFor', () => {
  const chrome = manifestFor(base, 'chrome', '1.2.3');
  const firefox = manifestFor(base, 'firefox', '1.2.3');

  it('is MV3 with the package version for both browsers', () => {
    for (const m of [chrome, firefox]) {
      expect(m.manifest_version).toBe(3);
      expect(m.version).toBe('1.2.3');
    }
  });

  it('differs only where the browsers require it', () => {
    const differing = Object.keys({ ...chrome, ...firefox }).filter(
      (k) => JSON.stringify(chrome[k]) !== JSON.stringify(firefox[k]),
    );
    expect(differing.sort()).toEqual([
      'background',
      'browser_specific_settings',
      'minimum_chrome_version',
    ]);
  });

  it('gives Firefox a stable id, a minimum version, no data collection and an event page', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    });
    expect(Number.parseFloat(FIREFOX_MIN_VERSION)).toBeGreaterThanOrEqual(142);
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(chrome.background).toEqual({
      service_worker: 'src/background/index.ts',
      type: 'module',
    });
  });

  it('does not change the base manifest', () => {
    expect(base.version).toBe('0.0.0');
  });

  it('needs no web-accessible resources: the content script is one standalone file', () => {
    expect(base.web_accessible_resources).toBeUndefined();
  });
});
