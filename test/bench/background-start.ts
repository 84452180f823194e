import { parseReply, type EngineStats } from '../../src/extension/messages';
import type { WithChrome } from '../e2e/extension-global';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { CDPSession } from 'playwright-core';
import { launchBenchBrowser, openTab, until, type BenchBrowser } from './bench-browser';
import type { BuiltVariant } from './build-variant';
import { median } from './measure';
import { newsArticleHtml, serveArticles } from './news-page';

/**
 * The background's cold start: (a) in Node, a fresh process per run opens
 * the store from the build output and answers a first match request; (b) in
 * the real extension, the stopped service worker is woken by a page's
 * content script and asked for its own figure (`engine-stats`).
 */

export interface NodeStart {
  label: string;
  format: string;
  names: number;
  storeBytes: number;
  /** Median ms from the start of the work (read the store) to the first answer. */
  workMs: number;
  /** The same moment on the process's clock, Node's own start-up included. */
  sinceProcessStartMs: number;
  /** Heap held by the open store (after full collections), bytes. */
  heapBytes: number;
  runs: number;
}

export type { EngineStats };

export interface ChromiumStart {
  label: string;
  /** Median of the worker's own figures, or null while the background does not answer engine-stats. */
  coldStartMs: number | null;
  /** Median time from the first request's arrival to its reply: what a cold start costs whoever waits for it. */
  ownMs: number | null;
  /** Median time the browser took to start the worker before our code ran. */
  browserMs: number | null;
  loadMs: number | null;
  stats: EngineStats | undefined;
  /** Median ms for an extension page's message to wake the stopped worker and get a reply: seen from outside. */
  wakeRoundTripMs: number;
  /** The worker's JS heap after a full collection (CDP Runtime.getHeapUsage on its target), bytes. */
  heapBytes: number | undefined;
  runs: number;
  /** Runs in which the woken worker never stored the page's scan (10 s). */
  lostScans: number;
  /** The worker's running status (CDP) when a scan was found lost. */
  lostStatuses: string[];
}

/** A first request the size of a short article. */
function firstRequestText(names: readonly string[]): string {
  return newsArticleHtml({ textLength: 4 * 1024, seed: 0xf1257, names }).replace(/<[^>]+>/g, ' ');
}

export async function measureNodeStart(variants: readonly BuiltVariant[], names: readonly string[], runs: number): Promise<NodeStart[]> {
  const work = mkdtempSync(join(tmpdir(), 'stakes-bench-start-'));
  try {
    const child = join(work, 'child.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./background-start-child.ts', import.meta.url))],
      bundle: true,
      outfile: child,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      minify: true,
    });
    const request = join(work, 'request.txt');
    writeFileSync(request, firstRequestText(names));
    const results: NodeStart[] = [];
    const samples = new Map<string, { workMs: number; sinceProcessStartMs: number; heapBytes: number; format: string; names: number; bytes: number }[]>();
    // Sizes in turn, run after run, so a busy moment on the machine falls on all of them alike.
    for (let run = 0; run < runs; run++) {
      for (const variant of variants) {
        const line = execFileSync(process.execPath, ['--expose-gc', child, variant.dir, request], { encoding: 'utf8' });
        const list = samples.get(variant.label) ?? samples.set(variant.label, []).get(variant.label)!;
        list.push(JSON.parse(line));
      }
    }
    for (const variant of variants) {
      const list = samples.get(variant.label)!;
      results.push({
        label: variant.label,
        format: list[0].format,
        names: list[0].names,
        storeBytes: list[0].bytes,
        workMs: median(list.map((s) => s.workMs)),
        sinceProcessStartMs: median(list.map((s) => s.sinceProcessStartMs)),
        heapBytes: median(list.map((s) => s.heapBytes)),
        runs,
      });
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function measureChromiumStart(variants: readonly BuiltVariant[], names: readonly string[], runs: number): Promise<{ version: string; rows: ChromiumStart[] }> {
  const server = await serveArticles({ '/news/wake': newsArticleHtml({ textLength: 8 * 1024, seed: 0x3a4e, names }) });
  const rows: ChromiumStart[] = [];
  let version = '';
  try {
    for (const variant of variants) {
      const browser = await launchBenchBrowser(variant.dir);
      version = browser.version;
      try {
        rows.push(await coldStarts(browser, variant.label, server.url('/news/wake'), runs));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return { version, rows };
}

async function coldStarts(browser: BenchBrowser, label: string, url: string, runs: number): Promise<ChromiumStart> {
  const extension = browser.extension!;
  const coldStarts: number[] = [];
  const owns: number[] = [];
  const browsers: number[] = [];
  const loads: number[] = [];
  const roundTrips: number[] = [];
  let stats: EngineStats | undefined;
  let lostScans = 0;
  const lostStatuses = new Set<string>();
  for (let run = 0; run < runs; run++) {
    // Woken by the content script's first request, as on a reader's first article.
    await extension.stopServiceWorker();
    const { page, tabId } = await openTab(browser, `${url}?run=${run}`);
    // Seen on today's build: now and then the scan of a page that woke the worker is never stored.
    const stored = await until(() => extension.storedScan(tabId), 'the scan to be stored', 10_000).catch(() => undefined);
    if (!stored) lostScans++;
    if (!stored) {
      // Highlights are drawn by the content script after its scan: they tell whether it ran.
      const highlights = await page.evaluate(() => CSS.highlights.size).catch(() => -1);
      lostStatuses.add(`${extension.workerStatus() ?? 'unknown'}${extension.worker() ? '' : ', no worker target'}, page highlights ${highlights}`);
    }
    stats = await engineStats(browser);
    if (stats?.coldStartMs != null) {
      coldStarts.push(stats.coldStartMs);
      // From the first request's arrival (or our first line, if later) to its reply.
      owns.push(stats.coldStartMs - Math.max(stats.scriptStartMs, stats.firstRequestMs ?? stats.scriptStartMs));
      browsers.push(stats.scriptStartMs);
    }
    if (stats?.loadMs != null) loads.push(stats.loadMs);
    await page.close();
    // Woken by an extension page's message, timed from that page.
    await extension.stopServiceWorker();
    roundTrips.push(
      await extension.control.evaluate(async () => {
        const started = performance.now();
        await (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ type: 'popup→background:engine-stats', payload: {} }).catch(() => undefined);
        return performance.now() - started;
      }),
    );
  }
  return {
    label,
    coldStartMs: coldStarts.length > 0 ? median(coldStarts) : null,
    ownMs: owns.length > 0 ? median(owns) : null,
    browserMs: browsers.length > 0 ? median(browsers) : null,
    loadMs: loads.length > 0 ? median(loads) : null,
    stats,
    wakeRoundTripMs: median(roundTrips),
    heapBytes: await workerHeap(browser).catch(() => undefined),
    runs,
    lostScans,
    lostStatuses: [...lostStatuses],
  };
}

/** The background's own figures, or undefined while it does not answer the message. */
async function engineStats(browser: BenchBrowser): Promise<EngineStats | undefined> {
  const reply = await browser.extension!.control.evaluate(() => (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ type: 'popup→background:engine-stats', payload: {} }).catch(() => undefined));
  // The extension's own validator for this reply: the bench reads only what the message map promises.
  return parseReply('popup→background:engine-stats', reply);
}

/**
 * The service worker's used JS heap after a full collection. Playwright has no
 * session for worker targets, so this goes through the control page's CDP
 * session: attach to the worker's target and talk to it by Target messages.
 */
async function workerHeap(browser: BenchBrowser): Promise<number | undefined> {
  const extension = browser.extension!;
  // Awake, and with the store loaded (a message makes it load it if it loads lazily).
  await extension.control.evaluate(() => (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ type: 'popup→background:engine-stats', payload: {} }).catch(() => undefined));
  const session: CDPSession = await browser.context.newCDPSession(extension.control);
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] };
    const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extension.id}/`));
    if (!target) return undefined;
    const { sessionId } = (await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    let nextId = 0;
    const pending = new Map<number, (message: { result?: Record<string, number> }) => void>();
    session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: Record<string, number> };
      if (message.id !== undefined) pending.get(message.id)?.(message);
    });
    const send = (method: string) =>
      new Promise<{ result?: Record<string, number> }>((resolve) => {
        const id = ++nextId;
        pending.set(id, resolve);
        void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) } as never);
      });
    await send('HeapProfiler.collectGarbage');
    const usage = await send('Runtime.getHeapUsage');
    return usage.result?.usedSize;
  } finally {
    await session.detach();
  }
}
