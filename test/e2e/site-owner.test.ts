import { expect, it } from 'vitest';
import { forEachBrowser } from './harness';
import { poll } from './poll';

/**
 * Who owns the site being read: on a listed outlet's page the popup opens
 * with its owner and chain of owners, and says where that owner meets the
 * article's companies. The pages come from the local server under the
 * outlets' names (see OUTLET_HOSTS).
 */

forEachBrowser('The site’s owner in %s', ({ browser, server }) => {
  it('opens with the owner of the outlet being read', async () => {
    const tabId = await browser.openTab(server.urlOn('www.theverge.com', 'verge-article.html'));
    await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the listed site to be read by itself');
    const popup = await browser.openPopup(tabId);
    await popup.waitFor('.site-owner');
    expect(await popup.text('.site-owner-line')).toBe('The Verge is owned by Vox Media.');
    // The site's owner comes before the page's companies.
    expect(await popup.eval(`document.querySelector('.site-owner').compareDocumentPosition(document.querySelector('.company')) & Node.DOCUMENT_POSITION_FOLLOWING`)).toBeTruthy();
    expect(await popup.eval(`document.querySelector('.site-ties') === null`)).toBe(true);
    // Every company row says who owns it, without a click.
    await popup.waitFor('[data-company="nvidia"] .ownership');
    expect(await popup.text('[data-company="nvidia"] .ownership')).toMatch(/widely held · NASDAQ: NVDA/);
    await popup.close();
  });

  it('says plainly where the site’s owner meets the article, with the fact’s source', async () => {
    const tabId = await browser.openTab(server.urlOn('www.washingtonpost.com', 'wapo-amazon-article.html'));
    await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the listed site to be read by itself');
    const popup = await browser.openPopup(tabId);
    await popup.waitFor('.site-ties');
    expect(await popup.text('.site-owner-line')).toMatch(/^The Washington Post is owned by /);
    expect(await popup.text('.site-owner .chain')).toMatch(/The Washington Post → .*Jeff Bezos/);
    const tie = await popup.text('.site-tie');
    expect(tie).toMatch(/^Jeff Bezos .*Amazon.* — and this article names Amazon\./);
    expect(tie).toMatch(/Source: /);
    await popup.close();
  });

  it('shows no site line on a site it does not know', async () => {
    const tabId = await browser.openTab(server.url('scale-ai-article.html'));
    await poll(async () => (await browser.badgeText(tabId)) || undefined, 'the badge');
    const popup = await browser.openPopup(tabId);
    await popup.waitFor('[data-company="scale-ai"]');
    expect(await popup.eval(`document.querySelector('.site-owner') === null`)).toBe(true);
    await popup.close();
  });
});
