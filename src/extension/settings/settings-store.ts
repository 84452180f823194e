import browser from '../browser-api';
import { migrateSettings, type Settings } from './settings-schema';

/**
 * Settings live under one key in storage.sync, so they follow the reader to
 * their other browsers and one write is one consistent change.
 */
export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: migrateSettings(settings) });
}

/** Reads, changes and writes back, so a change made elsewhere in between is not lost field by field. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = migrateSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

/** Calls back with the new settings whenever any page of the extension saves them. Returns the unsubscribe. */
export function subscribeSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) listener(migrateSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
