import { tempDir } from '../temp-dir';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { headquarters, runImportSec, screenRow, secListing } from '../../src/cli/import-sec';
import { secNames } from '../../src/cli/sec-names';

describe('SEC conformed names', () => {
  const name = (conformed: string) => secNames(conformed).name;

  it('drops the SEC markers and legal forms and title-cases upper-case names, keeping initials', () => {
    expect(name('COSTCO WHOLESALE CORP /NEW')).toBe('Costco Wholesale');
    expect(name('ELI LILLY & Co')).toBe('Eli Lilly');
    expect(name('CSX CORP')).toBe('CSX');
    expect(name('RTX Corp')).toBe('RTX');
    expect(name('AGCO CORP /DE')).toBe('AGCO');
    expect(name('EOG RESOURCES INC')).toBe('EOG Resources');
    expect(name('SOUTHERN COPPER CORP/')).toBe('Southern Copper');
    expect(name('ACUITY INC. (DE)')).toBe('Acuity');
    expect(name('UNIVERSAL DISPLAY CORP \\PA\\')).toBe('Universal Display');
    expect(name('ZIONS BANCORPORATION, NATIONAL ASSOCIATION /UT/')).toBe('Zions Bancorporation');
    expect(name('ENTERPRISE PRODUCTS PARTNERS L.P.')).toBe('Enterprise Products Partners');
  });

  it('cases Mc names, possessives, hyphens, slashes and ampersands as news prints them', () => {
    expect(name('MCKESSON CORP')).toBe('McKesson');
    expect(name("DILLARD'S, INC.")).toBe("Dillard's");
    expect(name('H&R BLOCK INC')).toBe('H&R Block');
    expect(name('CAL-MAINE FOODS INC')).toBe('Cal-Maine Foods');
    expect(name('SCOTTS MIRACLE-GRO CO')).toBe('Scotts Miracle-Gro');
    expect(name('CULLEN/FROST BANKERS, INC.')).toBe('Cullen/Frost Bankers');
    expect(name('M/I HOMES, INC.')).toBe('M/I Homes');
    expect(name('Moelis & Co')).toBe('Moelis');
    expect(name('REINSURANCE GROUP OF AMERICA INC')).toBe('Reinsurance Group of America');
  });

  it('keeps the capitals of names written in mixed case', () => {
    expect(name('iRobot Corp')).toBe('iRobot');
    expect(name('Palantir Technologies Inc.')).toBe('Palantir Technologies');
    expect(name('e.l.f. Beauty, Inc.')).toBe('e.l.f. Beauty');
    expect(name('nCino, Inc.')).toBe('nCino');
  });

  it('moves a trailing "The" to the front', () => {
    expect(name('GAP INC, THE')).toBe('The Gap');
  });

  it('drops a trailing Group, Holdings or Companies only when a name is left, and offers the longer form', () => {
    expect(secNames('ZILLOW GROUP, INC.')).toEqual({ name: 'Zillow', longer: 'Zillow Group' });
    expect(secNames('CARLISLE COMPANIES INC')).toEqual({ name: 'Carlisle', longer: 'Carlisle Companies' });
    expect(secNames('Match Group, Inc.')).toEqual({ name: 'Match Group' });
    expect(secNames('Hub Group, Inc.')).toEqual({ name: 'Hub Group' });
    expect(secNames('Rocket Companies, Inc.')).toEqual({ name: 'Rocket Companies' });
  });
});

describe('screening SEC rows', () => {
  const row = (name: string, ticker: string, exchange: string | null = 'NYSE') => ({ cik: '1', name, ticker, exchange });

  it('leaves out OTC rows, other securities, funds, trusts and SPACs, and keeps REITs and banks named "Trust"', () => {
    expect(screenRow(row('Some Company Inc', 'SOMC', 'OTC'))).toBe('no exchange or OTC');
    expect(screenRow(row('Some Company Inc', 'SOMC', null))).toBe('no exchange or OTC');
    expect(screenRow(row('JPMORGAN CHASE & CO', 'JPM-PC'))).toBe('not common shares');
    expect(screenRow(row('SPDR S&P 500 ETF TRUST', 'SPY'))).toBe('fund, ETF or trust');
    expect(screenRow(row('INVESCO QQQ TRUST, SERIES 1', 'QQQ', 'Nasdaq'))).toBe('fund, ETF or trust');
    expect(screenRow(row('Sprott Physical Gold Trust', 'PHYS'))).toBe('fund, ETF or trust');
    expect(screenRow(row('ARES CAPITAL CORP', 'ARCC', 'Nasdaq'))).toBe('fund, ETF or trust');
    expect(screenRow(row('Churchill Capital Corp X/Cayman', 'CCCX', 'Nasdaq'))).toBe('SPAC');
    expect(screenRow(row('Example Acquisition Corp', 'EXAQ', 'Nasdaq'))).toBe('SPAC');
    expect(screenRow(row('VORNADO REALTY TRUST', 'VNO'))).toBeUndefined();
    expect(screenRow(row('NORTHERN TRUST CORP', 'NTRS', 'Nasdaq'))).toBeUndefined();
    expect(screenRow(row('BRK', 'BRK-B'))).toBeUndefined();
  });

  it('decides headquarters: Canada by list or /CAN/, abroad by list, foreign words or foreign legal forms, US otherwise', () => {
    expect(headquarters(row('ENBRIDGE INC', 'ENB'))).toBe('CA');
    expect(headquarters(row('BANK OF MONTREAL /CAN/', 'BMO'))).toBe('CA');
    expect(headquarters(row('Canada Goose Holdings Inc.', 'GOOS'))).toBe('CA');
    expect(headquarters(row('KONINKLIJKE PHILIPS NV', 'PHG'))).toBeUndefined();
    expect(headquarters(row('ERICSSON LM TELEPHONE CO', 'ERIC', 'Nasdaq'))).toBeUndefined();
    expect(headquarters(row('SHINHAN FINANCIAL GROUP CO LTD', 'SHG'))).toBeUndefined();
    expect(headquarters(row('Alibaba Group Holding Ltd', 'BABA'))).toBeUndefined();
    expect(headquarters(row('SAP SE', 'SAP'))).toBeUndefined();
    expect(headquarters(row('TELEFONICA S A', 'TEF'))).toBeUndefined();
    expect(headquarters(row('NIO Inc.', 'NIO'))).toBeUndefined();
    expect(headquarters(row('Royalty Pharma plc', 'RPRX', 'Nasdaq'))).toBe('US');
    expect(headquarters(row('MCKESSON CORP', 'MCK'))).toBe('US');
  });
});

describe('stakes import sec', () => {
  const sec = {
    fields: ['cik', 'name', 'ticker', 'exchange'],
    data: [
      [1045810, 'NVIDIA CORP', 'NVDA', 'Nasdaq'],
      [1652044, 'Alphabet Inc.', 'GOOGL', 'Nasdaq'],
      [1652044, 'Alphabet Inc.', 'GOOG', 'Nasdaq'],
      [884394, 'SPDR S&P 500 ETF TRUST', 'SPY', 'NYSE'],
      [909832, 'COSTCO WHOLESALE CORP /NEW', 'COST', 'Nasdaq'],
      [1577552, 'Alibaba Group Holding Ltd', 'BABA', 'NYSE'],
      [19617, 'JPMORGAN CHASE & CO', 'JPM-PC', 'NYSE'],
      [927653, 'MCKESSON CORP', 'MCK', 'NYSE'],
      [80661, 'PROGRESSIVE CORP/OH/', 'PGR', 'NYSE'],
      [895126, 'ENBRIDGE INC', 'ENB', 'NYSE'],
      [91142, 'SMITH A O CORP', 'AOS', 'NYSE'],
      [1, 'Example Acquisition Corp', 'EXAQ', 'Nasdaq'],
      [2, 'Tiny Otc Co', 'TINY', 'OTC'],
      [3, 'ZILLOW GROUP, INC.', 'Z', 'Nasdaq'],
    ],
  };

  let output: string[];
  beforeEach(() => {
    output = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => output.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => output.push(line));
  });
  afterEach(() => vi.restoreAllMocks());

  function dataset(): { dir: string; secFile: string } {
    const dir = tempDir('stakes-sec-');
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ version: 'test', asOf: '2026-12' }));
    const files: Record<string, unknown> = {
      'entities/n/nvidia.json': { entity: { id: 'nvidia', name: 'Nvidia', kind: 'company', tickers: ['NASDAQ:NVDA'], ownership: { status: 'widely-held', listed: ['NASDAQ'] } }, relationships: [] },
      'entities/a/alphabet.json': { entity: { id: 'alphabet', name: 'Alphabet', kind: 'company' }, relationships: [] },
      // What `import sp500` wrote: tickers, no status.
      'entities/a/a-o-smith.json': { entity: { id: 'a-o-smith', name: 'A. O. Smith', kind: 'company', tickers: ['NYSE:AOS'], country: 'US', sector: 'industrials' }, relationships: [] },
    };
    for (const [path, data] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), `${JSON.stringify(data, null, 2)}\n`);
    }
    const secFile = join(tempDir('stakes-sec-list-'), 'company_tickers_exchange.json');
    writeFileSync(secFile, JSON.stringify(sec));
    return { dir, secFile };
  }
  const read = (dir: string, id: string) => JSON.parse(readFileSync(join(dir, 'entities', id[0]!, `${id}.json`), 'utf8'));

  it('writes one listed entity per new US or Canadian company, with the news name, flags and the SEC source', () => {
    const { dir, secFile } = dataset();
    expect(runImportSec([secFile, '--dir', dir])).toBe(0);
    expect(read(dir, 'costco')).toEqual({
      entity: { id: 'costco', name: 'Costco', kind: 'company', aliases: [{ name: 'Costco Wholesale' }], tickers: ['NASDAQ:COST'], country: 'US', ownership: secListing('NASDAQ') },
      relationships: [],
    });
    expect(read(dir, 'mckesson').entity).toMatchObject({ name: 'McKesson', tickers: ['NYSE:MCK'], country: 'US', ownership: { status: 'listed', listed: ['NYSE'], asOf: '2025-08' } });
    // An ordinary word is flagged common, the display name listed as an alias for it.
    expect(read(dir, 'progressive').entity.aliases).toEqual([{ name: 'Progressive', common: true }]);
    expect(read(dir, 'enbridge').entity.country).toBe('CA');
    expect(read(dir, 'zillow').entity).toMatchObject({ name: 'Zillow', aliases: [{ name: 'Zillow Group' }], tickers: ['NASDAQ:Z'] });
    expect(secListing('NYSE').sources).toEqual([
      { publisher: 'U.S. Securities and Exchange Commission', title: 'Company tickers and exchanges (company_tickers_exchange.json)', url: 'https://www.sec.gov/files/company_tickers_exchange.json', date: '2025-08-24', kind: 'filing' },
    ]);
    // Present already (by ticker, by name), a fund, a foreign company, a preferred share, a SPAC, an OTC row: no file.
    for (const id of ['nvidia-corp', 'alphabet-inc', 'spdr-s-and-p-500-etf-trust', 'alibaba', 'alibaba-group-holding', 'jpmorgan-chase', 'example-acquisition', 'tiny-otc']) expect(existsSync(join(dir, 'entities', id[0]!, `${id}.json`))).toBe(false);
    expect(read(dir, 'nvidia').entity.ownership).toEqual({ status: 'widely-held', listed: ['NASDAQ'] });
    // The S&P 500 entity without a status gets the listing the SEC row confirms.
    expect(read(dir, 'a-o-smith').entity).toEqual({ id: 'a-o-smith', name: 'A. O. Smith', kind: 'company', tickers: ['NYSE:AOS'], country: 'US', sector: 'industrials', ownership: secListing('NYSE') });
    expect(output.at(-1)).toContain('Wrote 5 entities from the top 4400 SEC rows and give 1 existing entities the listed status');
  });

  it('reads only the top rows with --top, and writes nothing with --dry-run', () => {
    const { dir, secFile } = dataset();
    expect(runImportSec([secFile, '--dir', dir, '--top', '5', '--dry-run'])).toBe(0);
    expect(output.filter((line) => line.startsWith('  add:'))).toEqual(['  add: NASDAQ:COST\tCostco\tCostco Wholesale']);
    expect(existsSync(join(dir, 'entities/c/costco.json'))).toBe(false);
    expect(read(dir, 'a-o-smith').entity.ownership).toBeUndefined();
    expect(runImportSec([secFile, '--top', 'many'])).toBe(2);
    expect(runImportSec([])).toBe(2);
  });
});
