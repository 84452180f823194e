/**
 * The one place that imports the WebExtension API, so the rest of the
 * extension stays testable and the browser difference lives here only.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
