import browser from './browser-api';
import type { PageScan } from './messages';

/**
 * Per-tab results live in `storage.session`: they survive the service worker
 * being stopped, stay in memory only, and vanish when the browser closes.
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabScan(tabId: number, scan: PageScan): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: scan });
}

export async function loadTabScan(tabId: number): Promise<PageScan | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  return stored[key(tabId)] as PageScan | undefined;
}

export async function clearTabScan(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export function tabIdOfStorageKey(storageKey: string): number | undefined {
  const match = /^tab:(\d+)$/.exec(storageKey);
  return match ? Number(match[1]) : undefined;
}
