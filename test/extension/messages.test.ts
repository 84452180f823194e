import { describe, expect, it } from 'vitest';
import { makeMessage, parseMessage } from '../../src/extension/messages';

const scan = { url: 'https://news.example/a', companies: [{ id: 'meta', count: 3, inArticle: 2, formerNames: [] }], textLength: 1200, scannedAt: 1, work: { setupMs: 40.5, longestTaskMs: 9.1, busyMs: 30, tasks: 4, firstTaskAt: 812.5, lastTaskAt: 990 } };

describe('parseMessage', () => {
  it('accepts our own well-formed message', () => {
    expect(parseMessage(makeMessage('content→background:page-scanned', scan))).toEqual({ type: 'content→background:page-scanned', payload: scan });
    // A company seen only outside the article, and one seen only in it.
    const edges = { ...scan, companies: [{ id: 'google', count: 2, inArticle: 0, formerNames: [] }, { id: 'meta', count: 3, inArticle: 3, formerNames: ['Facebook'] }] };
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
