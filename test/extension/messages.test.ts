import { describe, expect, it } from 'vitest';
import { makeMessage, parseMessage, parseReply, receiver, request } from '../../src/extension/messages';

const scan = {
  url: 'https://news.example/a',
  companies: [{ id: 'meta', count: 3, inArticle: 2, formerNames: [] }],
  textLength: 1200,
  scannedAt: 1,
  work: { setupMs: 40.5, longestTaskMs: 9.1, busyMs: 30, tasks: 4, firstTaskAt: 812.5, lastTaskAt: 990 },
};

describe('parseMessage', () => {
  it('accepts our own well-formed message', () => {
    expect(parseMessage(makeMessage('content→background:page-scanned', scan))).toEqual({ type: 'content→background:page-scanned', payload: scan });
    // A company seen only outside the article, and one seen only in it.
    const edges = {
      ...scan,
      companies: [
        { id: 'google', count: 2, inArticle: 0, formerNames: [] },
        { id: 'meta', count: 3, inArticle: 3, formerNames: ['Facebook'] },
      ],
    };
    expect(parseMessage(makeMessage('content→background:page-scanned', edges))?.payload).toEqual(edges);
  });

  it('rejects foreign and malformed messages', () => {
    const bad = [
      null,
      'page-scanned',
      { type: 'toString', payload: scan },
      { type: '__proto__', payload: scan },
      { type: 'content→background:page-scanned' },
      { type: 'content→background:page-scanned', payload: { ...scan, companies: [{ id: '<img src=x>', count: 1, formerNames: [] }] } },
      { type: 'content→background:page-scanned', payload: { ...scan, companies: [{ id: 'meta', count: -1, inArticle: 0, formerNames: [] }] } },
      // inArticle is required, a whole number, and never more than the page's count.
      { type: 'content→background:page-scanned', payload: { ...scan, companies: [{ id: 'meta', count: 3, formerNames: [] }] } },
      { type: 'content→background:page-scanned', payload: { ...scan, companies: [{ id: 'meta', count: 3, inArticle: 4, formerNames: [] }] } },
      { type: 'content→background:page-scanned', payload: { ...scan, companies: [{ id: 'meta', count: 3, inArticle: -1, formerNames: [] }] } },
      { type: 'content→background:page-scanned', payload: { ...scan, companies: [{ id: 'meta', count: 3, inArticle: 1.5, formerNames: [] }] } },
      { type: 'content→background:page-scanned', payload: { ...scan, companies: [{ id: 'meta', count: 3, inArticle: '2', formerNames: [] }] } },
      { type: 'content→background:page-scanned', payload: { ...scan, companies: Array.from({ length: 6000 }, () => scan.companies[0]) } },
      { type: 'content→background:page-scanned', payload: { ...scan, url: 42 } },
      { type: 'content→background:page-scanned', payload: { ...scan, work: null } },
      { type: 'content→background:page-scanned', payload: { ...scan, work: { ...scan.work, setupMs: '40' } } },
      { type: 'content→background:page-scanned', payload: { ...scan, work: { ...scan.work, longestTaskMs: -1 } } },
      { type: 'content→background:page-scanned', payload: { ...scan, work: { ...scan.work, busyMs: Number.NaN } } },
      { type: 'content→background:page-scanned', payload: { ...scan, work: { ...scan.work, tasks: 1.5 } } },
    ];
    for (const message of bad) expect(parseMessage(message)).toBeUndefined();
  });
});

describe('replies and the receiver', () => {
  it('validates replies against the message map', () => {
    expect(parseReply('content→background:match-text', { candidates: [{ start: 0, end: 4, id: 'meta', weak: false }] })).toBeDefined();
    expect(parseReply('content→background:match-text', { candidates: [{ start: 0, end: 4, id: 'meta', weak: false, former: 'Facebook' }] })).toBeDefined();
    for (const bad of [
      undefined,
      null,
      { candidates: 'x' },
      { candidates: [{ start: 4, end: 2, id: 'meta', weak: false }] },
      { candidates: [{ start: 0, end: 4, id: '<b>', weak: false }] },
      { candidates: [{ start: 0, end: 4, id: 'meta', weak: 'no' }] },
    ]) {
      expect(parseReply('content→background:match-text', bad)).toBeUndefined();
    }
    expect(parseReply('popup→content:show-mention', { index: 2, total: 1 })).toBeUndefined();
    expect(parseReply('popup→content:show-mention', { index: 0, total: 3 })).toEqual({ index: 0, total: 3 });
    expect(parseReply('content→background:page-scanned', undefined)).toBeNull();
  });

  it('request resolves with a checked reply, or undefined when the other side fails or lies', async () => {
    const ok = await request(async () => ({ ok: true }), 'popup→background:scan-tab', { tabId: 1 });
    expect(ok).toEqual({ ok: true });
    expect(await request(async () => ({ ok: 'yes' }), 'popup→background:scan-tab', { tabId: 1 })).toBeUndefined();
    expect(
      await request(
        async () => {
          throw new Error('Extension context invalidated');
        },
        'popup→background:scan-tab',
        { tabId: 1 },
      ),
    ).toBeUndefined();
  });

  it('dispatches each message to its handler only, and refuses to send a malformed reply', async () => {
    const seen: string[] = [];
    const receive = receiver<'popup→background:scan-tab' | 'popup→background:engine-stats', string>({
      'popup→background:scan-tab': ({ tabId }, sender) => {
        seen.push(`${sender}:${tabId}`);
        return { ok: true };
      },
      // A buggy handler: its reply breaks the map's promise.
      'popup→background:engine-stats': () => ({ coldStartMs: -1, scriptStartMs: 0, firstRequestMs: null, loadMs: null, names: 0, entities: 0 }),
    });
    await expect(receive(makeMessage('popup→background:scan-tab', { tabId: 7 }), 'popup')).resolves.toEqual({ ok: true });
    expect(seen).toEqual(['popup:7']);
    expect(receive({ type: 'popup→background:scan-tab', payload: { tabId: -1 } }, 'popup')).toBeUndefined();
    expect(receive(makeMessage('content→background:match-text', { text: 'x' }), 'popup')).toBeUndefined();
    await expect(receive(makeMessage('popup→background:engine-stats', {}), 'popup')).rejects.toThrow(/malformed reply/);
  });
});
