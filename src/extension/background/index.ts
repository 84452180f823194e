// First: the moment our code starts running (see started-at.ts).
import './started-at';
import { factIsChecked } from '../../core/index';
import { locale, t } from '../shared/i18n';
import { presentFact } from '../shared/present-fact';
import browser, { type Runtime } from '../browser-api';
import { receiver, type CompanyFacts } from '../messages';
import { loadSettings } from '../settings/settings-store';
import { clearTabScan, saveTabRecords, saveTabScan } from '../tab-state';
import { contentScriptFile, syncAllSitesScript } from './all-sites';
import { showCompanyCount } from './badge';
import { createLookupMenu, isLookupClick, lookupUrl } from './context-menu';
import { engineStats, matchText, noteReply, noteRequest, store } from './engine';
import { isOwnExtensionPage, isOwnTopFrame, reportedUrl } from './trusted-sender';

/**
 * Listeners are registered synchronously at the top level: an MV3 worker is
 * woken by an event only if the listener exists before the first await.
 */
const fromOwnTopFrame = (sender: Runtime.MessageSender) => isOwnTopFrame(sender, browser.runtime.id);
const fromOwnPage = (sender: Runtime.MessageSender) => isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL(''));

/** A hover card's first three facts, of the relationship types the reader shows. */
async function companyFacts(id: string): Promise<CompanyFacts | null> {
  noteRequest();
  const [index, { relationshipTypes }] = await Promise.all([store.index([id]), loadSettings()]);
  noteReply();
  const entity = index.entity(id);
  if (!entity) return null;
  return {
    name: entity.name,
    facts: index
      .factsFor(id)
      .filter((fact) => relationshipTypes.includes(fact.relationship.type))
      .slice(0, 3)
      // In the browser's language, by the popup's own presenter.
      .map((fact) => ({ sentence: presentFact(fact, index.nameOf, { t, locale }), checked: factIsChecked(fact.relationship) })),
  };
}

browser.runtime.onMessage.addListener(
  receiver<'content→background:page-scanned' | 'content→background:match-text' | 'content→background:company-facts' | 'popup→background:scan-tab' | 'popup→background:engine-stats', Runtime.MessageSender>({
    'content→background:page-scanned': (scan, sender) => {
      if (!fromOwnTopFrame(sender)) return undefined;
      const tabId = sender.tab!.id!;
      const reported = { ...scan, url: reportedUrl(sender.url!, scan.url) };
      // The popup will want these companies' records: prepared now, while nobody waits, stored beside the scan.
      void store
        .records(reported.companies.map((company) => company.id))
        .then((pack) => saveTabRecords(tabId, pack))
        .catch(() => undefined);
      return saveTabScan(tabId, reported)
        .then(() => showCompanyCount(tabId, reported.companies.length))
        .then(() => null);
    },
    'content→background:match-text': ({ text }, sender) => (fromOwnTopFrame(sender) ? matchText(text) : undefined),
    'content→background:company-facts': ({ id }, sender) => (fromOwnTopFrame(sender) ? companyFacts(id) : undefined),
    'popup→background:scan-tab': ({ tabId }, sender) => {
      if (!fromOwnPage(sender)) return undefined;
      // Allowed by activeTab: the reader opened the popup on this tab.
      return browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile()] }).then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      );
    },
    'popup→background:engine-stats': (_, sender) => (fromOwnPage(sender) ? engineStats() : undefined),
  }),
);

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
