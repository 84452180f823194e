import { migrateSettings, type Settings } from './settings-schema';

/**
 * Settings live under one key in storage.sync, so they follow the reader to
 * their other browsers and one write is one consistent change.
 */
export const SETTINGS_KEY = 'settings';

/** The part of the WebExtension storage API the settings need, from the polyfill or the browser itself. */
export interface SettingsStorage {
  sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/**
 * Load, save, update and subscribe over a given storage API: extension pages
 * pass the polyfill's, the content script the browser's own (the polyfill
 * would not fit in its bundle).
 */
export function settingsStore(storage: SettingsStorage) {
  const loadSettings = async (): Promise<Settings> => migrateSettings((await storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const saveSettings = async (settings: Settings): Promise<void> => {
    await storage.sync.set({ [SETTINGS_KEY]: migrateSettings(settings) });
  };
  return {
    loadSettings,
    saveSettings,
    /** Reads, changes and writes back, so a change made elsewhere in between is not lost field by field. */
    async updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
      const next = migrateSettings(change(await loadSettings()));
      await saveSettings(next);
      return next;
    },
    /** Calls back with the new settings whenever any part of the extension saves them. Returns the unsubscribe. */
    subscribeSettings(listener: (settings: Settings) => void): () => void {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'sync' && SETTINGS_KEY in changes) listener(migrateSettings(changes[SETTINGS_KEY]!.newValue));
      };
      storage.onChanged.addListener(onChanged);
      return () => storage.onChanged.removeListener(onChanged);
    },
  };
}
