import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldName, listWithMore, missingConstituents, parseConstituents, uncoveredNewsSites } from '../../src/cli/coverage';
import { runStats } from '../../src/cli/data-commands';
import { isUsHeadquarters, kebabId, newsName, proposeEntities, sectorWord } from '../../src/cli/import-sp500';
import type { Entity } from '../../src/core/index';

const CSV = `Symbol,Security,GICS Sector,GICS Sub-Industry,Headquarters Location,Date added,CIK,Founded
AOS,A. O. Smith,Industrials,Building Products,"Milwaukee, Wisconsin",2017-07-26,91142,1916
AAPL,Apple Inc.,Information Technology,"Technology Hardware, Storage & Peripherals","Cupertino, California",1982-11-30,320193,1977
DIS,Walt Disney Company (The),Communication Services,Movies & Entertainment,"Burbank, California",1976-06-30,1744489,1923
EQT,EQT Corporation,Energy,Oil & Gas Exploration & Production,"Pittsburgh, Pennsylvania",2008-12-19,33213,1888
GOOGL,Alphabet Inc. (Class A),Communication Services,Interactive Media & Services,"Mountain View, California",2014-04-03,1652044,1998
GOOG,Alphabet Inc. (Class C),Communication Services,Interactive Media & Services,"Mountain View, California",2006-04-03,1652044,1998
ACN,Accenture,Information Technology,IT Consulting & Other Services,"Dublin, Ireland",2011-07-06,1467373,1989
`;

const entities: Entity[] = [
  { id: 'apple', name: 'Apple', kind: 'company', tickers: ['NASDAQ:AAPL'] },
  { id: 'disney', name: 'Disney', kind: 'company', legalName: 'The Walt Disney Company' },
  { id: 'google', name: 'Google', kind: 'company', aliases: [{ name: 'Alphabet' }] },
  { id: 'eqt', name: 'EQT', kind: 'fund', tickers: ['STO:EQT'] },
  { id: 'the-verge', name: 'The Verge', kind: 'outlet', website: 'https://www.theverge.com' },
  { id: 'bbc', name: 'BBC', kind: 'outlet', website: 'https://www.bbc.co.uk/news' },
];

describe('coverage gaps', () => {
  const constituents = parseConstituents(CSV);

  it('parses quoted fields and strips leading zeros from the CIK', () => {
    expect(constituents).toHaveLength(7);
    expect(constituents[1]).toMatchObject({ symbol: 'AAPL', subIndustry: 'Technology Hardware, Storage & Peripherals', headquarters: 'Cupertino, California', cik: '320193' });
  });

  it('folds legal words, share classes, accents and "&"', () => {
    expect(foldName('Alphabet Inc. (Class A)')).toBe('alphabet');
    expect(foldName('Walt Disney Company (The)')).toBe(foldName('The Walt Disney Company'));
    expect(foldName('Estée Lauder Companies')).toBe('estee lauder');
    expect(foldName('Church & Dwight')).toBe(foldName('Church and Dwight'));
    expect(foldName('The Company')).toBe('the company');
  });

  it('matches by ticker, else by a folded name, but not a company listed only abroad', () => {
    const missing = missingConstituents(entities, constituents).map((c) => c.symbol);
    // Apple by ticker, Disney by its legal name, Alphabet by alias; EQT Corporation is not Sweden's EQT.
    expect(missing).toEqual(['AOS', 'EQT', 'ACN']);
    expect(
      missingConstituents(
        [{ id: 'brk', name: 'Berkshire', kind: 'company', tickers: ['NYSE:BRK.B'] }],
        parseConstituents('Symbol,Security,GICS Sector,GICS Sub-Industry,Headquarters Location,CIK\nBRK-B,Berkshire Hathaway,Financials,Multi-Sector Holdings,"Omaha, Nebraska",1067983\n'),
      ),
    ).toEqual([]);
  });

  it('finds news sites with no entity on that domain or a subdomain', () => {
    expect(uncoveredNewsSites(entities, ['bbc.co.uk', 'theverge.com', 'verge.com', 'cnn.com'])).toEqual(['verge.com', 'cnn.com']);
  });

  it('lists the first 50, then "+N more"', () => {
    expect(listWithMore(['a', 'b', 'c'], 2)).toBe('a, b, +1 more');
    expect(listWithMore(['a', 'b'], 2)).toBe('a, b');
  });
});

describe('import sp500', () => {
  const constituents = parseConstituents(CSV);
  const sec = [
    { cik: '91142', name: 'SMITH A O CORP', ticker: 'AOS', exchange: 'NYSE' },
    { cik: '1467373', name: 'Accenture plc', ticker: 'ACN', exchange: 'NYSE' },
    { cik: '1652044', name: 'Alphabet Inc.', ticker: 'GOOGL', exchange: 'Nasdaq' },
    { cik: '1652044', name: 'Alphabet Inc.', ticker: 'GOOG', exchange: 'Nasdaq' },
    { cik: '33213', name: 'EQT Corp', ticker: 'EQT', exchange: 'OTC' },
  ];

  it('names, ids, sectors and headquarters', () => {
    expect(newsName('Alphabet Inc. (Class A)')).toBe('Alphabet');
    expect(newsName('Hartford (The)')).toBe('The Hartford');
    expect(newsName('Block, Inc.')).toBe('Block');
    expect(newsName('AES Corporation')).toBe('AES Corporation');
    expect(kebabId('A. O. Smith')).toBe('a-o-smith');
    expect(kebabId('O’Reilly Automotive')).toBe('oreilly-automotive');
    expect(kebabId('Brown–Forman')).toBe('brown-forman');
    expect(sectorWord('Information Technology', 'Semiconductors')).toBe('semiconductors');
    expect(sectorWord('Health Care', 'Health Care Equipment')).toBe('health');
    expect(sectorWord('Utilities', 'Electric Utilities')).toBe('utilities');
    expect(isUsHeadquarters('Miami-Dade County, Florida[3]')).toBe(true);
    expect(isUsHeadquarters('Dublin, Ireland')).toBe(false);
    expect(isUsHeadquarters('none')).toBe(false);
  });

  it('proposes one entity per CIK, qualifies tickers by the SEC exchange, leaves OTC out, flags ordinary words, skips taken ids', () => {
    const { entities: proposed, skipped } = proposeEntities(constituents, sec, new Set(['accenture']));
    const byId = new Map(proposed.map((p) => [p.entity.id, p]));
    expect(byId.get('a-o-smith')!.entity).toEqual({ id: 'a-o-smith', name: 'A. O. Smith', kind: 'company', tickers: ['NYSE:AOS'], country: 'US', sector: 'industrials' });
    expect(byId.get('alphabet')!.entity.tickers).toEqual(['NASDAQ:GOOGL', 'NASDAQ:GOOG']);
    expect(byId.get('eqt-corporation')!.entity.tickers).toBeUndefined();
    expect(byId.get('eqt-corporation')!.notes).toEqual(['EQT: SEC exchange OTC, ticker left out']);
    expect(byId.get('the-walt-disney-company')!.entity.tickers).toBeUndefined();
    expect(skipped).toEqual(['Accenture (ACN): id "accenture" is taken by another entity; add it by hand']);
    const block = proposeEntities(parseConstituents('Symbol,Security,GICS Sector,GICS Sub-Industry,Headquarters Location,CIK\nXYZ,"Block, Inc.",Financials,Transaction & Payment Processing Services,none,1512673\n'), [], new Set());
    expect(block.entities[0]!.entity.aliases).toEqual([{ name: 'Block', common: true }]);
    expect(block.entities[0]!.entity.country).toBeUndefined();
  });
});

describe('data:stats coverage section', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports the gaps, and skips the S&P 500 with a note when the reference list is absent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stakes-coverage-'));
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ version: 'test', asOf: '2025-11' }));
    mkdirSync(join(dir, 'entities/a'), { recursive: true });
    writeFileSync(join(dir, 'entities/a/apple.json'), JSON.stringify({ entity: entities[0], relationships: [] }));
    writeFileSync(join(dir, 'constituents.csv'), CSV);
    writeFileSync(join(dir, 'sites.txt'), '# sites\ncnn.com\n');
    const output: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => output.push(line));
    runStats([], dir, { sp500File: join(dir, 'constituents.csv'), newsSitesFile: join(dir, 'sites.txt') });
    expect(output).toContain('  S&P 500 constituents with no entity (by ticker, else by name): 6 of 7');
    expect(output).toContain('    A. O. Smith (AOS), Walt Disney Company (The) (DIS), EQT Corporation (EQT), Alphabet Inc. (Class A) (GOOGL), Alphabet Inc. (Class C) (GOOG), Accenture (ACN)');
    output.length = 0;
    runStats([], dir, { sp500File: join(dir, 'missing.csv'), newsSitesFile: join(dir, 'sites.txt') });
    expect(output.some((line) => line.startsWith('  S&P 500: skipped, no reference list at'))).toBe(true);
    expect(output).toContain('  News sites with no entity whose website is on that domain: 1 of 1');
  });
});
