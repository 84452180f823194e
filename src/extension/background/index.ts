import browser, { type Runtime } from '../browser-api';
import { parseMessage } from '../messages';
import { clearTabScan, saveTabScan } from '../tab-state';
import { showCompanyCount } from './badge';
import { isOwnTopFrame } from './trusted-sender';

/**
 * Listeners are registered synchronously at the top level: an MV3 worker is
 * woken by an event only if the listener exists before the first await.
 */
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const message = parseMessage(raw);
  if (!message || !isOwnTopFrame(sender, browser.runtime.id)) return undefined;
  const tabId = sender.tab.id;
  const scan = { ...message.payload, url: sender.url };
  return saveTabScan(tabId, scan).then(() => showCompanyCount(tabId, scan.companies.length));
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
