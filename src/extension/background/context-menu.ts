import browser from '../browser-api';

const LOOKUP_ID = 'stakes-lookup';

/** "Look up in Stakes" on selected text: opens the popup page as a tab on that company. */
export function createLookupMenu(): void {
  browser.contextMenus.removeAll().then(() => browser.contextMenus.create({ id: LOOKUP_ID, title: browser.i18n.getMessage('contextMenuLookup'), contexts: ['selection'] }));
}

export function lookupUrl(selection: string, tabId: number | undefined): string {
  const params = new URLSearchParams({ lookup: selection.trim().slice(0, 200) });
  if (tabId !== undefined && tabId >= 0) params.set('tab', String(tabId));
  return `${browser.runtime.getURL('src/extension/popup/popup.html')}?${params}`;
}

export function isLookupClick(menuItemId: string | number): boolean {
  return menuItemId === LOOKUP_ID;
}
