import type { Runtime } from '../browser-api';
import type { MessageKey } from '../shared/message-format';
import { settingsStore, type SettingsStorage } from '../settings/settings-storage';

/**
 * The few extension APIs the content script calls, taken from the browser
 * itself rather than through webextension-polyfill: the polyfill is about
 * 10 KB, and this bundle must stay small (≤ 40 KB): it runs on every news page.
 * Every call used here returns a promise natively in MV3 (Chrome 116+,
 * Firefox 140+); `runtime.onMessage` replies through `sendResponse`, which
 * both support. Type imports only: nothing of `browser-api.ts` is bundled.
 */
type MessageListener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean | undefined;

interface ContentApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
    onMessage: {
      addListener(listener: MessageListener): void;
      removeListener(listener: MessageListener): void;
    };
  };
  storage: SettingsStorage;
  i18n: { getMessage(key: string, substitutions?: string[]): string };
}

const scope = globalThis as { browser?: ContentApi; chrome?: ContentApi };
// Firefox defines both; Chrome only `chrome`. A page element with id="browser"
// can show through as a named property, so `browser` counts only with a runtime id.
export const api: ContentApi = scope.browser?.runtime?.id ? scope.browser : scope.chrome!;

/** Sends one of our messages to the background (a bound call: some browsers' API methods need their `this`). */
export const toBackground = (message: unknown): Promise<unknown> => api.runtime.sendMessage(message);

/** The same settings store as extension pages use, over the browser's own storage API. */
export const { loadSettings, updateSettings, subscribeSettings } = settingsStore(api.storage);

export const t = (key: MessageKey, ...substitutions: string[]): string => api.i18n.getMessage(key, substitutions) || key;
