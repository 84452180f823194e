import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileStore, controlChain, DatasetIndex, StoreReader, type Dataset, type Relationship } from '../../src/core/index';
import { translatorFor } from '../../src/extension/shared/message-format';
import { chainText, ownershipLine } from '../../src/extension/popup/ownership-line';

const messages = (lang: string) => JSON.parse(readFileSync(`src/extension/public/_locales/${lang}/messages.json`, 'utf8'));
const t = translatorFor(messages('en'));
const tDe = translatorFor(messages('de'));
const source = [{ publisher: 'Example Wire', title: 'A report', date: '2025-06-12' }];
const rel = (subject: string, type: Relationship['type'], object: string, extra: Partial<Relationship> = {}): Relationship => ({ subject, type, object, status: 'active', sources: source, asOf: '2026-12', ...extra });

const dataset: Dataset = {
  version: 'test',
  asOf: '2026-12',
  entities: [
    { id: 'jeep', name: 'Jeep', kind: 'company' },
    { id: 'stellantis', name: 'Stellantis', kind: 'company' },
    { id: 'exor', name: 'Exor', kind: 'fund' },
    { id: 'agnelli-family', name: 'Agnelli family', kind: 'person' },
    { id: 'tiny-holder', name: 'Tiny Holder', kind: 'fund' },
    { id: 'nvidia', name: 'Nvidia', kind: 'company', tickers: ['NASDAQ:NVDA'], ownership: { status: 'widely-held', listed: ['NASDAQ'] } },
    { id: 'aramco', name: 'Saudi Aramco', kind: 'company', ownership: { status: 'state-owned', by: 'saudi-arabia' } },
    { id: 'csx', name: 'CSX', kind: 'company', tickers: ['NASDAQ:CSX'], ownership: { status: 'listed', listed: ['NASDAQ'] } },
    { id: 'no-ticker', name: 'No Ticker', kind: 'company', ownership: { status: 'listed', listed: ['NYSE'] } },
    { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'government' },
    { id: 'loop-a', name: 'Loop A', kind: 'company' },
    { id: 'loop-b', name: 'Loop B', kind: 'company' },
  ],
  relationships: [
    rel('stellantis', 'parent-of', 'jeep'),
    rel('exor', 'owns-stake', 'stellantis', { share: 15 }),
    rel('tiny-holder', 'owns-stake', 'stellantis', { share: 3 }),
    rel('agnelli-family', 'parent-of', 'exor', { share: 55 }),
    // A past owner is not today's.
    rel('tiny-holder', 'acquired', 'exor', { status: 'ended', end: '2001' }),
    rel('loop-a', 'owns-stake', 'loop-b', { share: 60 }),
    rel('loop-b', 'owns-stake', 'loop-a', { share: 60 }),
  ],
  notCompanies: [],
};
const index = new DatasetIndex(dataset);

describe('ownership at a glance', () => {
  it('follows the chain of owners to the last one recorded, with shares, skipping small and past holders', () => {
    expect(index.controlChain('jeep').map((link) => [link.id, link.via, link.share])).toEqual([
      ['stellantis', 'parent-of', undefined],
      ['exor', 'owns-stake', 15],
      ['agnelli-family', 'parent-of', 55],
    ]);
    expect(chainText({ name: 'Jeep' }, index.controlChain('jeep'), 'en')).toBe('Jeep → Stellantis → Exor (15%) → Agnelli family (55%)');
    // A ring of cross-holdings ends where it started.
    expect(
      controlChain(
        'loop-a',
        (id) => index.relationshipsOf(id),
        (id) => index.entity(id),
      ).map((link) => link.id),
    ).toEqual(['loop-b']);
  });

  it('says who owns a company in one line, in the reader’s language', () => {
    const line = (id: string, translate = t, locale = 'en') => ownershipLine(index.entity(id)!, index.controlChain(id), index.nameOf, translate, locale);
    expect(line('jeep')).toBe('part of Stellantis');
    expect(line('stellantis')).toBe('15% owned by Exor');
    expect(line('nvidia')).toBe('widely held · NASDAQ: NVDA');
    expect(line('aramco')).toBe('state-owned (Saudi Arabia)');
    expect(line('tiny-holder')).toBeUndefined();
    expect(line('stellantis', tDe, 'de')).toBe('zu 15\u00a0% im Besitz von Exor');
    // A listing, nothing about the holders; the exchange alone when no ticker is known.
    expect(line('csx')).toBe('listed · NASDAQ: CSX');
    expect(line('no-ticker')).toBe('listed · NYSE');
    expect(line('csx', tDe, 'de')).toBe('börsennotiert · NASDAQ: CSX');
    for (const lang of ['fr', 'es']) expect(line('csx', translatorFor(messages(lang)), lang)).toMatch(/^\S.* · NASDAQ: CSX$/);
  });

  it('ships the chains in the compiled store, so a page loads no owner records to show them', async () => {
    const { files } = compileStore(dataset);
    const reader = new StoreReader(async (path) => files.get(path)!);
    const partial = await reader.index(['jeep', 'aramco']);
    expect(partial.controlChain('jeep')).toEqual(index.controlChain('jeep'));
    expect(partial.entity('agnelli-family')).toBeUndefined();
    expect(partial.nameOf('saudi-arabia')).toBe('Saudi Arabia');
  });
});
