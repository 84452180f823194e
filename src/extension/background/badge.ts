import browser from '../browser-api';

/** Quiet by design: a count on a neutral grey, nothing at all for zero. */
export async function showCompanyCount(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#5f6368' });
    if ('setBadgeTextColor' in browser.action) await browser.action.setBadgeTextColor({ tabId, color: '#ffffff' });
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
  } catch {
    // The tab closed between the scan and the badge: nothing to show.
  }
}
