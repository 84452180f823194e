import { describe, expect, it } from 'vitest';
import { isOrdinaryWord } from '../../src/build/ordinary-words';
import { compileNameTable, Matcher, type Dataset } from '../../src/core/index';
import { sameExchange, tickerVariants } from '../../src/core/exchange-notation';
import { entity } from './fixtures';

const dataset: Dataset = {
  version: 'test',
  asOf: '2026-12',
  entities: [
    entity('tencent', 'Tencent', { tickers: ['HKEX:0700'] }),
    entity('toyota', 'Toyota', { tickers: ['TYO:7203'] }),
    entity('tesco', 'Tesco', { tickers: ['LSE:TSCO'] }),
    entity('royal-bank-of-canada', 'Royal Bank of Canada', { tickers: ['TSX:RY'] }),
    entity('petrobras', 'Petrobras', { tickers: ['BVMF:PETR4'] }),
    entity('kweichow-moutai', 'Kweichow Moutai', { tickers: ['SSE:600519'] }),
  ],
  relationships: [],
  notCompanies: [],
};
const table = compileNameTable(dataset, isOrdinaryWord);
const matcher = new Matcher(table);

/** The tickers found, as "text→entity id". */
function tickersIn(text: string): string[] {
  return matcher
    .scan(text)
    .map((m) => `${text.slice(m.start, m.end)}→${table.entities[m.entity]}`)
    .filter((found) => !/^(Tencent|Toyota|Tesco|Royal Bank of Canada|Petrobras|Kweichow Moutai)→/.test(found));
}

describe('exchange notations news prints', () => {
  it('reads the exchange codes of Asian, European and Latin American copy as the dataset’s exchange', () => {
    expect(tickersIn('Tencent (HKG: 0700), Tencent (SEHK: 0700) and Tencent (HKEX:0700).')).toEqual(['0700→tencent', '0700→tencent', '0700→tencent']);
    expect(tickersIn('Toyota (TSE: 7203) and Toyota (TYO: 7203).')).toEqual(['7203→toyota', '7203→toyota']);
    expect(tickersIn('Tesco (LON: TSCO) and Petrobras (B3: PETR4), Moutai (SHA: 600519).')).toEqual(['TSCO→tesco', 'PETR4→petrobras', '600519→kweichow-moutai']);
  });

  it('lets the symbol decide where one code names two exchanges ("TSE" is Tokyo’s and, in older copy, Toronto’s)', () => {
    expect(tickersIn('(TSE: RY) and (TSE: 7203)')).toEqual(['RY→royal-bank-of-canada', '7203→toyota']);
  });

  it('finds Hong Kong codes with or without their leading zeros', () => {
    expect(tickersIn('(HKEX: 700) and (HKEX: 00700)')).toEqual(['700→tencent', '00700→tencent']);
  });

  it('finds the suffix form of a listing, and only a distinctive one', () => {
    expect(tickersIn('Shares of 0700.HK and 7203.T rose; TSCO.L fell.')).toEqual(['0700.HK→tencent', '7203.T→toyota', 'TSCO.L→tesco']);
    expect(tickersIn('RY.TO rose.')).toEqual([]);
  });

  it('still wants the exchange: a bare symbol or another exchange is not the company', () => {
    expect(tickersIn('In 0700 hours, (NYSE: 0700) and (HKG: 7203) and 700 staff.')).toEqual([]);
  });
});

describe('sameExchange and tickerVariants', () => {
  it('compares a printed code in any case with the dataset’s code', () => {
    expect(sameExchange('NASDAQ', 'Nasdaq')).toBe(true);
    expect(sameExchange('HKEX', 'hkg')).toBe(true);
    expect(sameExchange('NYSE', 'NASDAQ')).toBe(false);
    expect(sameExchange(undefined, 'NYSE')).toBe(false);
  });

  it('lists the other notations of a ticker, never the ticker itself', () => {
    expect(tickerVariants('HKEX:0700')).toEqual({ tickers: ['HKEX:700', 'HKEX:00700'], suffixed: ['0700.HK', '700.HK', '00700.HK'] });
    expect(tickerVariants('NASDAQ:NVDA')).toEqual({ tickers: [], suffixed: [] });
    expect(tickerVariants('TSX:RY')).toEqual({ tickers: [], suffixed: [] });
    expect(tickerVariants('not a ticker')).toEqual({ tickers: [], suffixed: [] });
  });
});
