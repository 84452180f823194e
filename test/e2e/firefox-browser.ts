import type { WithBrowser } from './extension-global';
import { OUTLET_HOSTS } from './fixture-server';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH } from '../../src/build/browser-paths';
import type { PageScan } from '../../src/extension/messages';
import type { ExtensionBrowser, ObservedError, ObservedRequest, PopupPage } from './extension-browser';
import { poll } from './poll';

// The end-to-end build: the shipped one plus the local test hosts (see vite.config.ts).
const EXTENSION_DIR = resolve('dist/e2e/firefox');
const GECKO_ID = 'stakes@stakes-extension.org';

/**
 * Debian's Firefox ESR over WebDriver BiDi with the built extension installed as a temporary add-on.
 * `locale` ("de", "fr"): the requested UI language, which `browser.i18n` follows.
 */
export async function launchFirefox({ locale }: { locale?: string } = {}): Promise<ExtensionBrowser & { browser: Browser }> {
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    timeout: 60_000,
    // Without it, BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Pins the extension's UUID so its pages have a known address.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'extensions.originControls.grantByDefault': true,
      // Pages "on" listed news sites come from the local fixture server; nothing reaches the real site.
      'network.dns.localDomains': OUTLET_HOSTS.join(','),
      'dom.security.https_first': false,
      ...(locale ? { 'intl.locale.requested': locale, 'extensions.langpacks.signatures.required': false } : {}),
    },
  });
  const languagePack = locale ? emptyLanguagePack(locale, (await browser.version()).match(/\d+/)?.[0] ?? '128') : undefined;
  if (languagePack) await browser.installExtension(languagePack);
  await browser.installExtension(EXTENSION_DIR);
  const pages = new Map<number, Page>();

  // Every page the harness opens is watched from before its first navigation. The
  // background script is not a page: its requests and errors are out of BiDi's sight.
  const requests: ObservedRequest[] = [];
  const errors: ObservedError[] = [];
  const newPage = async () => {
    const page = await browser.newPage();
    page.on('request', (request) => {
      let from = '';
      try {
        from = request.isNavigationRequest() ? request.url() : (request.frame()?.url() ?? '');
      } catch {
        // A request of a frame that is already gone.
      }
      requests.push({ url: request.url(), by: /^moz-extension:/.test(from) ? 'extension-page' : 'page', from });
    });
    page.on('pageerror', (error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      errors.push({ kind: 'pageerror', level: 'error', text, stack: error instanceof Error ? (error.stack ?? '') : '', page: page.url() });
    });
    page.on('console', (message) => {
      const { url, lineNumber, columnNumber } = message.location();
      const entry: ObservedError = { kind: 'console', level: message.type(), text: message.text(), stack: url ? `${url}:${lineNumber}:${columnNumber}` : '', page: page.url() };
      errors.push(entry);
      // An error logged as an argument shows as "JSHandle@error": its message and stack are read back where the realm allows it.
      for (const arg of message.args()) {
        if ((arg.remoteObject() as { type?: string }).type !== 'error') continue;
        arg
          .evaluate((error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)))
          .then((detail) => {
            entry.text += `\n${detail}`;
          })
          .catch(() => undefined);
      }
    });
    return page;
  };

  // moz-extension pages never report "load" to BiDi: start the navigation, then wait for content.
  const openExtensionPage = async (path: string, readySelector: string) => {
    const page = await newPage();
    page.goto(`${origin}/${path}`).catch(() => undefined);
    // Polled rather than waitForSelector: a query that lands mid-navigation fails in BiDi instead of waiting.
    await poll(() => page.$(readySelector), `${readySelector} in ${path}`, 20_000);
    return page;
  };
  const control = await openExtensionPage('src/extension/options/options.html', '.options');

  return {
    name: 'firefox',
    browser,
    async openTab(url) {
      const tabIds = () => control.evaluate(async () => (await (globalThis as unknown as WithBrowser).browser.tabs.query({})).map((tab) => tab.id!));
      const before = await tabIds();
      const page = await newPage();
      await page.goto(url, { waitUntil: 'load' });
      // Found by elimination, since extensions may not see the URL of every page (about:blank).
      const tabId = await poll(async () => (await tabIds()).find((id) => !before.includes(id)), `the tab id of ${url}`);
      pages.set(tabId, page);
      return tabId;
    },
    async openTabWithInitScript(url, script) {
      const tabIds = () => control.evaluate(async () => (await (globalThis as unknown as WithBrowser).browser.tabs.query({})).map((tab) => tab.id!));
      const before = await tabIds();
      const page = await newPage();
      await page.evaluateOnNewDocument(script);
      await page.goto(url, { waitUntil: 'load' });
      // Found by elimination, since extensions may not see the URL of every page (about:blank).
      const tabId = await poll(async () => (await tabIds()).find((id) => !before.includes(id)), `the tab id of ${url}`);
      pages.set(tabId, page);
      return tabId;
    },
    badgeText: (tabId) => control.evaluate((id) => (globalThis as unknown as WithBrowser).browser.action.getBadgeText({ tabId: id }) as Promise<string>, tabId),
    storedScan: (tabId) =>
      control.evaluate(async (id) => {
        const key = `tab:${id}`;
        return ((await (globalThis as unknown as WithBrowser).browser.storage.session.get(key)) as Record<string, unknown>)[key];
      }, tabId) as Promise<PageScan | undefined>,
    async openPopup(tabId) {
      const page = await openExtensionPage(`src/extension/popup/popup.html?tab=${tabId}`, '.popup[data-state]');
      return puppeteerPopup(page);
    },
    pageEval: (tabId, expression) => pages.get(tabId)!.evaluate(expression),
    // Firefox asks the user before a page may read the clipboard: not testable headless.
    clipboardText: async () => undefined,
    extensionEval: (expression) => control.evaluate(`(async (api) => (${expression}))(globalThis.browser)`),
    async openOptions() {
      return puppeteerPopup(await openExtensionPage('src/extension/options/options.html', '.options[data-ready]'));
    },
    observedRequests: () => [...requests],
    observedErrors: () => [...errors],
    async close() {
      const process = browser.process();
      await Promise.race([browser.close(), new Promise((done) => setTimeout(done, 10_000))]).catch(() => undefined);
      if (process && process.exitCode === null && process.signalCode === null) process.kill('SIGKILL');
      if (languagePack) rmSync(languagePack, { recursive: true, force: true });
    },
  };
}

/**
 * Debian's Firefox ships English only, so its UI language (which `browser.i18n`
 * follows) can be another only with that language's pack installed. An empty
 * pack is enough to make the language available: Firefox's own strings stay
 * English, the extension's follow the requested locale.
 */
function emptyLanguagePack(locale: string, major: string): string {
  const dir = mkdtempSync(join(tmpdir(), `stakes-langpack-${locale}-`));
  mkdirSync(join(dir, 'browser'));
  const manifest = {
    manifest_version: 2,
    name: `Language: ${locale}`,
    version: `${major}.0`,
    langpack_id: locale,
    browser_specific_settings: { gecko: { id: `langpack-${locale}@firefox.mozilla.org`, strict_min_version: `${major}.0`, strict_max_version: `${major}.*` } },
    languages: { [locale]: { version: '20250101000000', chrome_resources: {} } },
    sources: { browser: { base_path: 'browser/' } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

function puppeteerPopup(page: Page): PopupPage {
  return {
    waitFor: async (selector) => {
      await poll(() => page.$(selector), selector);
    },
    text: (selector) => page.$eval(selector, (element) => element.textContent ?? ''),
    companyIds: () => page.$$eval('[data-company]', (items) => items.map((item) => item.getAttribute('data-company') ?? '')),
    eval: (expression) => page.evaluate(expression),
    click: async (selector) => {
      await poll(() => page.$(selector), selector);
      await page.click(selector);
    },
    type: async (selector, text) => {
      await poll(() => page.$(selector), selector);
      await page.type(selector, text);
    },
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    close: () => page.close(),
  };
}
