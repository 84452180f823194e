import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SearchHit } from '../../core/index';
import browser from '../browser-api';
import { datasetStore } from '../dataset';
import { request } from '../messages';
import { DEFAULT_SETTINGS, normalizeSite, pausedSiteFor, withSitePaused, withSiteResumed } from '../settings/settings-schema';
import { updateSettings } from '../settings/settings-store';
import { useSettings } from '../settings/use-settings';
import { t } from '../shared/i18n';
import { LookupPanel } from './LookupPanel';
import { PageResults } from './PageResults';
import { PopupFooter } from './PopupFooter';
import { SEARCH_INPUT_ID, SearchBox } from './SearchBox';
import { SiteOwner } from './SiteOwner';
import { StatusMessage } from './StatusMessage';
import { useTabScan } from './use-tab-scan';

const focusSearch = () => document.getElementById(SEARCH_INPUT_ID)?.focus();

export function Popup() {
  const view = useTabScan();
  const settings = useSettings();
  const [lookup, setLookup] = useState<SearchHit>();
  const [scanRequest, setScanRequest] = useState<'none' | 'sent' | 'failed'>('none');
  const types = useMemo(() => new Set(settings?.relationshipTypes ?? DEFAULT_SETTINGS.relationshipTypes), [settings]);
  const url = 'url' in view ? view.url : undefined;
  const paused = settings && pausedSiteFor(url, settings.pausedSites);
  const baseState = view.state === 'loading' || !settings ? 'loading' : paused ? 'paused' : view.state;
  const state = baseState === 'not-scanned' && scanRequest !== 'none' ? (scanRequest === 'sent' ? 'scanning' : 'scan-failed') : baseState;
  const tabId = 'tabId' in view ? view.tabId : undefined;
  const onPage = useMemo(() => new Set(view.state === 'scanned' ? view.scan.companies.map((company) => company.id) : []), [view]);
  const site = url ? normalizeSite(url) : undefined;

  const resume = async () => {
    if (!paused) return;
    await updateSettings((current) => withSiteResumed(current, paused));
    // The page was left alone while paused: reading it now needs a fresh load.
    if (tabId !== undefined) await browser.tabs.reload(tabId).catch(() => undefined);
  };
  const pause = () => site && void updateSettings((current) => withSitePaused(current, site));
  const scanThisPage = async () => {
    if (tabId === undefined) return;
    setScanRequest('sent');
    const reply = await request((message) => browser.runtime.sendMessage(message), 'popup→background:scan-tab', { tabId });
    if (!reply?.ok) setScanRequest('failed');
  };
  useEffect(() => {
    void initialLookup().then((hit) => hit && setLookup(hit));
  }, []);
  // Opening the popup grants activeTab on this tab: a page Stakes does not
  // read by itself is read now, as the reader asked by clicking.
  useEffect(() => {
    if (baseState === 'not-scanned' && scanRequest === 'none' && !new URLSearchParams(location.search).has('tab')) void scanThisPage();
  }, [baseState]);

  return (
    <div class="popup" data-state={state}>
      <header class="popup-header">
        <h1>{t('extensionName')}</h1>
        <span class="tagline">{t('tagline')}</span>
      </header>
      <SearchBox onSelect={setLookup} />
      {lookup && <LookupPanel entity={lookup} types={types} onPage={onPage} tabId={tabId} onClose={() => setLookup(undefined)} />}
      <main>
        {state === 'loading' && <StatusMessage title={t('stateLoadingTitle')} />}
        {state === 'scanning' && <StatusMessage title={t('stateScanningTitle')} />}
        {state === 'paused' && paused && (
          <StatusMessage title={t('statePausedTitle', paused)} action={{ label: t('statePausedAction'), onClick: () => void resume() }}>
            {t('statePausedText')}
          </StatusMessage>
        )}
        {state === 'unreadable' && (
          <StatusMessage title={t('stateUnreadableTitle')} action={{ label: t('stateUnreadableAction'), onClick: focusSearch }}>
            {t('stateUnreadableText')}
          </StatusMessage>
        )}
        {state === 'not-scanned' && tabId !== undefined && (
          <StatusMessage title={t('stateNotScannedTitle')} action={{ label: t('stateNotScannedAction'), onClick: () => void scanThisPage() }}>
            {t('stateNotScannedText')}
          </StatusMessage>
        )}
        {state === 'scan-failed' && tabId !== undefined && (
          <StatusMessage title={t('stateScanFailedTitle')} action={{ label: t('stateNotScannedAction'), onClick: () => void scanThisPage() }}>
            {t('stateScanFailedText')}
          </StatusMessage>
        )}
        {state === 'scanned' && view.state === 'scanned' && <SiteOwner url={view.url} pageIds={[...onPage]} />}
        {state === 'scanned' && view.state === 'scanned' && <PageResults scan={view.scan} tabId={view.tabId} url={view.url} types={types} onLookup={setLookup} />}
      </main>
      <PopupFooter tabId={tabId} site={state === 'scanned' || state === 'not-scanned' ? site : undefined} onPause={pause} />
    </div>
  );
}

/** "Look up in Stakes" from the context menu opens this page with `?lookup=<selected text>`. */
async function initialLookup(): Promise<SearchHit | undefined> {
  const query = new URLSearchParams(location.search).get('lookup');
  if (!query) return undefined;
  // Only the company of that exact name: a similar one would answer a question nobody asked.
  const names = await datasetStore.search();
  return names.findByName(query)[0];
}
