import browser from './browser-api';
import type { StoreShard } from '../core/index';
import type { PageScan } from './messages';

/**
 * Per-tab results live in `storage.session`: they survive the service worker
 * being stopped, stay in memory only, and vanish when the browser closes.
 */
const key = (tabId: number) => `tab:${tabId}`;
/** The records of the page's companies, prepared by the background so the popup opens without reading the store. */
const recordsKey = (tabId: number) => `records:${tabId}`;

/** Best effort: on a full session store, the popup reads the records itself. */
export async function saveTabRecords(tabId: number, pack: StoreShard): Promise<void> {
  await browser.storage.session.set({ [recordsKey(tabId)]: pack }).catch(() => undefined);
}

/** The tab's scan and its prepared records, in one read. */
export async function loadTabScanAndRecords(tabId: number): Promise<{ scan: PageScan | undefined; records: StoreShard | undefined }> {
  const stored = await browser.storage.session.get([key(tabId), recordsKey(tabId)]);
  const records = stored[recordsKey(tabId)] as StoreShard | undefined;
  const valid = typeof records === 'object' && records !== null && typeof records.records === 'object' && typeof records.neighbours === 'object';
  return { scan: stored[key(tabId)] as PageScan | undefined, records: valid ? records : undefined };
}

export async function saveTabScan(tabId: number, scan: PageScan): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: scan });
}

export async function loadTabScan(tabId: number): Promise<PageScan | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  return stored[key(tabId)] as PageScan | undefined;
}

export async function clearTabScan(tabId: number): Promise<void> {
  await browser.storage.session.remove([key(tabId), recordsKey(tabId)]);
}

export function tabIdOfStorageKey(storageKey: string): number | undefined {
  const match = /^tab:(\d+)$/.exec(storageKey);
  return match ? Number(match[1]) : undefined;
}
