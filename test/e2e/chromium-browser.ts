import type { WithChrome } from './extension-global';
import { OUTLET_HOSTS } from './fixture-server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { CHROMIUM_PATH } from '../../src/build/browser-paths';
import type { PageScan } from '../../src/extension/messages';
import type { ExtensionBrowser, ObservedError, ObservedRequest, PopupPage } from './extension-browser';
import { poll } from './poll';

// The end-to-end build: the shipped one plus the local test hosts (see vite.config.ts).
const EXTENSION_DIR = resolve('dist/e2e/chrome');

/**
 * Debian's Chromium in new headless mode with the built extension loaded unpacked.
 * `locale` ("de", "fr"): the browser's UI language, which `browser.i18n` follows.
 */
export async function launchChromium({ locale }: { locale?: string } = {}): Promise<ExtensionBrowser & { stopServiceWorker(): Promise<void>; context: BrowserContext }> {
  const profile = mkdtempSync(join(tmpdir(), 'stakes-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: 60_000,
    ...(locale ? { locale, env: { ...process.env, LANGUAGE: locale, LANG: `${locale}.UTF-8` } } : {}),
    args: [
      ...(locale ? [`--lang=${locale}`] : []),
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Playwright passes --disable-extensions by default; this exception lets ours load.
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      // Pages "on" listed news sites come from the local fixture server; nothing reaches the real site.
      `--host-resolver-rules=${OUTLET_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(',')}`,
    ],
  });
  // Recorded from the start, for the tests that check what leaves the browser and what goes wrong in it.
  const requests: ObservedRequest[] = [];
  const errors: ObservedError[] = [];
  context.on('request', (request) => requests.push(describeRequest(request)));
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => errors.push({ kind: 'pageerror', level: 'error', text: error.message, stack: error.stack ?? '', page: page.url() }));
    page.on('console', (message) => {
      const { url, lineNumber, columnNumber } = message.location();
      errors.push({ kind: 'console', level: message.type(), text: message.text(), stack: url ? `${url}:${lineNumber}:${columnNumber}` : '', page: page.url() });
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const pages = new Map<number, Page>();

  // Extension APIs are called from an extension page, which lives as long as the
  // test, unlike the service worker, which tests stop on purpose.
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/src/extension/options/options.html`);

  return {
    name: 'chromium',
    context,
    async openTab(url) {
      const tabIds = () => control.evaluate(async () => (await (globalThis as unknown as WithChrome).chrome.tabs.query({})).map((tab) => tab.id!));
      const before = await tabIds();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      // Found by elimination, since extensions may not see the URL of every page (about:blank).
      const tabId = await poll(async () => (await tabIds()).find((id) => !before.includes(id)), `the tab id of ${url}`);
      pages.set(tabId, page);
      return tabId;
    },
    async openTabWithInitScript(url, script) {
      const tabIds = () => control.evaluate(async () => (await (globalThis as unknown as WithChrome).chrome.tabs.query({})).map((tab) => tab.id!));
      const before = await tabIds();
      const page = await context.newPage();
      await page.addInitScript(script);
      await page.goto(url, { waitUntil: 'load' });
      // Found by elimination, since extensions may not see the URL of every page (about:blank).
      const tabId = await poll(async () => (await tabIds()).find((id) => !before.includes(id)), `the tab id of ${url}`);
      pages.set(tabId, page);
      return tabId;
    },
    badgeText: (tabId) => control.evaluate((id) => (globalThis as unknown as WithChrome).chrome.action.getBadgeText({ tabId: id }) as Promise<string>, tabId),
    storedScan: (tabId) =>
      control.evaluate(async (id) => {
        const key = `tab:${id}`;
        return ((await (globalThis as unknown as WithChrome).chrome.storage.session.get(key)) as Record<string, unknown>)[key];
      }, tabId) as Promise<PageScan | undefined>,
    async openPopup(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/extension/popup/popup.html?tab=${tabId}`);
      return playwrightPopup(page);
    },
    pageEval: (tabId, expression) => pages.get(tabId)!.evaluate(expression),
    async clipboardText(readerUrl) {
      // Chromium grants clipboard access to web origins only, not to chrome-extension://; the clipboard is the browser's, shared by all pages.
      const origin = new URL(readerUrl).origin;
      await context.grantPermissions(['clipboard-read'], { origin });
      const reader = await context.newPage();
      try {
        await reader.goto(readerUrl);
        await reader.bringToFront();
        return await reader.evaluate(() => navigator.clipboard.readText());
      } finally {
        await reader.close();
      }
    },
    extensionEval: (expression) => control.evaluate(`(async (api) => (${expression}))(globalThis.chrome)`),
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/src/extension/options/options.html`);
      return playwrightPopup(page);
    },
    async stopServiceWorker() {
      const session = await context.newCDPSession(control);
      const statuses = new Map<string, string>();
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const version of versions) if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) statuses.set(version.versionId, version.runningStatus);
      });
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await poll(() => [...statuses.values()].includes('stopped'), 'the service worker to stop');
      await session.detach();
    },
    observedRequests: () => [...requests],
    observedErrors: () => [...errors],
    async close() {
      await Promise.race([context.close(), new Promise((done) => setTimeout(done, 10_000))]);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Which context made a request. A worker's request has no frame (`frame()` throws), so the worker is asked first. */
function describeRequest(request: Request): ObservedRequest {
  const worker = request.serviceWorker();
  if (worker) return { url: request.url(), by: 'service-worker', from: worker.url() };
  let from = '';
  try {
    from = request.isNavigationRequest() ? request.url() : request.frame().url();
  } catch {
    // A request of a frame that is already gone.
  }
  return { url: request.url(), by: /^chrome-extension:/.test(from) ? 'extension-page' : 'page', from };
}

function playwrightPopup(page: Page): PopupPage {
  return {
    waitFor: async (selector) => {
      await page.waitForSelector(selector, { timeout: 15_000 });
    },
    text: async (selector) => (await page.textContent(selector)) ?? '',
    companyIds: () => page.$$eval('[data-company]', (items) => items.map((item) => item.getAttribute('data-company') ?? '')),
    eval: (expression) => page.evaluate(expression),
    click: (selector) => page.click(selector, { timeout: 15_000 }),
    type: (selector, text) => page.fill(selector, text, { timeout: 15_000 }),
    press: (key) => page.keyboard.press(key),
    close: () => page.close(),
  };
}
