import table from 'virtual:stakes/names';
import { Matcher } from '../../core/matcher';
import { summarizeMentions } from '../../core/summarize-mentions';
import browser from '../browser-api';
import { makeMessage, type PageScan } from '../messages';
import { collectVisibleText } from './visible-text';

/**
 * Finds the companies named on the page and tells the background. Reads only;
 * listens to nothing from the page.
 */
function scanPage(): void {
  const matcher = new Matcher(table);
  const text = document.body ? collectVisibleText(document.body) : '';
  const companies = summarizeMentions(matcher.scan(text), table);
  const scan: PageScan = {
    url: location.href,
    companies: companies.map(({ id, count, formerNames }) => ({ id, count, formerNames })),
    textLength: text.length,
    scannedAt: Date.now(),
  };
  browser.runtime.sendMessage(makeMessage('content→background:page-scanned', scan)).catch(() => {
    // The extension was reloaded or updated under this page: nothing to tell.
  });
}

try {
  scanPage();
} catch (error) {
  // A page must never see an error of ours.
  console.debug('Stakes could not scan this page', error);
}
