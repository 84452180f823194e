import type { Entity } from '../core/index';

/**
 * Coverage gaps: which S&P 500 constituents have no entity, and which bundled
 * news sites have no entity whose website is on that domain. Pure functions,
 * so the matching can be tested on a small fixture; `data:stats` feeds them
 * the reference list from `../shared/reference-data/sp500/constituents.csv`.
 */

export interface Constituent {
  symbol: string;
  security: string;
  sector: string;
  subIndustry: string;
  headquarters: string;
  cik: string;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell !== ''));
}

/** The constituents of `constituents.csv` (Symbol, Security, GICS Sector, GICS Sub-Industry, Headquarters Location, Date added, CIK, Founded). */
export function parseConstituents(text: string): Constituent[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const column = (name: string) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`constituents.csv: no "${name}" column`);
    return at;
  };
  const [symbol, security, sector, subIndustry, headquarters, cik] = ['Symbol', 'Security', 'GICS Sector', 'GICS Sub-Industry', 'Headquarters Location', 'CIK'].map(column);
  return rows.map((row) => ({
    symbol: row[symbol!]!.trim(),
    security: row[security!]!.trim(),
    sector: row[sector!]!.trim(),
    subIndustry: row[subIndustry!]!.trim(),
    headquarters: row[headquarters!]!.trim(),
    cik: row[cik!]!.trim().replace(/^0+/, ''),
  }));
}

const LEGAL_WORDS = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'companies', 'plc', 'ltd', 'limited', 'llc', 'lp', 'sa', 'nv', 'ag', 'the', 'group', 'holdings', 'holding']);

/**
 * A name folded for comparison: accents, case, punctuation, "&"/"and", a share
 * class and legal words (Inc., Corporation, The, Group, Holdings) dropped.
 * "The Walt Disney Company" and "Walt Disney" fold alike; "Alphabet Inc. (Class A)" folds to "alphabet".
 */
export function foldName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(class [a-z]\)/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const kept = words.filter((word) => !LEGAL_WORDS.has(word) && word !== 'and');
  return (kept.length > 0 ? kept : words).join(' ');
}

const US_EXCHANGES = new Set(['NYSE', 'NASDAQ', 'CBOE']);

/** "BRK.B" and "BRK-B" are one symbol. */
const normalSymbol = (symbol: string) => symbol.toUpperCase().replace(/[.-]/g, '.');

/**
 * What the dataset already answers to, for coverage gaps and importers: a
 * ticker symbol on NYSE, NASDAQ or Cboe, else a folded name, legal name or
 * alias of a company, outlet or fund that is not listed only abroad.
 */
export function knownListings(entities: Entity[]): { symbol: (symbol: string) => boolean; name: (name: string) => boolean } {
  const symbols = new Set<string>();
  const names = new Set<string>();
  for (const entity of entities) {
    const tickers = entity.tickers ?? [];
    for (const ticker of tickers) {
      const [exchange, symbol] = ticker.split(':');
      if (symbol && US_EXCHANGES.has(exchange!)) symbols.add(normalSymbol(symbol));
    }
    if (entity.kind !== 'company' && entity.kind !== 'outlet' && entity.kind !== 'fund') continue;
    // Listed only abroad: another company of that name (Sweden's EQT is not EQT Corporation).
    if (tickers.length > 0 && !tickers.some((ticker) => US_EXCHANGES.has(ticker.split(':')[0]!))) continue;
    for (const name of [entity.name, entity.legalName, ...(entity.aliases ?? []).filter((alias) => !alias.former).map((alias) => alias.name)]) {
      if (name) names.add(foldName(name));
    }
  }
  return { symbol: (symbol) => symbols.has(normalSymbol(symbol)), name: (name) => names.has(foldName(name)) };
}

/** The constituents no entity answers to (`knownListings`). */
export function missingConstituents(entities: Entity[], constituents: Constituent[]): Constituent[] {
  const known = knownListings(entities);
  return constituents.filter((c) => !known.symbol(c.symbol) && !known.name(c.security));
}

/** The host of an entity's website, without "www.": undefined when it has none or it does not parse. */
function websiteHost(entity: Entity): string | undefined {
  if (!entity.website) return undefined;
  try {
    return new URL(entity.website).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The news-site domains no entity's website is on (the domain itself or a subdomain of it). */
export function uncoveredNewsSites(entities: Entity[], domains: string[]): string[] {
  const hosts = entities.map(websiteHost).filter((host): host is string => host !== undefined);
  return domains.filter((domain) => !hosts.some((host) => host === domain || host.endsWith(`.${domain}`)));
}

/** "first 50, then +N more". */
export function listWithMore(items: string[], limit = 50): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown}, +${items.length - limit} more` : shown;
}
