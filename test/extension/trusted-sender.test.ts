import { describe, expect, it } from 'vitest';
import { isOwnExtensionPage, isOwnTopFrame, reportedUrl } from '../../src/extension/background/trusted-sender';

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

describe('reportedUrl', () => {
  it('follows an in-page route change on the same origin, never another origin', () => {
    expect(reportedUrl('https://news.example/a', 'https://news.example/b?x=1')).toBe('https://news.example/b?x=1');
    expect(reportedUrl('https://news.example/a', 'https://evil.example/b')).toBe('https://news.example/a');
    expect(reportedUrl('https://news.example/a', 'not a url')).toBe('https://news.example/a');
  });
});

describe('isOwnExtensionPage', () => {
  it('accepts our popup and refuses content scripts and other extensions', () => {
    const origin = `chrome-extension://${OWN}/`;
    expect(isOwnExtensionPage({ id: OWN, url: `${origin}src/extension/popup/popup.html` }, OWN, origin)).toBe(true);
    expect(isOwnExtensionPage({ id: OWN, url: 'https://news.example/a', tab: good.tab }, OWN, origin)).toBe(false);
    expect(isOwnExtensionPage({ id: 'other', url: `chrome-extension://other/x.html` }, OWN, origin)).toBe(false);
  });
});
