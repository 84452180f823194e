import { describe, expect, it } from 'vitest';
import { launchChromium } from './chromium-browser';
import { startFixtureServer } from './fixture-server';
import { forEachBrowser } from './harness';
import { poll } from './poll';

/** The launch scenario: an article on OpenAI winding down its work with Scale AI after Meta took 49%. */
const ARTICLE_COMPANIES = ['scale-ai', 'meta', 'openai', 'google', 'microsoft'];

forEachBrowser('Stakes in %s', ({ browser, server }) => {
  it('counts the companies a news article names on the toolbar badge', async () => {
    const tabId = await browser.openTab(server.url('scale-ai-article.html'));
    const badge = await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the badge');
    expect(badge).toBe(String(ARTICLE_COMPANIES.length));
  });

  it('lists the companies, most-mentioned first, with their relationships as sentences', async () => {
    const tabId = await browser.openTab(server.url('scale-ai-article.html'));
    await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the badge');
    const popup = await browser.openPopup(tabId);
    await popup.waitFor('[data-company="scale-ai"]');
    expect(await popup.companyIds()).toEqual(ARTICLE_COMPANIES);
    const connections = await popup.text('.connections');
    // Ties between companies on the page come first, as full sentences with dates.
    expect(connections).toContain('Meta owns 49% of Scale AI (since Jun 2025)');
    expect(connections).toContain('OpenAI ended its contracts with Scale AI');
    const scale = await popup.text('[data-company="scale-ai"]');
    expect(scale).toContain('49% owned by Meta');
    // Each fact names its source and whether someone has read it.
    expect(scale).toMatch(/Source: [^,]+, “[^”]+”/);
    expect(scale).toMatch(/checked \w{3} \d{4}|not yet re-checked/);
    const meta = await popup.text('[data-company="meta"]');
    expect(meta).toContain('6 mentions');
    expect(await popup.text('.dataset-version')).toMatch(/^Dataset \d{4}\.\d+\.\d+ · facts as of [A-Z][a-z]{2} \d{4}$/);
    await popup.close();
  });

  it('prepares the page’s records for the popup beside the scan, and forgets them with the tab', async () => {
    const tabId = await browser.openTab(server.url('scale-ai-article.html'));
    const records = await poll(
      async () => ((await browser.extensionEval(`api.storage.session.get('records:${tabId}').then((stored) => stored['records:${tabId}'] ?? null)`)) as { records: Record<string, unknown> } | null) ?? undefined,
      'the prepared records',
    );
    expect(Object.keys(records.records).sort()).toEqual([...ARTICLE_COMPANIES].sort());
    await browser.extensionEval(`api.tabs.remove(${tabId})`);
    await poll(async () => ((await browser.extensionEval(`api.storage.session.get('records:${tabId}').then((stored) => stored['records:${tabId}'] ?? null)`)) === null ? true : undefined), 'the records to go with the tab');
  });

  it('leaves the page exactly as it was', async () => {
    const tabId = await browser.openTab(server.url('scale-ai-article.html'));
    await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the badge');
    // The fixture snapshots its own DOM at DOMContentLoaded, before any content script runs.
    expect(await browser.pageEval(tabId, '(window.domAtReady === document.documentElement.outerHTML) && window.domAtReady.length > 1000')).toBe(true);
  });

  it('says so kindly when a page names no company', async () => {
    const tabId = await browser.openTab(server.url('no-companies.html'));
    const popup = await browser.openPopup(tabId);
    await popup.waitFor('.status-title');
    await poll(async () => (await popup.text('.status-title')).includes('No companies') || undefined, 'the empty state');
    expect(await browser.badgeText(tabId)).toBe('');
    await popup.close();
  });

  it('forgets a tab’s companies when the tab navigates away or closes', async () => {
    const tabId = await browser.openTab(server.url('scale-ai-article.html'));
    await poll(async () => (await browser.storedScan(tabId)) ?? undefined, 'the stored scan');
    await browser.extensionEval(`api.tabs.update(${tabId}, { url: ${JSON.stringify(server.url('no-companies.html'))} })`);
    await poll(async () => ((await browser.storedScan(tabId))?.companies.length === 0 ? true : undefined), 'the new page’s empty scan');
    expect(await browser.badgeText(tabId)).toBe('');
    await browser.extensionEval(`api.tabs.remove(${tabId})`);
    await poll(async () => ((await browser.storedScan(tabId)) === undefined ? true : undefined), 'the closed tab’s state to go');
  });

  it('explains that it cannot read browser pages', async () => {
    const tabId = await browser.openTab('about:blank');
    const popup = await browser.openPopup(tabId);
    await popup.waitFor('.popup[data-state="unreadable"]');
    expect(await popup.text('.status-title')).toContain('can’t read this page');
    await popup.close();
  });
});

describe('Stakes in chromium when the browser stops its service worker', () => {
  it('still shows the page’s companies and badge', async () => {
    const server = await startFixtureServer();
    const browser = await launchChromium();
    try {
      const tabId = await browser.openTab(server.url('scale-ai-article.html'));
      await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the badge');
      await browser.stopServiceWorker();
      const popup = await browser.openPopup(tabId);
      await popup.waitFor('[data-company="scale-ai"]');
      expect(await popup.companyIds()).toEqual(ARTICLE_COMPANIES);
      expect(await browser.badgeText(tabId)).toBe(String(ARTICLE_COMPANIES.length));
      await popup.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
