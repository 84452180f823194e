import type { WithChrome } from '../e2e/extension-global';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH } from '../../src/build/browser-paths';

/**
 * Debian's Chromium (new headless) for the page-level benchmarks, with one
 * built extension loaded unpacked, or none (the baseline). Same flags either
 * way, so the only difference between the two is the extension.
 */
export interface BenchBrowser {
  context: BrowserContext;
  version: string;
  /** Undefined without an extension. */
  extension?: {
    id: string;
    /** An extension page (options) that stays open, for calling extension APIs. */
    control: Page;
    worker(): Worker | undefined;
    /** The worker's last running status reported by CDP, once stopServiceWorker has been called. */
    workerStatus(): string | undefined;
    stopServiceWorker(): Promise<void>;
    /** The stored scan of a tab, once the background has saved it. */
    storedScan(tabId: number): Promise<{ companies: unknown[]; textLength: number } | undefined>;
    tabIds(): Promise<number[]>;
  };
  close(): Promise<void>;
}

export async function launchBenchBrowser(extensionDir?: string, extraArgs: string[] = []): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'stakes-bench-'));
  const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, timeout: 60_000, args });
  const close = async () => {
    await Promise.race([context.close(), new Promise((done) => setTimeout(done, 10_000))]);
    rmSync(profile, { recursive: true, force: true });
  };
  const probe = await context.newPage();
  // The user agent says 156.0.0.0 these days; the browser itself knows better.
  const probeSession = await context.newCDPSession(probe);
  const { product } = await probeSession.send('Browser.getVersion');
  const version = product.replace(/^[^/]*\//, '');
  await probeSession.detach();
  await probe.close();
  if (!extensionDir) return { context, version, close };

  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const first = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
  const id = new URL(first.url()).host;
  const control = await context.newPage();
  await control.goto(`chrome-extension://${id}/src/extension/options/options.html`);
  let session: CDPSession | undefined;
  let latest: string | undefined;
  let stopsSeen = 0;
  return {
    context,
    version,
    extension: {
      id,
      control,
      worker: () => context.serviceWorkers().find(isOurs),
      workerStatus: () => latest,
      async stopServiceWorker() {
        if (!session) {
          session = await context.newCDPSession(control);
          session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            for (const version of versions) {
              if (!version.scriptURL.startsWith(`chrome-extension://${id}/`)) continue;
              latest = version.runningStatus;
              if (latest === 'stopped') stopsSeen++;
            }
          });
          await session.send('ServiceWorker.enable');
          await until(() => latest !== undefined, 'the service worker status', 5_000);
        }
        // A worker stopped while starting is started again at once to get its event, so a starting
        // worker is let finish first; and one that restarts right after stopping is stopped again.
        for (let attempt = 0; attempt < 10; attempt++) {
          await until(() => latest !== 'starting', 'the service worker to finish starting', 30_000);
          if (latest === 'stopped') {
            await new Promise((resolve) => setTimeout(resolve, 200));
            if (latest === 'stopped') return;
            continue;
          }
          const before = stopsSeen;
          await session.send('ServiceWorker.stopAllWorkers');
          await until(() => stopsSeen > before, 'the service worker to stop', 5_000).catch(() => undefined);
        }
        throw new Error(`The service worker did not stop (${latest})`);
      },
      storedScan: (tabId) => control.evaluate(async (key) => ((await (globalThis as unknown as WithChrome).chrome.storage.session.get(key)) as Record<string, { companies: unknown[]; textLength: number } | undefined>)[key], `tab:${tabId}`),
      tabIds: () => control.evaluate(async () => (await (globalThis as unknown as WithChrome).chrome.tabs.query({})).map((tab) => tab.id!)),
    },
    close,
  };
}

/** Polls every 20 ms (benchmarks wait on short things). */
export async function until<T>(probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch {
      // Not ready yet (a worker restarting, a page navigating).
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Opens a URL in a new tab of an extension browser and finds its tab id by elimination. */
export async function openTab(browser: BenchBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const extension = browser.extension!;
  const before = await extension.tabIds();
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await until(async () => (await extension.tabIds()).find((tab) => !before.includes(tab)), `the tab id of ${url}`);
  return { page, tabId };
}
