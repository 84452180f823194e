import { RELATIONSHIP_TYPES, type RelationshipType } from '../../core/index';

/**
 * The reader's settings: one typed object with a version, so a later release
 * can reshape it and still read what an earlier one stored in storage.sync.
 * Pure: no browser API here, so migrations are unit-tested in Node.
 */
export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Underline company names on the page. */
  highlights: boolean;
  /** Show a card when the pointer rests on a highlighted name. */
  hoverCards: boolean;
  /** Relationship types the popup shows; the rest are hidden, not deleted. */
  relationshipTypes: RelationshipType[];
  /** Host names where Stakes does nothing ("nytimes.com" covers its subdomains). */
  pausedSites: string[];
  /** Scan every page as it loads; off means only when the reader asks. */
  autoScan: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  highlights: true,
  hoverCards: true,
  relationshipTypes: [...RELATIONSHIP_TYPES],
  pausedSites: [],
  autoScan: true,
});

const MAX_PAUSED_SITES = 500;

/**
 * One step per stored version: `MIGRATIONS[n]` turns version n into n + 1.
 * Version 0 is anything stored without a version number.
 */
const MIGRATIONS: Record<number, (stored: Record<string, unknown>) => Record<string, unknown>> = {
  0: (stored) => ({ ...stored, version: 1 }),
};

/**
 * Whatever storage holds (nothing, an old version, a hand-edited or corrupt
 * value) becomes valid current settings: known fields are kept when well
 * formed, anything else falls back to its default. Never throws.
 */
export function migrateSettings(stored: unknown): Settings {
  let value: Record<string, unknown> = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? { ...(stored as Record<string, unknown>) } : {};
  let version = Number.isSafeInteger(value.version) ? (value.version as number) : 0;
  // A newer release's settings: read the fields we know rather than reset them.
  if (version > SETTINGS_VERSION) version = SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[Math.max(version, 0)];
    value = step ? step(value) : { version: version + 1 };
    version = Math.max(version, 0) + 1;
  }
  return {
    version: SETTINGS_VERSION,
    highlights: typeof value.highlights === 'boolean' ? value.highlights : DEFAULT_SETTINGS.highlights,
    hoverCards: typeof value.hoverCards === 'boolean' ? value.hoverCards : DEFAULT_SETTINGS.hoverCards,
    relationshipTypes: Array.isArray(value.relationshipTypes) ? RELATIONSHIP_TYPES.filter((type) => (value.relationshipTypes as unknown[]).includes(type)) : [...DEFAULT_SETTINGS.relationshipTypes],
    pausedSites: Array.isArray(value.pausedSites) ? [...new Set(value.pausedSites.map((site) => (typeof site === 'string' ? normalizeSite(site) : undefined)).filter((site): site is string => site !== undefined))].slice(0, MAX_PAUSED_SITES) : [],
    autoScan: typeof value.autoScan === 'boolean' ? value.autoScan : DEFAULT_SETTINGS.autoScan,
  };
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$|^\[[0-9a-f:.]+\]$/;

/**
 * "https://www.NYTimes.com/section/x" → "nytimes.com". What a reader types or
 * what a tab's URL holds, reduced to the host name a pause applies to;
 * undefined for anything that is not one.
 */
export function normalizeSite(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  if (!text) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `https://${text}`;
  let host: string;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    host = url.hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return HOST.test(host) ? host : undefined;
}

/** The paused entry that covers this page's URL, if any: a site covers its subdomains. */
export function pausedSiteFor(url: string | undefined, pausedSites: readonly string[]): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  const host = normalizeSite(url);
  if (!host) return undefined;
  return pausedSites.find((site) => host === site || host.endsWith(`.${site}`));
}

export function withSitePaused(settings: Settings, site: string): Settings {
  return settings.pausedSites.includes(site) ? settings : { ...settings, pausedSites: [...settings.pausedSites, site].sort() };
}

export function withSiteResumed(settings: Settings, site: string): Settings {
  return { ...settings, pausedSites: settings.pausedSites.filter((entry) => entry !== site) };
}
