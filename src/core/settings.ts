/**
 * User settings: one typed defaults object, a version, and migrations. Whatever is stored is
 * read field by field, so a corrupt or unknown value resets only that field (reported in
 * `resets`) and everything else the user chose is kept.
 */
import { ENTITY_TYPES, WEAK_KINDS } from './dataset/kinds.ts';
import type { EntityType, WeakKind } from './dataset/kinds.ts';

export const HIGHLIGHT_STYLES = ['underline', 'tint', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const SETTINGS_VERSION = 2;

export interface Settings {
  readonly version: typeof SETTINGS_VERSION;
  /** Master switch: off everywhere. */
  readonly enabled: boolean;
  /** Host names (lower case, no port) where Backstory is off. */
  readonly disabledSites: readonly string[];
  readonly types: Readonly<Record<EntityType, boolean>>;
  /** Whether weak mentions (bare surnames, demonyms, metonyms) are highlighted. */
  readonly weak: Readonly<Record<WeakKind, boolean>>;
  readonly styles: Readonly<Record<EntityType, HighlightStyle>>;
  readonly hoverDelayMs: number;
  /**
   * Where general names (the US, France, the UN, world leaders) are painted: only on pages
   * about the story (a page that names a story entity), everywhere, or never.
   */
  readonly generalNames: GeneralNames;
}

export const GENERAL_NAMES = ['story', 'everywhere', 'never'] as const;
export type GeneralNames = (typeof GENERAL_NAMES)[number];

/** Whether general names are painted on a page that is (or is not) on the story. */
export function showsGeneral(setting: GeneralNames, onStory: boolean): boolean {
  return setting === 'everywhere' || (setting === 'story' && onStory);
}

/**
 * Whether region names (Armenia, Azerbaijan, Yerevan) are painted: on any page about the story,
 * whatever the setting for general names ("never" hides the US and France, not the story's own
 * countries), and everywhere with "everywhere".
 */
export function showsRegion(setting: GeneralNames, onStory: boolean): boolean {
  return setting === 'everywhere' || onStory;
}

/** Which waiting scopes are painted on a page: both when the reader asked to see them. */
export function shownScopes(
  setting: GeneralNames,
  onStory: boolean,
  askedByReader = false,
): { readonly general: boolean; readonly region: boolean } {
  return {
    general: askedByReader || showsGeneral(setting, onStory),
    region: askedByReader || showsRegion(setting, onStory),
  };
}

export const HOVER_DELAY_RANGE = { min: 100, max: 2000 } as const;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  types: {
    person: true,
    country: true,
    place: true,
    organisation: true,
    event: true,
    document: true,
  },
  weak: { surname: true, demonym: false, metonym: true },
  styles: {
    person: 'underline',
    country: 'underline',
    place: 'underline',
    organisation: 'underline',
    event: 'underline',
    document: 'underline',
  },
  hoverDelayMs: 300,
  generalNames: 'story',
};

/** One reset: which setting was replaced by its default, and why. */
export interface SettingsReset {
  readonly key: string;
  readonly reason: string;
}

export interface ReadSettings {
  readonly settings: Settings;
  readonly resets: readonly SettingsReset[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Host names as stored in `disabledSites`: lower case, no trailing dot, no port. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');
}

const HOST =
  /^(?=.{1,253}$)[a-z0-9\u00a1-\uffff-]+(?:\.[a-z0-9\u00a1-\uffff-]+)*$|^\[[0-9a-f:.]+\]$/;

/**
 * Migrations from each older stored version to the next. Version 0 is what an unversioned
 * object holds (none shipped yet, but this is where the next change of shape goes).
 */
const MIGRATIONS: Readonly<
  Record<number, (old: Record<string, unknown>) => Record<string, unknown>>
> = {
  0: (old) => ({ ...old, version: 1 }),
  // Version 1 painted general names everywhere; 2 paints them on pages about the story unless
  // the reader chooses otherwise. Readers never chose, so they get the new default.
  1: (old) => ({ ...old, version: 2, generalNames: 'story' }),
};

/** Reads whatever storage holds into valid settings, resetting only what is broken. */
export function readSettings(raw: unknown): ReadSettings {
  const resets: SettingsReset[] = [];
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, resets };
  if (!isRecord(raw)) {
    return {
      settings: DEFAULT_SETTINGS,
      resets: [{ key: 'settings', reason: `stored settings were ${typeof raw}, not an object` }],
    };
  }
  let data: Record<string, unknown> = raw;
  let version = typeof data.version === 'number' ? data.version : 0;
  if (version > SETTINGS_VERSION) {
    resets.push({
      key: 'version',
      reason: `stored by a newer version (${version}); fields this version understands are kept`,
    });
    version = SETTINGS_VERSION;
  }
  for (let v = version; v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) data = step(data);
  }

  const bool = (key: string, value: unknown, fallback: boolean): boolean => {
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    resets.push({ key, reason: `expected true or false, found ${JSON.stringify(value)}` });
    return fallback;
  };
  const section = <K extends string, V>(
    key: string,
    keys: readonly K[],
    defaults: Readonly<Record<K, V>>,
    read: (path: string, value: unknown, fallback: V) => V,
  ): Record<K, V> => {
    const out = { ...defaults } as Record<K, V>;
    const value = data[key];
    if (value === undefined) return out;
    if (!isRecord(value)) {
      resets.push({ key, reason: `expected an object, found ${JSON.stringify(value)}` });
      return out;
    }
    for (const k of keys) out[k] = read(`${key}.${k}`, value[k], defaults[k]);
    return out;
  };
  const style = (key: string, value: unknown, fallback: HighlightStyle): HighlightStyle => {
    if (value === undefined) return fallback;
    if ((HIGHLIGHT_STYLES as readonly unknown[]).includes(value)) return value as HighlightStyle;
    resets.push({ key, reason: `expected one of ${HIGHLIGHT_STYLES.join(', ')}` });
    return fallback;
  };

  const enabled = bool('enabled', data.enabled, DEFAULT_SETTINGS.enabled);
  let disabledSites: string[] = [...DEFAULT_SETTINGS.disabledSites];
  if (data.disabledSites !== undefined) {
    if (Array.isArray(data.disabledSites)) {
      const kept = new Set<string>();
      data.disabledSites.forEach((site, i) => {
        const host = typeof site === 'string' ? normalizeHost(site) : '';
        if (HOST.test(host)) kept.add(host);
        else
          resets.push({
            key: `disabledSites[${i}]`,
            reason: `not a host name: ${JSON.stringify(site)}`,
          });
      });
      disabledSites = [...kept];
    } else {
      resets.push({ key: 'disabledSites', reason: 'expected a list of host names' });
    }
  }

  const types = section('types', ENTITY_TYPES, DEFAULT_SETTINGS.types, bool);
  const weak = section('weak', WEAK_KINDS, DEFAULT_SETTINGS.weak, bool);
  const styles = section('styles', ENTITY_TYPES, DEFAULT_SETTINGS.styles, style);
  let hoverDelayMs = DEFAULT_SETTINGS.hoverDelayMs;
  if (data.hoverDelayMs !== undefined) {
    const d = data.hoverDelayMs;
    if (
      typeof d === 'number' &&
      Number.isFinite(d) &&
      d >= HOVER_DELAY_RANGE.min &&
      d <= HOVER_DELAY_RANGE.max
    )
      hoverDelayMs = Math.round(d);
    else
      resets.push({
        key: 'hoverDelayMs',
        reason: `expected a number of milliseconds from ${HOVER_DELAY_RANGE.min} to ${HOVER_DELAY_RANGE.max}`,
      });
  }

  let generalNames: GeneralNames = DEFAULT_SETTINGS.generalNames;
  if (data.generalNames !== undefined) {
    if ((GENERAL_NAMES as readonly unknown[]).includes(data.generalNames))
      generalNames = data.generalNames as GeneralNames;
    else
      resets.push({
        key: 'generalNames',
        reason: `expected one of ${GENERAL_NAMES.join(', ')}`,
      });
  }

  const settings: Settings = {
    version: SETTINGS_VERSION,
    enabled,
    disabledSites,
    types,
    weak,
    styles,
    hoverDelayMs,
    generalNames,
  };
  return { settings, resets };
}

/** Whether Backstory runs on a host under these settings. */
export function siteState(settings: Settings, host: string): 'on' | 'off-site' | 'off' {
  if (!settings.enabled) return 'off';
  return settings.disabledSites.includes(normalizeHost(host)) ? 'off-site' : 'on';
}
