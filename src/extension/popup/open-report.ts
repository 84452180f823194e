import browser from '../browser-api';

/**
 * The report form is this same page in a mode of its own (`?report`), opened
 * in a tab: a popup closes as soon as focus leaves it, and a form needs to
 * stay while the reader writes. Only ids travel in the address, never the
 * page URL; the form reads that from the tab's scan if the reader asks.
 */
export function openReport({ tabId, companyId }: { tabId?: number; companyId?: string }): void {
  const params = new URLSearchParams({ report: '1' });
  if (tabId !== undefined) params.set('tab', String(tabId));
  if (companyId) params.set('company', companyId);
  const url = browser.runtime.getURL(`src/extension/popup/popup.html?${params}`);
  void browser.tabs.create({ url }).then(() => {
    if (!new URLSearchParams(location.search).has('tab')) window.close();
  });
}
