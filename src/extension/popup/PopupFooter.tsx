import browser from '../browser-api';
import { formatPartialDateIntl } from '../shared/format';
import { locale, t } from '../shared/i18n';
import { openReport } from './open-report';
import { useStoreMeta } from '../shared/use-dataset';

interface Props {
  tabId?: number;
  /** The page's host, when Stakes can pause there. */
  site?: string;
  onPause?: () => void;
}

export function PopupFooter({ tabId, site, onPause }: Props) {
  const asPage = new URLSearchParams(location.search).has('tab');
  const meta = useStoreMeta();
  return (
    <footer class="popup-footer">
      <span class="dataset-version">{meta && t('datasetVersion', meta.version, formatPartialDateIntl(meta.asOf, locale))}</span>
      <div class="footer-actions">
        <button type="button" class="link-button report-link" onClick={() => openReport({ tabId })}>
          {t('reportLink')}
        </button>
        {site && onPause && (
          <button type="button" class="link-button pause-site" onClick={onPause}>
            {t('pauseOnSite')}
          </button>
        )}
        {tabId !== undefined && !asPage && (
          <button type="button" class="link-button" onClick={() => openInTab(tabId)}>
            {t('openInTab')}
          </button>
        )}
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settingsLink')}
        </button>
      </div>
    </footer>
  );
}

function openInTab(tabId: number) {
  void browser.tabs.create({ url: `${location.pathname}?tab=${tabId}` }).then(() => window.close());
}
