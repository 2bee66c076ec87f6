import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  GENERAL_NAMES,
  SETTINGS_VERSION,
  readSettings,
  showsGeneral,
  showsRegion,
  shownScopes,
  siteState,
} from '../../../src/core/settings.ts';

describe('readSettings', () => {
  it('gives defaults, with nothing reset, when nothing is stored', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, resets: [] });
  });

  it('round-trips valid settings unchanged', () => {
    const custom = {
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['example.com'],
      weak: { surname: false, demonym: true, metonym: false },
      styles: { ...DEFAULT_SETTINGS.styles, event: 'tint' as const },
      hoverDelayMs: 500,
    };
    expect(readSettings(JSON.parse(JSON.stringify(custom)))).toEqual({
      settings: custom,
      resets: [],
    });
  });

  it('resets only the broken fields and keeps the rest', () => {
    const { settings, resets } = readSettings({
      version: SETTINGS_VERSION,
      enabled: 'yes',
      disabledSites: ['News.Example.com.', 42, 'bad host!'],
      types: { person: false, event: 'no' },
      styles: 'purple',
      hoverDelayMs: -5,
    });
    expect(settings.enabled).toBe(true);
    expect(settings.disabledSites).toEqual(['news.example.com']);
    expect(settings.types.person).toBe(false);
    expect(settings.types.event).toBe(true);
    expect(settings.styles).toEqual(DEFAULT_SETTINGS.styles);
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(resets.map((r) => r.key)).toEqual([
      'enabled',
      'disabledSites[1]',
      'disabledSites[2]',
      'types.event',
      'styles',
      'hoverDelayMs',
    ]);
  });

  it('treats a non-object as corrupt and says so', () => {
    const { settings, resets } = readSettings('{"enabled":tru');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(resets).toEqual([
      { key: 'settings', reason: 'stored settings were string, not an object' },
    ]);
  });

  it('keeps what it understands from a newer version', () => {
    const { settings, resets } = readSettings({ version: 99, enabled: false, futureThing: 1 });
    expect(settings.enabled).toBe(false);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(resets[0]?.key).toBe('version');
  });

  it('migrates an unversioned object', () => {
    expect(readSettings({ enabled: false }).settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
    });
  });
});

describe('siteState', () => {
  it('is off everywhere, off for a site, or on', () => {
    expect(siteState({ ...DEFAULT_SETTINGS, enabled: false }, 'a.com')).toBe('off');
    expect(siteState({ ...DEFAULT_SETTINGS, disabledSites: ['a.com'] }, 'A.com')).toBe('off-site');
    expect(siteState(DEFAULT_SETTINGS, 'a.com')).toBe('on');
  });
});

describe('where common names are painted', () => {
  it('paints general names by the setting, region names on any page about the story', () => {
    const table = GENERAL_NAMES.flatMap((setting) =>
      [true, false].map((onStory) => [
        setting,
        onStory,
        showsGeneral(setting, onStory),
        showsRegion(setting, onStory),
      ]),
    );
    expect(table).toEqual([
      ['story', true, true, true],
      ['story', false, false, false],
      ['everywhere', true, true, true],
      ['everywhere', false, true, true],
      ['never', true, false, true],
      ['never', false, false, false],
    ]);
    for (const setting of GENERAL_NAMES) {
      expect(shownScopes(setting, false, true)).toEqual({ general: true, region: true });
      expect(shownScopes(setting, true)).toEqual({
        general: showsGeneral(setting, true),
        region: showsRegion(setting, true),
      });
    }
  });
});
