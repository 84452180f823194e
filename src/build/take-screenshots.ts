/**
 * Screenshots for the README: the popup in light and dark mode, and a page
 * with its mentions highlighted, taken in the same Chromium the tests use,
 * from the end-to-end build and a frozen fixture page. Run: npm run screenshots
 */
import { launchChromium } from '../../test/e2e/chromium-browser';
import { startFixtureServer } from '../../test/e2e/fixture-server';
import { poll } from '../../test/e2e/poll';

const server = await startFixtureServer();
const browser = await launchChromium();
try {
  const tabId = await browser.openTab(server.url('scale-ai-article.html'));
  await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the badge');
  const extensionId = new URL(browser.context.serviceWorkers()[0]!.url()).host;
  const article = browser.context.pages().find((page) => page.url().includes('scale-ai-article.html'))!;
  await article.setViewportSize({ width: 900, height: 700 });
  // Highlights are drawn in idle time after the scan.
  await article.waitForTimeout(1500);
  await article.screenshot({ path: 'docs/page-highlights.png' });
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 720 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${extensionId}/src/extension/popup/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-company="scale-ai"]');
    await popup.screenshot({ path: `docs/popup-${scheme}.png` });
    await popup.close();
  }
  console.log('Wrote docs/popup-light.png, docs/popup-dark.png, docs/page-highlights.png');
} finally {
  await browser.close();
  await server.close();
}
