import { describe, expect, it } from 'vitest';
import { isOwnTopFrame } from '../../src/extension/background/trusted-sender';

const OWN = 'stakes-extension-id';
const good = { id: OWN, tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0, url: 'https://news.example/a' };

describe('isOwnTopFrame', () => {
  it('accepts our content script in a tab’s top frame', () => {
    expect(isOwnTopFrame(good, OWN)).toBe(true);
  });

  it('refuses other extensions, frames, extension pages and tabless senders', () => {
    expect(isOwnTopFrame({ ...good, id: 'another-extension' }, OWN)).toBe(false);
    expect(isOwnTopFrame({ ...good, frameId: 3 }, OWN)).toBe(false);
    expect(isOwnTopFrame({ ...good, url: `chrome-extension://${OWN}/popup.html` }, OWN)).toBe(false);
    expect(isOwnTopFrame({ id: OWN, url: 'https://news.example/a' }, OWN)).toBe(false);
    expect(isOwnTopFrame({ ...good, tab: { ...good.tab, id: -1 } }, OWN)).toBe(false);
    expect(isOwnTopFrame({}, OWN)).toBe(false);
  });
});
