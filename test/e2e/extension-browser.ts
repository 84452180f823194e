/** What an end-to-end test needs from a browser with Stakes installed; one implementation per browser. */
export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  /** Opens a page in a new tab and returns that tab's id once the page has loaded. */
  openTab(url: string): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  /** Opens `popup.html?tab=<id>` as a page and returns a handle to read it. */
  openPopup(tabId: number): Promise<PopupPage>;
  /** Evaluates a script expression in the page opened by `openTab`. */
  pageEval(tabId: number, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export interface PopupPage {
  /** Waits for a CSS selector to appear. */
  waitFor(selector: string): Promise<void>;
  text(selector: string): Promise<string>;
  /** `data-company` of each company in the list, in order. */
  companyIds(): Promise<string[]>;
  close(): Promise<void>;
}
