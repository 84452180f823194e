import { launchBenchBrowser, openTab, until } from './bench-browser';
import { median } from './measure';
import { newsArticleHtml, serveArticles } from './news-page';

/**
 * The popup's first paint of results: a scanned article in one tab, then
 * `popup.html?tab=<id>` in another, as many times as asked. The figure is
 * the popup's own `stakes:first-results` mark, set when its first company
 * list or empty state renders; while the popup sets no such mark, the moment
 * (on the page's clock, from navigation start) a MutationObserver, installed
 * before any of the popup's scripts, first sees a `.company` element (the
 * article names companies, so the list does come; the loading message is
 * not counted).
 */
export interface PopupPaint {
  label: string;
  /** Median ms from navigation start. */
  firstResultsMs: number;
  source: 'mark' | 'first .company (no mark yet)' | 'mixed';
  samples: number[];
  companies: number;
}

const WATCH = `(() => {
  const seen = () => document.querySelector('.company');
  const observer = new MutationObserver(() => {
    if (globalThis.__stakesFirstResults === undefined && seen()) {
      globalThis.__stakesFirstResults = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export async function measurePopupPaint(label: string, extensionDir: string, names: readonly string[], runs: number): Promise<PopupPaint> {
  const server = await serveArticles({ '/news/popup': newsArticleHtml({ textLength: 8 * 1024, seed: 0x909, names }) });
  const browser = await launchBenchBrowser(extensionDir);
  try {
    const extension = browser.extension!;
    const { tabId } = await openTab(browser, server.url('/news/popup'));
    const scan = await until(() => extension.storedScan(tabId), 'the article to be scanned');
    const samples: number[] = [];
    const sources = new Set<string>();
    for (let run = 0; run < runs; run++) {
      const popup = await browser.context.newPage();
      await popup.addInitScript(WATCH);
      await popup.goto(`chrome-extension://${extension.id}/src/extension/popup/popup.html?tab=${tabId}`);
      const reading = await until(
        () =>
          popup.evaluate(() => {
            const mark = performance.getEntriesByName('stakes:first-results')[0];
            if (mark) return { ms: mark.startTime, source: 'mark' };
            const seen = (globalThis as { __stakesFirstResults?: number }).__stakesFirstResults;
            return seen === undefined ? undefined : { ms: seen, source: 'first .company (no mark yet)' };
          }),
        'the popup to show its results',
      );
      samples.push(reading.ms);
      sources.add(reading.source);
      await popup.close();
    }
    const source = sources.size === 1 ? ([...sources][0] as PopupPaint['source']) : 'mixed';
    return { label, firstResultsMs: median(samples), source, samples, companies: scan.companies.length };
  } finally {
    await browser.close();
    await server.close();
  }
}
