import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forEachBrowser } from './harness';
import { poll } from './poll';

describe('the shipped manifests', () => {
  for (const target of ['chrome', 'firefox']) {
    it(`(${target}) read the bundled news sites by themselves and ask for every other site only on request`, () => {
      const manifest = JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8'));
      const matches: string[] = manifest.content_scripts[0].matches;
      expect(matches.length).toBeGreaterThanOrEqual(250);
      expect(matches).toContain('*://*.nytimes.com/*');
      for (const list of [matches, manifest.host_permissions]) {
        // No install prompt for "all your data on all websites", and no test host.
        expect(list.filter((pattern: string) => !/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/.test(pattern))).toEqual([]);
      }
      expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus']);
    });
  }
});

forEachBrowser('Scanning on request in %s', ({ browser, server }) => {
  it('leaves a site off the list alone until the reader asks, then reads it', async () => {
    // localhost stands in for "any other site": not read by itself, but the reader may ask.
    const tabId = await browser.openTab(server.url('scale-ai-article.html').replace('127.0.0.1', 'localhost'));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await browser.badgeText(tabId)).toBe('');
    const popup = await browser.openPopup(tabId);
    await popup.waitFor('.popup[data-state="not-scanned"]');
    await popup.click('.status-action');
    await popup.waitFor('[data-company="scale-ai"]');
    expect(await popup.companyIds()).toEqual(expect.arrayContaining(['scale-ai', 'meta', 'openai']));
    await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the badge after the scan');
    await popup.close();
  });
});
