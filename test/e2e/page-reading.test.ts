import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PageScan } from '../../src/extension/messages';
import { expectedCounts, startGeneratedPages, type GeneratedPages } from './generated-pages';
import { forEachBrowser } from './harness';
import { poll } from './poll';

/**
 * How the content script reads real pages: visible text only, the article
 * apart from the page's furniture, pages that change after load, single-page
 * app routes, and long pages read in slices without freezing the tab.
 */

let generated: GeneratedPages;
beforeAll(async () => {
  generated = await startGeneratedPages();
});
afterAll(async () => {
  await generated?.close();
});

const ids = (scan: PageScan | undefined) => (scan?.companies ?? []).map((company) => company.id).sort();
const byId = (scan: PageScan | undefined) => new Map((scan?.companies ?? []).map((company) => [company.id, company]));

/**
 * Runs in the page before its own scripts: a 10 ms interval whose ticks stop
 * while the main thread is busy. Records every gap over 50 ms with its start
 * on the page's clock, which the content script's own clock shares.
 */
const HEARTBEAT = `
  window.heartbeat = { gaps: [], ticks: 0 };
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 50) heartbeat.gaps.push([last, now - last]);
    heartbeat.ticks++;
    last = now;
  }, 10);
`;

interface Heartbeat {
  gaps: [start: number, length: number][];
  ticks: number;
}

/**
 * The longest stretch, between Stakes' first and last scanning task, in which
 * the page's timer could not tick: each gap clipped to that window.
 */
function longestGapWhileScanning(heartbeat: Heartbeat, work: NonNullable<PageScan['work']>): number {
  let longest = 0;
  for (const [start, length] of heartbeat.gaps) {
    const overlap = Math.min(start + length, work.lastTaskAt) - Math.max(start, work.firstTaskAt);
    longest = Math.max(longest, overlap);
  }
  return longest;
}

forEachBrowser('Reading pages in %s', ({ browser, server, name }) => {
  it('counts only text a reader can see, including open shadow roots and names split by markup or line breaks', async () => {
    const tabId = await browser.openTab(server.url('hidden-content.html'));
    const scan = await poll(() => browser.storedScan(tabId), 'the stored scan');
    // Hidden by CSS (block and inline), `hidden`, aria-hidden, visibility, noscript,
    // template, form fields, contenteditable, script and style: none of them counts.
    expect(ids(scan)).toEqual(['nvidia', 'salesforce', 'scale-ai', 'uber']);
    // The badge is set once the scan is stored: wait for it rather than race it.
    expect(await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the badge')).toBe('4');
    expect(await browser.pageEval(tabId, 'window.domAtReady === document.documentElement.outerHTML')).toBe(true);
  });

  it('tells the article’s companies from those only in navigation, asides, footers, ads and related stories', async () => {
    const tabId = await browser.openTab(server.url('article-and-furniture.html'));
    const scan = await poll(() => browser.storedScan(tabId), 'the stored scan');
    const companies = byId(scan);
    // Headline and two paragraphs name Nvidia; the headline names Intel, and so does the footer.
    expect(companies.get('nvidia')).toMatchObject({ count: 3, inArticle: 3 });
    expect(companies.get('intel')).toMatchObject({ count: 2, inArticle: 1 });
    for (const elsewhere of ['tesla', 'qualcomm', 'uber', 'netflix', 'spotify', 'paypal', 'salesforce']) {
      expect(companies.get(elsewhere), elsewhere).toMatchObject({ count: 1, inArticle: 0 });
    }
    expect(companies.size).toBe(9);
    expect(await browser.pageEval(tabId, 'window.domAtReady === document.documentElement.outerHTML')).toBe(true);
  });

  it('follows a live page: added entries count, withdrawn ones stop counting, and the page’s DOM stays its own', async () => {
    const tabId = await browser.openTab(server.url('dynamic-page.html'));
    const seen: string[] = [];
    await poll(
      async () => {
        const badge = await browser.badgeText(tabId);
        if (badge && badge !== seen[seen.length - 1]) seen.push(badge);
        return (await browser.pageEval(tabId, 'window.mutationsDone === true')) && ids(await browser.storedScan(tabId)).length === 4;
      },
      'the live entries to be counted',
      20_000,
    );
    // Nvidia and Sony at load; Intel, then Qualcomm and AMD arrive; Sony's entry is withdrawn.
    expect(seen[0]).toBe('2');
    expect(seen.some((badge) => Number(badge) > 2)).toBe(true);
    expect(ids(await browser.storedScan(tabId))).toEqual(['amd', 'intel', 'nvidia', 'qualcomm']);
    expect(await browser.badgeText(tabId)).toBe('4');
    // The page's own snapshot after its own changes: Stakes added nothing on top.
    expect(await browser.pageEval(tabId, 'window.domAfterMutations === document.documentElement.outerHTML && window.domAfterMutations.length > 500')).toBe(true);
  });

  it('starts over when a single-page app moves to a new story', async () => {
    const tabId = await browser.openTab(server.url('spa-route.html'));
    const first = await poll(() => browser.storedScan(tabId), 'the first story’s scan');
    expect(ids(first)).toEqual(['paypal', 'tesla', 'uber']);
    const second = await poll(async () => {
      const scan = await browser.storedScan(tabId);
      return ids(scan).includes('netflix') ? scan : undefined;
    }, 'the second story’s scan');
    expect(ids(second)).toEqual(['netflix', 'spotify']);
    expect(byId(second).get('netflix')).toMatchObject({ count: 2, inArticle: 2 });
    // A new address with the same text: the background forgets a tab when its
    // address changes (Chromium), so the content script must notice the new
    // address by itself and report again.
    await poll(() => browser.pageEval(tabId, 'window.pagedOn === true'), 'the second address');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(ids(await browser.storedScan(tabId))).toEqual(['netflix', 'spotify']);
    expect(await browser.badgeText(tabId)).toBe('2');
  });

  it('reads a deeply nested page without recursion trouble', async () => {
    // 400 levels: this Chromium's renderer itself crashes from about 800
    // (with or without Stakes), and Firefox stops rendering text a few
    // thousand levels down; the walker keeps its own stack, so depth costs it nothing.
    const tabId = await browser.openTab(generated.deepUrl(400));
    const scan = await poll(() => browser.storedScan(tabId), 'the deep page’s scan', 30_000);
    expect(await browser.pageEval(tabId, 'window.depthBuilt')).toBe(400);
    expect(ids(scan)).toEqual(['nvidia', 'tesla']);
  });

  // One retry: on a shared two-core machine the OS may pause the browser mid-slice, which our clock counts.
  it('reads a 1 MB, 5,000-paragraph article in slices well under 50 ms', { retry: 1 }, async () => {
    const paragraphs = 5_000;
    const tabId = await browser.openTabWithInitScript(generated.url(paragraphs), HEARTBEAT);
    const expected = expectedCounts(paragraphs);
    const scan = await poll(
      async () => {
        const stored = await browser.storedScan(tabId);
        return byId(stored).get('nvidia')?.count === expected.nvidia ? stored : undefined;
      },
      'the long article’s scan',
      30_000,
    );
    expect(byId(scan).get('nvidia')).toMatchObject({ count: expected.nvidia, inArticle: expected.nvidia });
    expect(byId(scan).get('intel')).toMatchObject({ count: expected.intel, inArticle: expected.intel });
    expect(scan.textLength).toBeGreaterThan(1_000_000);
    // Measured by the content script's own clock around each slice, so the
    // page's own layout of a megabyte of text does not count against it.
    const work = scan.work!;
    console.info(`${name} 1 MB page: longest scanning task ${work.longestTaskMs.toFixed(1)} ms, ${work.tasks} tasks, ${work.busyMs.toFixed(0)} ms busy, matcher setup ${work.setupMs.toFixed(0)} ms`);
    expect(work.tasks).toBeGreaterThan(5);
    expect(work.longestTaskMs).toBeLessThan(50);
  });

  it('reads an 8 MB page to the end while the tab keeps responding', { retry: 1 }, async () => {
    const paragraphs = 33_000;
    const tabId = await browser.openTabWithInitScript(generated.url(paragraphs), HEARTBEAT);
    const expected = expectedCounts(paragraphs);
    const scan = await poll(
      async () => {
        const stored = await browser.storedScan(tabId);
        return byId(stored).get('nvidia')?.count === expected.nvidia ? stored : undefined;
      },
      'the 8 MB page’s scan',
      60_000,
    );
    expect(byId(scan).get('intel')?.count).toBe(expected.intel);
    expect(scan.textLength).toBeGreaterThan(8_000_000);
    await poll(async () => (await browser.badgeText(tabId)) === '2', 'the badge');
    const heartbeat = (await browser.pageEval(tabId, 'window.heartbeat')) as Heartbeat;
    const work = scan.work!;
    const gap = longestGapWhileScanning(heartbeat, work);
    console.info(
      `${name} 8 MB page: longest scanning task ${work.longestTaskMs.toFixed(1)} ms over ${work.tasks} tasks (${work.busyMs.toFixed(0)} ms busy, ${(work.lastTaskAt - work.firstTaskAt).toFixed(0)} ms wall); page timer's longest wait meanwhile ${gap.toFixed(0)} ms`,
    );
    expect(heartbeat.ticks).toBeGreaterThan(10);
    expect(gap).toBeLessThan(200);
    expect(work.longestTaskMs).toBeLessThan(50);
  });
});
