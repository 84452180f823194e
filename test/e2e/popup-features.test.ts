import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from './axe';
import type { PopupPage } from './extension-browser';
import { forEachBrowser } from './harness';
import { poll } from './poll';

/**
 * The scan is written straight into storage.session, so these tests pin the
 * popup's behaviour (order, "also on this page") independently of how the
 * content script splits article from page furniture.
 */
const SCAN_COMPANIES = [
  { id: 'scale-ai', count: 8, inArticle: 8, formerNames: [] },
  { id: 'meta', count: 6, inArticle: 6, formerNames: [] },
  { id: 'openai', count: 5, inArticle: 0, formerNames: [] },
  { id: 'google', count: 2, inArticle: 0, formerNames: [] },
  { id: 'microsoft', count: 1, inArticle: 1, formerNames: [] },
];

forEachBrowser('The popup in %s', ({ browser, server }) => {
  let tabId: number;
  let popup: PopupPage;
  const ids = (selector: string) => popup.eval(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.getAttribute('data-company') ?? e.getAttribute('data-node'))`) as Promise<string[]>;
  const attr = (selector: string, name: string) => popup.eval(`document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)}) ?? null`);
  const active = () => popup.eval(`(() => { const e = document.activeElement; return e?.getAttribute('data-node') ?? e?.closest('[data-company]')?.getAttribute('data-company') ?? e?.id ?? null; })()`);

  beforeAll(async () => {
    tabId = await browser.openTab(server.url('scale-ai-article.html'));
    await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the badge');
    const scan = { url: server.url('scale-ai-article.html'), companies: SCAN_COMPANIES, textLength: 2000, scannedAt: Date.now() };
    await browser.extensionEval(`api.storage.session.set({ 'tab:${tabId}': ${JSON.stringify(scan)} })`);
    popup = await browser.openPopup(tabId);
    await popup.waitFor('[data-company="google"]');
  });

  it('lists article companies first, the rest under "Also on this page", each with its mentions and a disclosure', async () => {
    expect(await ids('.in-article [data-company]')).toEqual(['scale-ai', 'meta', 'microsoft']);
    expect(await ids('.also-on-page [data-company]')).toEqual(['openai', 'google']);
    expect(await popup.text('.also-on-page .group-title')).toBe('Also on this page');
    expect(await popup.text('[data-company="openai"] .mentions')).toBe('5 mentions');
    expect(await popup.text('[data-company="microsoft"] .mentions')).toBe('1 mention');
    const disclosure = '[data-company="scale-ai"] .disclosure';
    expect(await attr(disclosure, 'aria-expanded')).toBe('false');
    await popup.click(disclosure);
    expect(await attr(disclosure, 'aria-expanded')).toBe('true');
    expect(await popup.eval(`document.getElementById('company-scale-ai').hidden`)).toBe(false);
    const links = (await popup.eval(`[...document.querySelectorAll('#company-scale-ai .source a')].map((a) => [a.href.slice(0, 8), a.target, a.rel])`)) as string[][];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toEqual(['https://', '_blank', 'noopener noreferrer']);
  });

  it('draws how they connect: page companies as focusable nodes; Enter or a click selects the company', async () => {
    expect(await popup.text('.connections')).toContain('Meta owns 49% of Scale AI');
    const nodes = await ids('.graph [data-node]');
    expect(nodes).toEqual(expect.arrayContaining(['scale-ai', 'meta', 'openai']));
    expect(await popup.eval(`[...document.querySelectorAll('.graph [data-node]')].every((n) => n.getAttribute('tabindex') === '0' && n.getAttribute('role') === 'button' && n.getAttribute('aria-label'))`)).toBe(true);
    expect(await popup.eval(`[...document.querySelectorAll('.graph .edge-label')].some((l) => l.textContent.startsWith('49%'))`)).toBe(true);
    // Keyboard: Tab reaches a node, Enter opens that company's card and moves focus to it.
    await popup.eval(`document.querySelector('.copy-text').focus()`);
    await popup.eval(`document.querySelector('.graph [data-node="meta"]').focus()`);
    expect(await active()).toBe('meta');
    await popup.press('Enter');
    await poll(async () => (await attr('[data-company="meta"] .disclosure', 'aria-expanded')) === 'true', 'Meta to open');
    await poll(async () => (await active()) === 'meta' && (await popup.eval(`document.activeElement.classList.contains('disclosure')`)), 'focus on Meta’s card');
    // A click as the node's handler receives it; hit-testing depends on how the graph lays out a growing dataset.
    await popup.eval(`document.querySelector('.graph [data-node="openai"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
    await poll(async () => (await attr('[data-company="openai"] .disclosure', 'aria-expanded')) === 'true', 'OpenAI to open');
    // A node for a company not on the page opens it like a search result.
    const outside = (await popup.eval(`document.querySelector('.graph .node:not(.node-page)')?.getAttribute('data-node') ?? null`)) as string | null;
    if (outside) {
      await popup.eval(`document.querySelector('.graph [data-node="${outside}"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
      await popup.waitFor(`[data-lookup="${outside}"]`);
      await popup.click('.lookup .link-button');
    }
  });

  it('copies the companies and their ties as text and as Markdown', async () => {
    await popup.click('.copy-text');
    await poll(async () => (await popup.text('.copy-status')) === 'Copied as text.' || undefined, 'the copy confirmation');
    const text = await browser.clipboardText(server.url('no-companies.html'));
    if (text !== undefined) {
      expect(text).toMatch(/^Companies on this page\nhttp:\/\/127\.0\.0\.1:\d+\/scale-ai-article\.html\n\nHow they connect\n/);
      expect(text).toMatch(/\n- Meta owns 49% of Scale AI \(since Jun 2025\) \((checked \w{3} \d{4}|not yet re-checked)\)\n {2}Source: [^\n]+ https:\/\/[^\s]+\n/);
      expect(text).toContain('\n\nIn the article\n- Scale AI (8 mentions)\n- Meta (6 mentions)\n- Microsoft (1 mention)\n\nAlso on this page\n- OpenAI (5 mentions)\n- Google (2 mentions)\n');
    }
    await popup.click('.copy-markdown');
    await poll(async () => (await popup.text('.copy-status')) === 'Copied as Markdown.' || undefined, 'the Markdown confirmation');
    const markdown = await browser.clipboardText(server.url('no-companies.html'));
    if (markdown !== undefined) {
      expect(markdown).toContain('### How they connect');
      expect(markdown).toContain('- **OpenAI** (5 mentions)');
      expect(markdown).toMatch(/\((checked \w{3} \d{4}|not yet re-checked)\) — Source: \[[^\]]+\]\(https:\/\//);
    }
  });

  it('draws a busy page’s graph with full names and no label over another label or a node', async () => {
    const busyTab = await browser.openTab(server.url('busy-article.html'));
    await poll(async () => Number(await browser.badgeText(busyTab)) >= 18 || undefined, 'a busy page to be read');
    const busy = await browser.openPopup(busyTab);
    await busy.waitFor('.graph .node');
    // Each company row says who owns it, without a click.
    const owned = (id: string) => busy.text(`[data-company="${id}"] .ownership`);
    expect(await owned('instagram')).toBe('part of Meta');
    expect(await owned('youtube')).toMatch(/^part of (Google|Alphabet)$/);
    expect(await owned('cnn')).toBe('part of Warner Bros. Discovery');
    expect(await owned('espn')).toMatch(/^\d+% owned by Disney$/);
    expect(await owned('nvidia')).toBe('widely held · NASDAQ: NVDA');
    // The browser's own boxes of every name, every edge label and every node circle.
    const boxes = (await busy.eval(
      `[...document.querySelectorAll('.graph .node-label, .graph .edge-label, .graph .node circle:not(.focus-ring)')].filter((element) => element.textContent !== '' || element.tagName === 'circle').map((element) => { const box = element.getBoundingClientRect(); return { what: element.tagName === 'circle' ? 'node ' + element.parentNode.dataset.node : element.textContent, owner: element.tagName === 'circle' ? element.parentNode.dataset.node : undefined, left: box.left, right: box.right, top: box.top, bottom: box.bottom }; })`,
    )) as { what: string; left: number; right: number; top: number; bottom: number }[];
    const names = (await busy.eval(`[...document.querySelectorAll('.graph .node-label')].map((label) => label.textContent)`)) as string[];
    expect(names.length).toBeGreaterThanOrEqual(15);
    expect(names).toContain('Warner Bros. Discovery');
    expect(names.every((name) => !name.endsWith('…'))).toBe(true);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        // A node's own name sits just under its circle: that pair touches by design, never overlaps (1 px tolerance for anti-aliasing).
        if (a.left < b.right - 1 && a.right > b.left + 1 && a.top < b.bottom - 1 && a.bottom > b.top + 1) overlaps.push(`${a.what} × ${b.what}`);
      }
    }
    expect(overlaps).toEqual([]);
    await busy.close();
  });

  it('has no accessibility violations (axe-core)', async () => {
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('looks up any company by name, by keyboard, even on a page it cannot read', async () => {
    const blank = await browser.openTab('about:blank');
    const search = await browser.openPopup(blank);
    await search.waitFor('.popup[data-state="unreadable"]');
    await search.type('#search-input', 'Nvid');
    await search.waitFor('#search-results [role="option"]');
    expect(await search.eval(`document.getElementById('search-input').getAttribute('aria-expanded')`)).toBe('true');
    const first = (await search.eval(`document.querySelector('#search-results [role="option"]').dataset.entity`)) as string;
    await search.press('ArrowDown');
    await search.press('ArrowUp');
    expect(await search.eval(`document.getElementById('search-input').getAttribute('aria-activedescendant')`)).toBe('search-option-0');
    await search.press('Enter');
    await search.waitFor(`[data-lookup="${first}"] .facts`);
    expect(first).toBe('nvidia');
    expect(await search.text('.lookup')).toMatch(/Source: /);
    expect(await search.text('.lookup')).toMatch(/not yet re-checked|checked \w{3} \d{4}/);
    expect(await axeViolations(search)).toEqual([]);
    await search.close();
  });

  it('answers a name it lacks with similar names, labelled, and never opens one by itself', async () => {
    const blank = await browser.openTab('about:blank');
    const search = await browser.openPopup(blank);
    await search.waitFor('.popup[data-state="unreadable"]');
    await search.type('#search-input', 'Valen');
    await search.waitFor('#search-results [role="option"]');
    expect(await search.eval(`document.getElementById('search-results').getAttribute('aria-label')`)).toBe('No company called “Valen”. Similar names:');
    expect(await search.text('#search-results')).toMatch(/Valentino\s*similar name/);
    await search.press('Enter');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await search.eval(`document.querySelector('.lookup') === null`)).toBe(true);
    // Moving to a suggestion and pressing Enter is an answer the reader chose.
    const first = (await search.eval(`document.querySelector('#search-results [role="option"]').dataset.entity`)) as string;
    await search.press('ArrowDown');
    await search.press('ArrowUp');
    await search.press('Enter');
    await search.waitFor(`[data-lookup="${first}"]`);
    await search.close();
  });

  it('shows the paused state on a paused site and resumes there', async () => {
    await browser.extensionEval(`api.storage.sync.set({ settings: { version: 1, pausedSites: ['127.0.0.1'] } })`);
    try {
      const paused = await browser.openPopup(tabId);
      await paused.waitFor('.popup[data-state="paused"]');
      expect(await paused.text('.status-title')).toBe('Stakes is paused on 127.0.0.1.');
      await paused.click('.status-action');
      await poll(async () => (await browser.extensionEval(`api.storage.sync.get('settings').then((s) => s.settings.pausedSites.length)`)) === 0 || undefined, 'the site to resume');
      await paused.waitFor('.popup[data-state="scanned"]');
      await paused.close();
    } finally {
      await browser.extensionEval(`api.storage.sync.remove('settings')`);
    }
  });
});
