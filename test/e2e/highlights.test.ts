import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PageScan } from '../../src/extension/messages';
import { forEachBrowser } from './harness';
import { poll } from './poll';

/**
 * What a reader sees on the page: company names underlined with the CSS
 * Custom Highlight API (no element added), a hover card in one temporary
 * element, "Show on page" from the popup, and all of it gone at once when
 * highlights are turned off or the site is paused.
 */

const PAGE = 'highlights-article.html';
const mentionCount = (scan: PageScan | undefined) => (scan?.companies ?? []).reduce((sum, company) => sum + company.count, 0);

/** Evaluated in the page's own world: what the page can see of Stakes. */
const HIGHLIGHT_SIZE = `CSS.highlights.get('stakes-mention')?.size ?? 0`;
const HIGHLIGHT_TEXTS = `[...(CSS.highlights.get('stakes-mention') ?? [])].map((range) => range.toString().replace(/\\s+/g, ' '))`;
const OUR_SHEETS = `[...document.adoptedStyleSheets].filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('stakes-mention'))).length`;
const TRACES = `({ mention: CSS.highlights.has('stakes-mention'), flash: CSS.highlights.has('stakes-flash'), sheets: document.adoptedStyleSheets.length, extra: document.documentElement.children.length - 2 })`;
const UNCHANGED = `window.domAtReady === document.documentElement.outerHTML`;
/** The hover card's host: the one element Stakes may add, after <body>, with a closed shadow root. */
const CARD = `(() => { const host = document.body.nextElementSibling; if (!host) return null; const rect = host.getBoundingClientRect(); return { open: host.shadowRoot !== null, width: rect.width, height: rect.height }; })()`;
/** The centre of the first highlighted range whose text is `text`, in viewport coordinates. */
const centreOf = (text: string) =>
  `(() => { const range = [...CSS.highlights.get('stakes-mention')].find((r) => r.toString().replace(/\\s+/g, ' ') === ${JSON.stringify(text)} && r.getBoundingClientRect().top > 0 && r.getBoundingClientRect().bottom < innerHeight); if (!range) return null; const rect = range.getBoundingClientRect(); return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }; })()`;

type Mouse = { move(x: number, y: number): Promise<void>; front(): Promise<void> };

forEachBrowser('Highlights in %s', ({ name, browser, server }) => {
  const launched = browser;
  let tabId: number;
  let expected = 0;

  /** The real pointer over the test page (a trusted event, as a reader's). */
  const mouse = async (): Promise<Mouse> => {
    const url = server.url(PAGE);
    if ('context' in launched) {
      const page = launched.context.pages().find((candidate) => candidate.url() === url)!;
      return { move: (x, y) => page.mouse.move(x, y, { steps: 4 }), front: () => page.bringToFront() };
    }
    const page = (await launched.browser.pages()).find((candidate) => candidate.url() === url)!;
    return { move: (x, y) => page.mouse.move(x, y, { steps: 4 }), front: () => page.bringToFront() };
  };
  /** What the content script reports running on the page (its Lifetime's counts), from the tab's stored scan. */
  const liveOnPage = async () => ((await browser.extensionEval(`api.storage.session.get('tab:${tabId}').then((stored) => stored['tab:${tabId}'])`)) as PageScan | undefined)?.live;
  const setSettings = (settings: object) => browser.extensionEval(`api.storage.sync.set({ settings: ${JSON.stringify({ version: 1, ...settings })} })`);

  beforeAll(async () => {
    tabId = await browser.openTab(server.url(PAGE));
    const scan = await poll(() => browser.storedScan(tabId), 'the stored scan');
    expected = mentionCount(scan);
  });
  afterAll(async () => {
    await browser.extensionEval(`api.storage.sync.remove('settings')`).catch(() => undefined);
  });

  it('underlines every mention the scan counted, across markup and collapsed white space, and adds no element', async () => {
    expect(expected).toBe(8);
    await poll(async () => (await browser.pageEval(tabId, HIGHLIGHT_SIZE)) === expected, `${expected} highlighted mentions`);
    const texts = (await browser.pageEval(tabId, HIGHLIGHT_TEXTS)) as string[];
    expect(texts.filter((text) => text === 'Scale AI')).toHaveLength(3);
    expect(texts.filter((text) => text === 'Nvidia')).toHaveLength(2);
    expect(texts).toContain('OpenAI');
    expect(await browser.pageEval(tabId, OUR_SHEETS)).toBe(1);
    expect(await browser.pageEval(tabId, UNCHANGED)).toBe(true);
  });

  it('underlines names inside open shadow roots like the rest of the page, and removes that too', async () => {
    const shadowTab = await browser.openTab(server.url('shadow-article.html'));
    const SHADOW = `(() => { const root = document.querySelector('story-quote').shadowRoot; return { sheets: [...root.adoptedStyleSheets].filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('stakes-mention'))).length, inside: [...(CSS.highlights.get('stakes-mention') ?? [])].filter((range) => range.startContainer.getRootNode() === root).map((range) => range.toString()) }; })()`;
    const inside = await poll(async () => {
      const state = (await browser.pageEval(shadowTab, SHADOW)) as { sheets: number; inside: string[] };
      return state.inside.length === 2 ? state : undefined;
    }, 'mentions inside the shadow root to be underlined');
    expect(inside.inside.sort()).toEqual(['Microsoft', 'Nvidia']);
    expect(inside.sheets).toBe(1);
    expect(await browser.pageEval(shadowTab, HIGHLIGHT_TEXTS)).toContain('OpenAI');
    expect(await browser.pageEval(shadowTab, UNCHANGED)).toBe(true);
    await setSettings({ highlights: false });
    await poll(async () => JSON.stringify(await browser.pageEval(shadowTab, SHADOW)) === JSON.stringify({ sheets: 0, inside: [] }), 'no trace in the shadow root');
    await browser.extensionEval(`api.storage.sync.remove('settings')`);
    await browser.extensionEval(`api.tabs.remove(${shadowTab})`);
  });

  it('shows a hover card after resting on a name, in one element that goes when the pointer leaves', async () => {
    const pointer = await mouse();
    await pointer.front();
    await pointer.move(5, 5);
    const at = (await poll(() => browser.pageEval(tabId, centreOf('Scale AI')), 'a visible Scale AI')) as { x: number; y: number };
    await pointer.move(at.x, at.y);
    // The card appears only once the background has replied with the facts.
    const card = (await poll(() => browser.pageEval(tabId, CARD), 'the hover card', 5_000)) as { open: boolean; width: number; height: number };
    expect(card.open).toBe(false);
    expect(card.width).toBeGreaterThan(200);
    // Name, three facts, "More in the popup" and the off switch.
    expect(card.height).toBeGreaterThan(90);
    console.info(`${name} hover card: ${card.width.toFixed(0)} × ${card.height.toFixed(0)} px`);
    await pointer.move(at.x, at.y + 400);
    await poll(async () => (await browser.pageEval(tabId, CARD)) === null, 'the card to go');
    expect(await browser.pageEval(tabId, UNCHANGED)).toBe(true);
  });

  it('scrolls to a company’s mention from the popup and flashes it, with next and previous', async () => {
    expect(await browser.pageEval(tabId, 'window.scrollY')).toBe(0);
    const popup = await browser.openPopup(tabId);
    await popup.waitFor('[data-company="nvidia"] .show-on-page');
    await popup.click('[data-company="nvidia"] .show-on-page');
    await popup.waitFor('[data-company="nvidia"] .mention-position');
    expect(await popup.text('[data-company="nvidia"] .mention-position')).toBe('Mention 1 of 2');
    await poll(async () => ((await browser.pageEval(tabId, 'window.scrollY')) as number) > 1000, 'the page to scroll to Nvidia');
    expect(await browser.pageEval(tabId, `[...(CSS.highlights.get('stakes-flash') ?? [])].map((range) => range.toString())`)).toEqual(['Nvidia']);
    const first = (await browser.pageEval(tabId, `[...CSS.highlights.get('stakes-flash')][0].startOffset`)) as number;
    await popup.click('[data-company="nvidia"] .next-mention');
    await poll(async () => (await popup.text('[data-company="nvidia"] .mention-position')) === 'Mention 2 of 2', 'the second mention');
    expect(await browser.pageEval(tabId, `[...CSS.highlights.get('stakes-flash')][0].startOffset`)).toBeGreaterThan(first);
    await popup.click('[data-company="nvidia"] .next-mention');
    await poll(async () => (await popup.text('[data-company="nvidia"] .mention-position')) === 'Mention 1 of 2', 'back to the first');
    // Back to the top of the page: a mention above the fold.
    await popup.click('[data-company="scale-ai"] .show-on-page');
    await poll(async () => (await browser.pageEval(tabId, 'window.scrollY')) === 0, 'the page to scroll back up');
    // The flash fades by itself.
    await poll(async () => (await browser.pageEval(tabId, `CSS.highlights.has('stakes-flash')`)) === false, 'the flash to end', 5_000);
    await popup.close();
    expect(await browser.pageEval(tabId, UNCHANGED)).toBe(true);
  });

  it('removes every highlight and the style sheet when highlights are turned off, and brings them back', async () => {
    const before = await poll(async () => (await liveOnPage())?.children, 'the hover cards to be running');
    await setSettings({ highlights: false });
    await poll(async () => JSON.stringify(await browser.pageEval(tabId, TRACES)) === JSON.stringify({ mention: false, flash: false, sheets: 0, extra: 0 }), 'no trace of highlights');
    // The hover cards' listeners (pointer, scroll, keys) and timers ended with their lifetime.
    const after = await poll(async () => ((await liveOnPage())?.children === 0 ? await liveOnPage() : undefined), 'the hover cards to stop');
    expect(before).toBe(1);
    expect(after).toMatchObject({ timers: 0, children: 0 });
    await browser.extensionEval(`api.storage.sync.remove('settings')`);
    await poll(async () => (await browser.pageEval(tabId, HIGHLIGHT_SIZE)) === expected, 'the highlights to return');
    expect(await browser.pageEval(tabId, OUR_SHEETS)).toBe(1);
    expect(await browser.pageEval(tabId, UNCHANGED)).toBe(true);
  });

  it('removes every trace when the site is paused', async () => {
    await poll(async () => (await browser.pageEval(tabId, HIGHLIGHT_SIZE)) === expected, 'highlights');
    const running = await poll(liveOnPage, 'what runs on the page');
    expect(running.intervals).toBe(1);
    expect(running.observers).toBe(1);
    expect(running.listeners).toBeGreaterThanOrEqual(4);
    await setSettings({ pausedSites: ['127.0.0.1'] });
    await poll(async () => JSON.stringify(await browser.pageEval(tabId, TRACES)) === JSON.stringify({ mention: false, flash: false, sheets: 0, extra: 0 }), 'no trace on the paused site');
    expect(await browser.pageEval(tabId, UNCHANGED)).toBe(true);
    // Nothing of ours keeps running on a paused site: no address poll, no history listener, no observer.
    const left = await poll(async () => ((await liveOnPage())?.intervals === 0 ? await liveOnPage() : undefined), 'the page to stop');
    expect(left).toEqual({ timers: 0, intervals: 0, idleCallbacks: 0, listeners: 0, observers: 0, children: 0 });
    await browser.extensionEval(`api.storage.sync.remove('settings')`);
  });
});
