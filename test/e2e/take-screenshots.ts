/**
 * Screenshots for the README: the popup in light and dark mode, and a page
 * with its mentions highlighted, taken in the same Chromium the tests use,
 * from the end-to-end build and a frozen fixture page. Run: npm run screenshots
 */
import { launchChromium } from './chromium-browser';
import { startFixtureServer } from './fixture-server';
import { poll } from './poll';

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
  // The site's owner first, on a page served as a listed outlet's (see OUTLET_HOSTS).
  const wapo = await browser.openTab(server.urlOn('www.washingtonpost.com', 'wapo-amazon-article.html'));
  await poll(async () => (await browser.badgeText(wapo)) || undefined, 'the outlet page');
  const owner = await browser.context.newPage();
  await owner.setViewportSize({ width: 400, height: 520 });
  await owner.goto(`chrome-extension://${extensionId}/src/extension/popup/popup.html?tab=${wapo}`);
  await owner.waitForSelector('.site-ties');
  await owner.screenshot({ path: 'docs/popup-site-owner.png' });
  await owner.close();
  // A busy page: twenty companies and how they connect.
  const busy = await browser.openTab(server.url('busy-article.html'));
  await poll(async () => Number(await browser.badgeText(busy)) >= 18 || undefined, 'the busy page');
  const graph = await browser.context.newPage();
  await graph.setViewportSize({ width: 400, height: 900 });
  await graph.goto(`chrome-extension://${extensionId}/src/extension/popup/popup.html?tab=${busy}`);
  await graph.waitForSelector('.graph .node');
  await graph.locator('.connections').screenshot({ path: 'docs/popup-busy-graph.png' });
  await graph.close();
  console.log('Wrote docs/popup-light.png, docs/popup-dark.png, docs/page-highlights.png, docs/popup-site-owner.png, docs/popup-busy-graph.png');
} finally {
  await browser.close();
  await server.close();
}
