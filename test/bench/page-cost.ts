import type { WithChrome } from '../e2e/extension-global';
import type { NameTable } from '../../src/core/index';
import { launchBenchBrowser, until, type BenchBrowser } from './bench-browser';
import { median } from './measure';
import { newsArticleHtml, readableNames, serveArticles } from './news-page';

/**
 * What Stakes adds to a news page's main thread. An article is served on
 * http://127.0.0.1 (which the end-to-end build reads by itself, as it does
 * a listed news site) and loaded in a fresh tab of a browser with the
 * extension and of one without; after `load` plus 3 s, CDP
 * `Performance.getMetrics` gives the page's ScriptDuration and TaskDuration.
 * Loads alternate between the browsers (without, build 1, build 2, …) so the
 * machine's load drifts over all of them alike; the figure is the difference
 * of the medians.
 */
export interface PageCostBuild {
  label: string;
  dir: string;
  /** Settings stored before the loads (e.g. the site paused: the content script is injected and stops at once). */
  settings?: Record<string, unknown>;
}

export interface PageCostRow {
  build: string;
  article: string;
  /** Median ms with the extension and without it. */
  script: { with: number; without: number };
  task: { with: number; without: number };
  addedScriptMs: number;
  addedTaskMs: number;
  /** Companies the background stored for the page, in the last load (proves the scan ran). */
  companies: number | undefined;
  loads: number;
}

export const ARTICLES = [
  { label: '8 KB', path: '/news/article-8k', textLength: 8 * 1024 },
  { label: '64 KB', path: '/news/article-64k', textLength: 64 * 1024 },
];
const SETTLE_MS = 3_000;

export async function measurePageCost(builds: readonly PageCostBuild[], table: NameTable, loads: number): Promise<{ version: string; rows: PageCostRow[] }> {
  const names = readableNames(table);
  const server = await serveArticles(Object.fromEntries(ARTICLES.map((article, i) => [article.path, newsArticleHtml({ textLength: article.textLength, seed: 0xa271c1e + i, names })])));
  const baseline = await launchBenchBrowser();
  const browsers: BenchBrowser[] = [];
  try {
    for (const build of builds) {
      const browser = await launchBenchBrowser(build.dir);
      if (build.settings) await browser.extension!.control.evaluate((settings) => (globalThis as unknown as WithChrome).chrome.storage.sync.set({ settings }), { version: 1, ...build.settings });
      browsers.push(browser);
    }
    const samples = new Map<string, { script: number[]; task: number[]; companies?: number }>();
    const sample = (key: string) => samples.get(key) ?? samples.set(key, { script: [], task: [] }).get(key)!;
    for (let run = 0; run < loads; run++) {
      for (const article of ARTICLES) {
        const url = `${server.url(article.path)}?load=${run}`;
        for (const [index, browser] of [baseline, ...browsers].entries()) {
          const key = `${index === 0 ? '' : builds[index - 1].label}|${article.label}`;
          const load = await measureLoad(browser, url);
          const into = sample(key);
          into.script.push(load.scriptMs);
          into.task.push(load.taskMs);
          if (load.companies !== undefined) into.companies = load.companies;
        }
      }
    }
    const rows: PageCostRow[] = [];
    for (const build of builds) {
      for (const article of ARTICLES) {
        const without = samples.get(`|${article.label}`)!;
        const withExtension = samples.get(`${build.label}|${article.label}`)!;
        const script = { with: median(withExtension.script), without: median(without.script) };
        const task = { with: median(withExtension.task), without: median(without.task) };
        rows.push({ build: build.label, article: article.label, script, task, addedScriptMs: script.with - script.without, addedTaskMs: task.with - task.without, companies: withExtension.companies, loads });
      }
    }
    return { version: baseline.version, rows };
  } finally {
    await Promise.all([baseline, ...browsers].map((browser) => browser.close()));
    await server.close();
  }
}

async function measureLoad(browser: BenchBrowser, url: string): Promise<{ scriptMs: number; taskMs: number; companies: number | undefined }> {
  const before = browser.extension ? await browser.extension.tabIds() : [];
  const page = await browser.context.newPage();
  try {
    const session = await browser.context.newCDPSession(page);
    await session.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    let companies: number | undefined;
    if (browser.extension) {
      // Read after the metrics, so the extension's own calls cannot add to them.
      const extension = browser.extension;
      const tabId = await until(async () => (await extension.tabIds()).find((id) => !before.includes(id)), 'the tab id');
      companies = (await until(() => extension.storedScan(tabId), 'the stored scan', 5_000).catch(() => undefined))?.companies.length;
    }
    await session.detach();
    return { scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration'), companies };
  } finally {
    await page.close();
  }
}
