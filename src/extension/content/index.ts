import { MAX_COMPANIES, parseMessage, request, type PageCandidate, type PageScan } from '../messages';
import { pausedSiteFor, type Settings } from '../settings/settings-schema';
import { api, loadSettings, subscribeSettings, toBackground } from './extension-api';
import { PageHighlights } from './highlights';
import { HoverCards } from './hover-card';
import { Lifetime } from './lifetime';
import { PageScanner } from './page-scanner';
import { summarizePage } from './page-summary';
import { nextTask, SliceClock, workStats } from './scheduling';

/**
 * Finds the companies named on the page and tells the background, then keeps
 * the answer current as the page changes (infinite scroll, live blogs,
 * single-page-app routes).
 *
 * Gentle by construction: this script only reads the page's text and hands it
 * to the background, which holds the names and matches them off the page's
 * main thread, so what a page costs does not depend on the dataset's size. It
 * reads only (no element, attribute or page-visible global is ever added:
 * this bundle runs in the extension's isolated world); work runs in slices of
 * about 12 ms; the MutationObserver callback only notes what changed; errors
 * stay here. What the reader sees is reversible at once: highlights are
 * ranges in `CSS.highlights` with one adopted style sheet (no element), and
 * the hover card's single host element exists only while a card shows.
 * Everything it starts belongs to one Lifetime: pausing the site ends it,
 * leaving no timer, listener or observer behind.
 */

/** Pages with more visible text than this are read but not underlined. */
const MAX_HIGHLIGHTED_PAGE_CHARACTERS = 2_000_000;
/** At most one report to the background per this many milliseconds. */
const REPORT_INTERVAL_MS = 500;
/** How often the address is compared, for single-page apps that change it without changing the DOM. */
const URL_POLL_MS = 1_000;
/** Changes wait this long at most for an idle moment. */
const IDLE_TIMEOUT_MS = 300;
/** A text is sent to the background in pieces no longer than this. */
const MAX_MESSAGE_TEXT = 256_000;

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'aria-hidden', 'open'] };

/**
 * Waits for the page to finish loading and for an idle moment: a news page is
 * at its busiest while it loads, and its first layout is the page's own work,
 * which our first style read would otherwise force into one of our tasks.
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
  const page = new Lifetime();
  const begin = () => afterNextFrame(page, () => page.whenIdle(() => guard(() => watch(page, settings)), 2_000));
  if (document.readyState === 'complete') begin();
  else page.listen(window, 'load', () => guard(begin), { once: true });
}

/**
 * After the page's next frame, when its style and layout are fresh, so that
 * our first visibility check does not force them. Hidden tabs get no frames:
 * a timeout stands in.
 */
function afterNextFrame(page: Lifetime, callback: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(() => page.setTimeout(once, 0));
  page.setTimeout(once, 1_000);
}

/** Has the background match a text, in pieces of at most MAX_MESSAGE_TEXT characters cut at paragraph breaks. */
async function matchInBackground(text: string): Promise<PageCandidate[]> {
  const found: PageCandidate[] = [];
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + MAX_MESSAGE_TEXT);
    if (to < text.length) {
      const cut = text.lastIndexOf('\n\n', to);
      if (cut > from) to = cut;
    }
    const reply = await request(toBackground, 'content→background:match-text', { text: text.slice(from, to) });
    for (const candidate of reply?.candidates ?? []) found.push(from === 0 ? candidate : { ...candidate, start: candidate.start + from, end: candidate.end + from });
    from = to;
  }
  return found;
}

function watch(page: Lifetime, initial: Settings): void {
  const observer = page.track(
    new MutationObserver((mutations) =>
      guard(() => {
        scanner.record(mutations);
        schedule();
      }),
    ),
  );
  const scanner = new PageScanner(matchInBackground, document, (root) => observer.observe(root, OBSERVED));
  const highlights = new PageHighlights(page);
  const cards = new HoverCards(page, highlights, (host) => scanner.ours.add(host));
  page.onEnd(() => {
    cards.disable();
    highlights.disable();
  });
  /** The highlights lag the blocks: brought up to date when the scanner has nothing left to do. */
  let highlightsStale = true;
  let url = location.href;
  let running = false;
  let scheduled = false;
  let lastReport = 0;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = '';
  let mustSend = true;

  const schedule = () => {
    if (page.ended || running || scheduled) return;
    scheduled = true;
    page.whenIdle(() => {
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
          if (!highlightsStale || page.ended) break;
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
        if (page.ended) break;
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
    if (running || page.ended) return;
    const wait = lastReport + REPORT_INTERVAL_MS - Date.now();
    if (wait > 0) {
      reportTimer ??= page.setTimeout(() => {
        reportTimer = undefined;
        guard(report);
      }, wait);
      return;
    }
    const summary = summarizePage(scanner.blocks);
    const scan: PageScan = {
      url: location.href,
      companies: summary.companies.slice(0, MAX_COMPANIES),
      textLength: summary.textLength,
      scannedAt: Date.now(),
      work: { ...workStats },
      live: { ...page.live },
    };
    const signature = JSON.stringify([scan.url, scan.companies]);
    if (!mustSend && signature === lastSent) return;
    mustSend = false;
    lastSent = signature;
    lastReport = Date.now();
    // Undefined when the extension was reloaded or updated under this page: nothing to tell.
    void request(toBackground, 'content→background:page-scanned', scan);
  };

  /** Highlights and hover cards follow the settings at once, both ways. */
  const apply = (settings: Settings) => {
    if (settings.highlights && !page.ended) {
      if (!highlights.enabled) {
        highlights.enable();
        highlightsStale = true;
        if (!running) void run();
      }
    } else highlights.disable();
    if (settings.highlights && settings.hoverCards && !page.ended) cards.enable();
    else cards.disable();
    // The report carries what is running (diagnostics): once the page was reported, tell the background what changed.
    if (lastReport > 0) {
      mustSend = true;
      report();
    }
  };
  apply(initial);

  // Pausing the site stops reading at once, removes every trace from the page and clears what was
  // reported; resuming reloads the page. Ending the lifetime stops every timer, listener and observer.
  const unsubscribe = subscribeSettings((settings) =>
    guard(() => {
      if (!pausedSiteFor(location.href, settings.pausedSites)) return apply(settings);
      if (page.ended) return;
      scanner.reset();
      page.end();
      const empty: PageScan = { url: location.href, companies: [], textLength: 0, scannedAt: Date.now(), live: { ...page.live } };
      void request(toBackground, 'content→background:page-scanned', empty);
    }),
  );
  page.onEnd(unsubscribe);
  // "Show on page" in the popup: only our own extension pages may ask (web pages cannot reach
  // this listener; our popup may be open as a tab, so `sender.tab` alone cannot tell).
  page.listenTo(api.runtime.onMessage, (raw: unknown, sender: { id?: string; url?: string }, sendResponse: (reply: unknown) => void) => {
    const message = parseMessage(raw);
    if (message?.type !== 'popup→content:show-mention' || sender.id !== api.runtime.id || !sender.url?.startsWith(api.runtime.getURL(''))) return undefined;
    let reply = { index: 0, total: 0 };
    guard(() => {
      if (!page.ended) reply = highlights.show(scanner.blocks, message.payload.id, message.payload.index);
    });
    sendResponse(reply);
    return undefined;
  });
  observer.observe(document, OBSERVED);
  // History changes made by the page's own script are invisible from this world
  // (wrapping history.pushState would mean touching the page): the address is
  // compared at every batch, on popstate/hashchange, and once a second.
  const onMaybeNavigated = () =>
    guard(() => {
      if (checkUrl()) schedule();
    });
  page.listen(window, 'popstate', onMaybeNavigated);
  page.listen(window, 'hashchange', onMaybeNavigated);
  page.setInterval(onMaybeNavigated, URL_POLL_MS);
  // Back/forward cache: the background forgot this page when the tab left it.
  page.listen(window, 'pageshow', (event) =>
    guard(() => {
      if (event.persisted) {
        mustSend = true;
        report();
      }
    }),
  );
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
