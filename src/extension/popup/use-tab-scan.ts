import { useEffect, useState } from 'preact/hooks';
import browser from '../browser-api';
import type { PageScan } from '../messages';
import { loadTabScan, tabIdOfStorageKey } from '../tab-state';

export type TabView =
  | { state: 'loading' }
  | { state: 'unreadable' }
  | { state: 'not-scanned'; tabId: number }
  | { state: 'scanned'; tabId: number; scan: PageScan };

/** The tab this popup describes: `?tab=<id>` when opened as a page, else the active tab. */
async function resolveTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

function isReadableUrl(url: string | undefined): boolean {
  return url !== undefined && /^https?:\/\//.test(url);
}

/** The tab's scan, kept current as the content script reports (storage.session changes). */
export function useTabScan(): TabView {
  const [view, setView] = useState<TabView>({ state: 'loading' });
  useEffect(() => {
    let tabId: number | undefined;
    const refresh = async () => {
      if (tabId === undefined) return;
      const scan = await loadTabScan(tabId);
      if (scan) {
        setView({ state: 'scanned', tabId, scan });
        return;
      }
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      setView(tab && isReadableUrl(tab.url) ? { state: 'not-scanned', tabId } : { state: 'unreadable' });
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && Object.keys(changes).some((key) => tabIdOfStorageKey(key) === tabId)) void refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    void resolveTabId().then((id) => {
      tabId = id;
      if (id === undefined) setView({ state: 'unreadable' });
      else void refresh();
    });
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return view;
}
