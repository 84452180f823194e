import { describe, expect, it } from 'vitest';
import { makeMessage, parseMessage } from '../../src/extension/messages';

const scan = { url: 'https://news.example/a', companies: [{ id: 'meta', count: 3, formerNames: [] }], textLength: 1200, scannedAt: 1 };

describe('parseMessage', () => {
  it('accepts our own well-formed message', () => {
    expect(parseMessage(makeMessage('content→background:page-scanned', scan))).toEqual({ type: 'content→background:page-scanned', payload: scan });
  });

  it('rejects foreign and malformed messages', () => {
    const bad = [
      null,
      'page-scanned',
      { type: 'toString', payload: scan },
      { type: '__proto__', payload: scan },
      { type: 'content→background:page-scanned' },
      { type: 'content→background:page-scanned', payload: { ...scan, companies: [{ id: '<img src=x>', count: 1, formerNames: [] }] } },
      { type: 'content→background:page-scanned', payload: { ...scan, companies: [{ id: 'meta', count: -1, formerNames: [] }] } },
      { type: 'content→background:page-scanned', payload: { ...scan, companies: Array.from({ length: 6000 }, () => scan.companies[0]) } },
      { type: 'content→background:page-scanned', payload: { ...scan, url: 42 } },
    ];
    for (const message of bad) expect(parseMessage(message)).toBeUndefined();
  });
});
