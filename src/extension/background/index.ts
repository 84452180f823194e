import browser, { type Runtime } from '../browser-api';
import { datasetIndex } from '../dataset';
import { parseMessage, type CompanyFacts } from '../messages';
import { loadSettings } from '../settings/settings-store';
import { clearTabScan, saveTabScan } from '../tab-state';
import { contentScriptFile, syncAllSitesScript } from './all-sites';
import { showCompanyCount } from './badge';
import { createLookupMenu, isLookupClick, lookupUrl } from './context-menu';
import { isOwnExtensionPage, isOwnTopFrame, reportedUrl } from './trusted-sender';

/**
 * Listeners are registered synchronously at the top level: an MV3 worker is
 * woken by an event only if the listener exists before the first await.
 */
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const message = parseMessage(raw);
  if (!message) return undefined;
  if (message.type === 'content→background:page-scanned') {
    if (!isOwnTopFrame(sender, browser.runtime.id)) return undefined;
    const tabId = sender.tab.id;
    const scan = { ...message.payload, url: reportedUrl(sender.url, message.payload.url) };
    return saveTabScan(tabId, scan).then(() => showCompanyCount(tabId, scan.companies.length));
  }
  if (message.type === 'content→background:company-facts') {
    if (!isOwnTopFrame(sender, browser.runtime.id)) return undefined;
    const entity = datasetIndex.entity(message.payload.id);
    if (!entity) return Promise.resolve(null);
    // A hover card's first three facts, of the relationship types the reader shows.
    return loadSettings().then(({ relationshipTypes }): CompanyFacts => ({
      name: entity.name,
      facts: datasetIndex
        .factsFor(entity.id)
        .filter((fact) => relationshipTypes.includes(fact.relationship.type))
        .slice(0, 3)
        .map((fact) => fact.sentence),
    }));
  }
  if (message.type === 'popup→background:scan-tab') {
    if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL(''))) return undefined;
    // Allowed by activeTab: the reader opened the popup on this tab.
    return browser.scripting
      .executeScript({ target: { tabId: message.payload.tabId }, files: [contentScriptFile()] })
      .then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      );
  }
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabScan(tabId);
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document is loading: the old page's companies no longer apply.
  if (change.status === 'loading' && change.url !== undefined) {
    void clearTabScan(tabId);
    void showCompanyCount(tabId, 0);
  }
});

browser.runtime.onInstalled.addListener(() => {
  createLookupMenu();
  void syncAllSitesScript();
});
browser.runtime.onStartup.addListener(() => void syncAllSitesScript());
browser.permissions.onAdded.addListener(() => void syncAllSitesScript());
browser.permissions.onRemoved.addListener(() => void syncAllSitesScript());

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (isLookupClick(info.menuItemId) && info.selectionText) void browser.tabs.create({ url: lookupUrl(info.selectionText, tab?.id) });
});
