import browser from '../browser-api';
import { settingsStore } from './settings-storage';

/** The settings as extension pages and the background read and write them. */
export const { loadSettings, saveSettings, updateSettings, subscribeSettings } = settingsStore(browser.storage);
