import type { Runtime } from '../browser-api';

/**
 * Only our own content script, in the top frame of a real tab, may report a
 * page. Web pages cannot reach `runtime.onMessage`, but other extensions'
 * scripts and our own extension pages can, and frames could spoof a page.
 */
export function isOwnTopFrame(sender: Runtime.MessageSender, ownId: string): sender is Runtime.MessageSender & { tab: { id: number } } {
  return (
    sender.id === ownId &&
    typeof sender.tab?.id === 'number' &&
    Number.isSafeInteger(sender.tab.id) &&
    sender.tab.id >= 0 &&
    (sender.frameId ?? 0) === 0 &&
    typeof sender.url === 'string' &&
    /^https?:\/\//.test(sender.url)
  );
}
