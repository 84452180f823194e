import { useEffect, useState } from 'preact/hooks';
import browser from '../browser-api';
import type { PageScan } from '../messages';
import { datasetStore } from '../dataset';
import { loadTabScanAndRecords, tabIdOfStorageKey } from '../tab-state';

export type TabView =
  { state: 'loading' } | { state: 'unreadable'; tabId?: number } | { state: 'scanning'; tabId: number; url: string } | { state: 'not-scanned'; tabId: number; url: string } | { state: 'scanned'; tabId: number; url: string; scan: PageScan };

/** The tab this popup describes: `?tab=<id>` when opened as a page, else the active tab. */
export async function resolveTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

function isReadableUrl(url: string | undefined): url is string {
  // PDFs open in the browser's own viewer, which no content script can read.
  return url !== undefined && /^https?:\/\//.test(url) && !/\.pdf(?:[?#]|$)/i.test(url);
}

/** The tab's scan, kept current as the content script reports (storage.session changes). */
export function useTabScan(): TabView {
  const [view, setView] = useState<TabView>({ state: 'loading' });
  useEffect(() => {
    let tabId: number | undefined;
    const refresh = async () => {
      if (tabId === undefined) return;
      const id = tabId;
      const [{ scan, records }, tab] = await Promise.all([loadTabScanAndRecords(id), browser.tabs.get(id).catch(() => undefined)]);
      // The background prepared the companies' records beside the scan; what it could not, starts loading now.
      if (records) datasetStore.prime(records);
      // The list cannot show without the records: build the page's index first, so the list's first frame has it.
      if (scan) await datasetStore.index(scan.companies.map((company) => company.id)).catch(() => undefined);
      const url = tab?.url ?? scan?.url;
      if (scan && isReadableUrl(url)) setView({ state: 'scanned', tabId: id, url, scan });
      else if (!isReadableUrl(url)) setView({ state: 'unreadable', tabId: id });
      else setView({ state: tab?.status === 'loading' ? 'scanning' : 'not-scanned', tabId: id, url });
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.keys(changes).some((key) => tabIdOfStorageKey(key) === tabId)) void refresh();
    };
    const onUpdated = (updatedId: number, change: { status?: string }) => {
      if (updatedId === tabId && change.status !== undefined) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    browser.tabs.onUpdated.addListener(onUpdated);
    void resolveTabId().then((id) => {
      tabId = id;
      if (id === undefined) setView({ state: 'unreadable' });
      else void refresh();
    });
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return view;
}
