import type { PageScan } from '../../src/extension/messages';

/** What an end-to-end test needs from a browser with Stakes installed; one implementation per browser. */
export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  /** Opens a page in a new tab and returns that tab's id once the page has loaded. */
  openTab(url: string): Promise<number>;
  /** Like `openTab`, with `script` run in the page before any of the page's own scripts. */
  openTabWithInitScript(url: string, script: string): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** The scan the background stored for the tab (`storage.session`, key `tab:<id>`), read from an extension page. */
  storedScan(tabId: number): Promise<PageScan | undefined>;
  /** Opens `popup.html?tab=<id>` as a page and returns a handle to read it. */
  openPopup(tabId: number): Promise<PopupPage>;
  /** Evaluates a script expression in the page opened by `openTab`. */
  pageEval(tabId: number, expression: string): Promise<unknown>;
  /** Evaluates a script expression in an extension page (storage, tabs); `api` there is `browser` or `chrome`. */
  extensionEval(expression: string): Promise<unknown>;
  /** The clipboard's text, read from a web page at `readerUrl` where the browser lets a test read it; undefined elsewhere. */
  clipboardText(readerUrl: string): Promise<string | undefined>;
  /** Opens the options page as a tab and returns a handle to read it. */
  openOptions(): Promise<PopupPage>;
  /**
   * Every network request the browser reported since launch, oldest first.
   * Chromium: web pages and their frames, extension pages and the extension's
   * service worker. Firefox: only the pages this harness opened (tabs, popups,
   * options, its control page); the background script's requests are not
   * observable over WebDriver BiDi.
   */
  observedRequests(): ObservedRequest[];
  /**
   * Uncaught errors and console messages of the pages this harness opened, since
   * launch, oldest first. Chromium reports the content script's isolated world
   * too; Firefox (BiDi) reports the page's own world only.
   */
  observedErrors(): ObservedError[];
  close(): Promise<void>;
}

/** One request as the browser reported it. */
export interface ObservedRequest {
  url: string;
  /** Who made it: a web page (or one of its frames), an extension page, or a service worker. */
  by: 'page' | 'extension-page' | 'service-worker';
  /** The address of the document or worker that made it (for a navigation, the address navigated to). */
  from: string;
}

/** An uncaught error (`pageerror`) or a console message, with where it came from. */
export interface ObservedError {
  kind: 'pageerror' | 'console';
  /** For console messages: `error`, `warning`, `debug`…; for errors: `error`. */
  level: string;
  text: string;
  /** The error's stack, or the console call's source location. */
  stack: string;
  /** The address of the page it was reported on. */
  page: string;
}

export interface PopupPage {
  /** Waits for a CSS selector to appear. */
  waitFor(selector: string): Promise<void>;
  text(selector: string): Promise<string>;
  /** `data-company` of each company in the list, in order. */
  companyIds(): Promise<string[]>;
  /** Evaluates a script expression in the page (an async expression's result is awaited). */
  eval(expression: string): Promise<unknown>;
  /** Clicks the element like a user: a trusted event, with user activation. */
  click(selector: string): Promise<void>;
  /** Types into the element after focusing it. */
  type(selector: string, text: string): Promise<void>;
  /** Presses a key ("Enter", "ArrowDown", "Tab") on the focused element. */
  press(key: string): Promise<void>;
  close(): Promise<void>;
}
