import type { Runtime } from '../browser-api';
import type { MessageKey } from '../popup/message-format';
import { migrateSettings, type Settings } from '../settings/settings-schema';

/**
 * The few extension APIs the content script calls, taken from the browser
 * itself rather than through webextension-polyfill: the polyfill is about
 * 10 KB, and this bundle must stay under 150 KB with the name table in it.
 * Every call used here returns a promise natively in MV3 (Chrome 116+,
 * Firefox 140+); `runtime.onMessage` replies through `sendResponse`, which
 * both support. Type imports only: nothing of `browser-api.ts` is bundled.
 */
interface ContentApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
    onMessage: { addListener(listener: (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined): void };
  };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
  i18n: { getMessage(key: string, substitutions?: string[]): string };
}

const scope = globalThis as { browser?: ContentApi; chrome?: ContentApi };
// Firefox defines both; Chrome only `chrome`. A page element with id="browser"
// can show through as a named property, so `browser` counts only with a runtime id.
export const api: ContentApi = scope.browser?.runtime?.id ? scope.browser : scope.chrome!;

/** Kept in step with `settings-store.ts` (not imported: it brings the polyfill). */
const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  return migrateSettings((await api.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Reads, changes and writes back, like `updateSettings` in the settings store. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<void> {
  await api.storage.sync.set({ [SETTINGS_KEY]: migrateSettings(change(await loadSettings())) });
}

export function subscribeSettings(listener: (settings: Settings) => void): void {
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS_KEY in changes) listener(migrateSettings(changes[SETTINGS_KEY]!.newValue));
  });
}

export const t = (key: MessageKey, ...substitutions: string[]): string => api.i18n.getMessage(key, substitutions) || key;
