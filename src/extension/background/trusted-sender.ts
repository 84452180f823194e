import type { Runtime } from '../browser-api';

/**
 * Only our own content script, in the top frame of a real tab, may report a
 * page. Web pages cannot reach `runtime.onMessage`, but other extensions'
 * scripts and our own extension pages can, and frames could spoof a page.
 */
export function isOwnTopFrame(sender: Runtime.MessageSender, ownId: string): sender is Runtime.MessageSender & { tab: { id: number }; url: string } {
  return sender.id === ownId && typeof sender.tab?.id === 'number' && Number.isSafeInteger(sender.tab.id) && sender.tab.id >= 0 && (sender.frameId ?? 0) === 0 && typeof sender.url === 'string' && /^https?:\/\//.test(sender.url);
}

/** One of our own extension pages (popup, options), which may ask for work on a tab. */
export function isOwnExtensionPage(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/**
 * The address a content script reports may differ from the one the tab loaded
 * (history.pushState); it is trusted only on the same origin as the sender.
 */
export function reportedUrl(senderUrl: string, reported: string): string {
  try {
    return new URL(reported).origin === new URL(senderUrl).origin ? reported : senderUrl;
  } catch {
    return senderUrl;
  }
}
