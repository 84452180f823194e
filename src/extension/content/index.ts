import table from 'virtual:stakes/names';
import { Matcher } from '../../core/matcher';
import { makeMessage, MAX_COMPANIES, parseMessage, type PageScan } from '../messages';
import { pausedSiteFor, type Settings } from '../settings/settings-schema';
import { api, loadSettings, subscribeSettings } from './extension-api';
import { PageHighlights } from './highlights';
import { HoverCards } from './hover-card';
import { PageScanner } from './page-scanner';
import { summarizePage } from './page-summary';
import { nextTask, SliceClock, whenIdle, workStats } from './scheduling';

/**
 * Finds the companies named on the page and tells the background, then keeps
 * the answer current as the page changes (infinite scroll, live blogs,
 * single-page-app routes).
 *
 * Gentle by construction: reads only (no element, attribute or page-visible
 * global is ever added: this bundle runs in the extension's isolated world);
 * work runs in slices of about 12 ms; the MutationObserver callback only notes
 * what changed; errors stay here. What the reader sees is reversible at once:
 * highlights are ranges in `CSS.highlights` with one adopted style sheet (no
 * element), and the hover card's single host element exists only while a
 * card shows. Turning highlights off or pausing the site removes all three.
 */

/** Pages with more visible text than this are read but not underlined. */
const MAX_HIGHLIGHTED_PAGE_CHARACTERS = 2_000_000;
/** At most one report to the background per this many milliseconds. */
const REPORT_INTERVAL_MS = 500;
/** How often the address is compared, for single-page apps that change it without changing the DOM. */
const URL_POLL_MS = 1_000;
/** Changes wait this long at most for an idle moment. */
const IDLE_TIMEOUT_MS = 300;

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'aria-hidden', 'open'] };

/**
 * Waits for the page to finish loading and for an idle moment: a news page is
 * at its busiest while it loads, and its first layout is the page's own work,
 * which our first style read would otherwise force into one of our tasks.
 * Building the matcher is one indivisible task (tens of milliseconds, in the
 * core), so it waits too.
 */
async function start(): Promise<void> {
  // Injected twice (listed site, then a click that injects again): one reader is enough.
  // This flag lives in the extension's isolated world; the page cannot see it.
  const world = globalThis as { stakesContentScript?: boolean };
  if (world.stakesContentScript) return;
  world.stakesContentScript = true;
  // A site the reader paused is not read at all.
  const settings = await loadSettings();
  if (pausedSiteFor(location.href, settings.pausedSites)) return;
  const begin = () => afterNextFrame(() => whenIdle(() => guard(() => {
    const started = performance.now();
    const matcher = new Matcher(table);
    workStats.setupMs = performance.now() - started;
    watch(matcher, settings);
  }), 2_000));
  if (document.readyState === 'complete') begin();
  else addEventListener('load', () => guard(begin), { once: true });
}

/**
 * After the page's next frame, when its style and layout are fresh, so that
 * our first visibility check does not force them. Hidden tabs get no frames:
 * a timeout stands in.
 */
function afterNextFrame(callback: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 1_000);
}

function watch(matcher: Matcher, initial: Settings): void {
  const observer = new MutationObserver((mutations) => guard(() => {
    scanner.record(mutations);
    schedule();
  }));
  const scanner = new PageScanner(matcher, document, (root) => observer.observe(root, OBSERVED));
  const highlights = new PageHighlights(table);
  const cards = new HoverCards(highlights, table, (host) => scanner.ours.add(host));
  /** The highlights lag the blocks: brought up to date when the scanner has nothing left to do. */
  let highlightsStale = true;
  let url = location.href;
  let running = false;
  let scheduled = false;
  let lastReport = 0;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = '';
  let mustSend = true;

  let paused = false;

  const schedule = () => {
    if (paused || running || scheduled) return;
    scheduled = true;
    whenIdle(() => {
      scheduled = false;
      void run();
    }, IDLE_TIMEOUT_MS);
  };

  /** A new address is a new page to the reader: start over, and always tell the background. */
  const checkUrl = () => {
    if (location.href === url) return false;
    url = location.href;
    scanner.reset();
    mustSend = true;
    return true;
  };

  const run = async () => {
    if (running) return;
    running = true;
    try {
      // A task of its own: never run on from the matcher's construction or the observer's callback.
      await nextTask();
      while (true) {
        checkUrl();
        if (!scanner.pending) {
          if (!highlightsStale || paused) break;
          highlightsStale = false;
          // On a page far longer than any article (megabytes of text), the browser's own work
          // of painting highlights would stall the tab; the popup still lists every company.
          if (scanner.budget.characters > MAX_HIGHLIGHTED_PAGE_CHARACTERS) continue;
          const clock = new SliceClock();
          await highlights.refresh(scanner.blocks, clock);
          clock.end();
          // Changes recorded meanwhile are read on the next turn of the loop.
          continue;
        }
        const clock = new SliceClock();
        await scanner.update(clock);
        clock.end();
        highlightsStale = true;
      }
    } catch (error) {
      console.debug('Stakes could not scan this page', error);
    } finally {
      running = false;
    }
    report();
  };

  const report = () => {
    // A running update reports when it is done.
    if (running || paused) return;
    const wait = lastReport + REPORT_INTERVAL_MS - Date.now();
    if (wait > 0) {
      reportTimer ??= setTimeout(() => {
        reportTimer = undefined;
        guard(report);
      }, wait);
      return;
    }
    const summary = summarizePage(scanner.blocks, table);
    const scan: PageScan = {
      url: location.href,
      companies: summary.companies.slice(0, MAX_COMPANIES),
      textLength: summary.textLength,
      scannedAt: Date.now(),
      work: { ...workStats },
    };
    const signature = JSON.stringify([scan.url, scan.companies]);
    if (!mustSend && signature === lastSent) return;
    mustSend = false;
    lastSent = signature;
    lastReport = Date.now();
    api.runtime.sendMessage(makeMessage('content→background:page-scanned', scan)).catch(() => {
      // The extension was reloaded or updated under this page: nothing to tell.
    });
  };

  /** Highlights and hover cards follow the settings at once, both ways. */
  const apply = (settings: Settings) => {
    if (settings.highlights && !paused) {
      if (!highlights.enabled) {
        highlights.enable();
        highlightsStale = true;
        if (!running) void run();
      }
    } else highlights.disable();
    if (settings.highlights && settings.hoverCards && !paused) cards.enable();
    else cards.disable();
  };
  apply(initial);

  // Pausing the site stops reading at once, removes every trace from the page and clears what was reported; resuming reloads the page.
  subscribeSettings((settings) => guard(() => {
    if (!pausedSiteFor(location.href, settings.pausedSites)) return apply(settings);
    if (paused) return;
    observer.disconnect();
    scanner.reset();
    paused = true;
    apply(settings);
    const empty: PageScan = { url: location.href, companies: [], textLength: 0, scannedAt: Date.now() };
    api.runtime.sendMessage(makeMessage('content→background:page-scanned', empty)).catch(() => undefined);
  }));
  // "Show on page" in the popup: only our own extension pages may ask (web pages cannot reach
  // this listener; our popup may be open as a tab, so `sender.tab` alone cannot tell).
  api.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const message = parseMessage(raw);
    if (message?.type !== 'popup→content:show-mention' || sender.id !== api.runtime.id || !sender.url?.startsWith(api.runtime.getURL(''))) return undefined;
    let reply = { index: 0, total: 0 };
    guard(() => {
      if (!paused) reply = highlights.show(scanner.blocks, message.payload.id, message.payload.index);
    });
    sendResponse(reply);
    return undefined;
  });
  observer.observe(document, OBSERVED);
  // History changes made by the page's own script are invisible from this world
  // (wrapping history.pushState would mean touching the page): the address is
  // compared at every batch, on popstate/hashchange, and once a second.
  const onMaybeNavigated = () => guard(() => {
    if (checkUrl()) schedule();
  });
  addEventListener('popstate', onMaybeNavigated);
  addEventListener('hashchange', onMaybeNavigated);
  setInterval(onMaybeNavigated, URL_POLL_MS);
  // Back/forward cache: the background forgot this page when the tab left it.
  addEventListener('pageshow', (event) => guard(() => {
    if (event.persisted) {
      mustSend = true;
      report();
    }
  }));
  void run();
}

/** No error of ours may reach the page. */
function guard(work: () => void): void {
  try {
    work();
  } catch (error) {
    console.debug('Stakes could not scan this page', error);
  }
}

start().catch((error: unknown) => console.debug('Stakes could not scan this page', error));
