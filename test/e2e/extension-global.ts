import type { Browser } from 'webextension-polyfill';

/** `globalThis` inside an extension page the tests evaluate in: the browser's own `chrome` API (promise-based in MV3). */
export type WithChrome = { chrome: Browser };

/** Firefox's extension pages: the same API as `browser`. */
export type WithBrowser = { browser: Browser };
