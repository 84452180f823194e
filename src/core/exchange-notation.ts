/**
 * How news writes a listing. The dataset writes each ticker once, in one
 * notation ("HKEX:0700"); articles print the same listing as "(HKG: 0700)",
 * "(SEHK: 700)", "(0700.HK)". This file knows those notations so a curator
 * writes a ticker once and the matcher finds every form.
 */

/**
 * Exchange code as the dataset writes it → the codes news prints before the
 * colon (upper case). "TSE" is Tokyo's and, in older Canadian copy, Toronto's:
 * it is listed under both, and the symbol after it decides.
 */
const EXCHANGE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  NASDAQ: ['NASDAQ', 'NASDAQGS', 'NASDAQGM', 'NASDAQCM', 'NMS'],
  NYSE: ['NYSE'],
  TYO: ['TYO', 'TSE', 'JPX'],
  HKEX: ['HKEX', 'HKG', 'SEHK', 'HKSE', 'HK'],
  SSE: ['SSE', 'SHA', 'SHSE'],
  SZSE: ['SZSE', 'SHE'],
  KRX: ['KRX', 'KSE', 'KOSPI'],
  KOSDAQ: ['KOSDAQ'],
  TWSE: ['TWSE', 'TPE', 'TWO'],
  NSE: ['NSE'],
  BSE: ['BSE'],
  SGX: ['SGX', 'SES'],
  ASX: ['ASX'],
  NZX: ['NZX', 'NZE'],
  LSE: ['LSE', 'LON'],
  ETR: ['ETR', 'XETRA', 'FWB', 'FRA'],
  EPA: ['EPA', 'PAR'],
  AMS: ['AMS'],
  EBR: ['EBR'],
  BIT: ['BIT', 'MIL'],
  BME: ['BME', 'MCE'],
  SWX: ['SWX', 'SIX', 'VTX'],
  STO: ['STO'],
  HEL: ['HEL'],
  CPH: ['CPH'],
  OSL: ['OSL', 'OSE'],
  VIE: ['VIE'],
  TSX: ['TSX', 'TSE'],
  BVMF: ['BVMF', 'B3', 'BOVESPA'],
  BMV: ['BMV'],
  BCBA: ['BCBA', 'BYMA'],
  JSE: ['JSE'],
  TADAWUL: ['TADAWUL', 'TASI'],
};

/** Suffixes of the Reuters/Yahoo form "0700.HK", by the dataset's exchange code. US listings have none. */
const SYMBOL_SUFFIXES: Readonly<Record<string, string>> = {
  TYO: 'T',
  HKEX: 'HK',
  SSE: 'SS',
  SZSE: 'SZ',
  KRX: 'KS',
  KOSDAQ: 'KQ',
  TWSE: 'TW',
  NSE: 'NS',
  BSE: 'BO',
  SGX: 'SI',
  ASX: 'AX',
  NZX: 'NZ',
  LSE: 'L',
  ETR: 'DE',
  EPA: 'PA',
  AMS: 'AS',
  EBR: 'BR',
  BIT: 'MI',
  BME: 'MC',
  SWX: 'SW',
  STO: 'ST',
  HEL: 'HE',
  CPH: 'CO',
  OSL: 'OL',
  VIE: 'VI',
  TSX: 'TO',
  BVMF: 'SA',
  BMV: 'MX',
  BCBA: 'BA',
  JSE: 'JO',
  TADAWUL: 'SR',
};

/** Notation seen before a colon → the dataset's exchange codes it can mean. */
const CODES_BY_NOTATION = new Map<string, string[]>();
for (const [code, notations] of Object.entries(EXCHANGE_ALIASES)) {
  for (const notation of notations) {
    const codes = CODES_BY_NOTATION.get(notation) ?? [];
    if (!codes.includes(code)) codes.push(code);
    CODES_BY_NOTATION.set(notation, codes);
  }
}

/** Whether an exchange printed before a ticker ("HKG", any case) is the exchange the dataset wrote ("HKEX"). */
export function sameExchange(written: string | undefined, seen: string): boolean {
  if (!written) return false;
  const upper = seen.toUpperCase();
  if (upper === written) return true;
  return CODES_BY_NOTATION.get(upper)?.includes(written) ?? false;
}

/**
 * The other ways news prints the dataset's ticker "CODE:SYMBOL", for the name
 * table: Hong Kong's numeric codes with and without their leading zeros
 * ("HKEX:0700" is also "HKEX:700" and "HKEX:00700"), and the suffix form
 * ("0700.HK", "7203.T", "RELIANCE.NS"). The ticker itself is not repeated.
 */
export function tickerVariants(ticker: string): { tickers: string[]; suffixed: string[] } {
  const colon = ticker.indexOf(':');
  if (colon <= 0) return { tickers: [], suffixed: [] };
  const code = ticker.slice(0, colon);
  const symbol = ticker.slice(colon + 1);
  const symbols = new Set([symbol]);
  if (code === 'HKEX' && /^\d+$/.test(symbol)) {
    const bare = symbol.replace(/^0+(?=\d)/, '');
    for (const width of [bare.length, 4, 5]) if (width >= bare.length) symbols.add(bare.padStart(width, '0'));
  }
  const tickers = [...symbols].filter((s) => s !== symbol).map((s) => `${code}:${s}`);
  const suffix = SYMBOL_SUFFIXES[code];
  // A one- or two-letter symbol with a suffix ("MC.PA" aside) reads like an abbreviation; only longer or numeric ones are distinctive.
  const suffixed = suffix ? [...symbols].filter((s) => s.length >= 3 || /^\d+$/.test(s)).map((s) => `${s}.${suffix}`) : [];
  return { tickers, suffixed };
}
