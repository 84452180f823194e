import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../src/core/index';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, migrateSettings, normalizeSite, pausedSiteFor, withSitePaused, withSiteResumed } from '../../src/extension/settings/settings-schema';

describe('migrateSettings', () => {
  it('gives the defaults for nothing stored or for garbage', () => {
    for (const stored of [undefined, null, 42, 'settings', [], {}]) expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('brings unversioned settings (version 0) to the current version, keeping what was set', () => {
    const migrated = migrateSettings({ highlights: false, pausedSites: ['example.com'] });
    expect(migrated).toEqual({ ...DEFAULT_SETTINGS, version: SETTINGS_VERSION, highlights: false, pausedSites: ['example.com'] });
  });

  it('is idempotent on current settings', () => {
    const settings = { ...DEFAULT_SETTINGS, hoverCards: false, relationshipTypes: ['partner' as const], autoScan: false };
    expect(migrateSettings(settings)).toEqual(settings);
    expect(migrateSettings(migrateSettings(settings))).toEqual(migrateSettings(settings));
  });

  it('drops malformed fields one by one instead of resetting everything', () => {
    const migrated = migrateSettings({ version: 1, highlights: 'yes', hoverCards: false, relationshipTypes: ['partner', 'bogus', 'owns-stake', 'partner'], pausedSites: ['HTTPS://www.Example.com/x', 'not a host!', 7, 'example.com'] });
    expect(migrated.highlights).toBe(true);
    expect(migrated.hoverCards).toBe(false);
    // Kept in the canonical order, without duplicates or unknown types.
    expect(migrated.relationshipTypes).toEqual(['owns-stake', 'partner']);
    expect(migrated.pausedSites).toEqual(['example.com']);
  });

  it('reads the known fields of settings written by a newer release', () => {
    const migrated = migrateSettings({ version: SETTINGS_VERSION + 3, highlights: false, somethingNew: true });
    expect(migrated.version).toBe(SETTINGS_VERSION);
    expect(migrated.highlights).toBe(false);
    expect(migrated).not.toHaveProperty('somethingNew');
  });

  it('shows every relationship type by default', () => {
    expect(DEFAULT_SETTINGS.relationshipTypes).toEqual([...RELATIONSHIP_TYPES]);
  });
});

describe('paused sites', () => {
  it('reduces what a reader types to a host name', () => {
    expect(normalizeSite(' https://www.NYTimes.com/section/tech?x=1 ')).toBe('nytimes.com');
    expect(normalizeSite('news.example.co.uk')).toBe('news.example.co.uk');
    expect(normalizeSite('127.0.0.1:8080')).toBe('127.0.0.1');
    for (const bad of ['', '   ', 'javascript:alert(1)', 'file:///etc/passwd', 'a b', 'chrome://extensions']) expect(normalizeSite(bad)).toBeUndefined();
  });

  it('covers a site and its subdomains, and nothing else', () => {
    const sites = ['example.com'];
    expect(pausedSiteFor('https://example.com/a', sites)).toBe('example.com');
    expect(pausedSiteFor('https://www.example.com/a', sites)).toBe('example.com');
    expect(pausedSiteFor('https://news.example.com/a', sites)).toBe('example.com');
    expect(pausedSiteFor('https://notexample.com/a', sites)).toBeUndefined();
    expect(pausedSiteFor('about:blank', sites)).toBeUndefined();
    expect(pausedSiteFor(undefined, sites)).toBeUndefined();
  });

  it('adds once and removes', () => {
    const paused = withSitePaused(withSitePaused(DEFAULT_SETTINGS, 'b.com'), 'a.com');
    expect(withSitePaused(paused, 'a.com').pausedSites).toEqual(['a.com', 'b.com']);
    expect(withSiteResumed(paused, 'a.com').pausedSites).toEqual(['b.com']);
  });
});
