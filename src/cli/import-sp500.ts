import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { canonicalizeDatasetFile, type Alias, type Entity } from '../core/index';
import { DATA_DIR, ENTITIES_DIR, loadDataset } from '../build/dataset-files';
import { isOrdinaryWord } from '../build/ordinary-words';
import { missingConstituents, parseConstituents, type Constituent } from './coverage';

/**
 * `stakes import sp500 <constituents.csv> <company_tickers_exchange.json>`:
 * writes an entity file for each S&P 500 constituent the dataset lacks (by
 * ticker, else by name: `missingConstituents`), for review in git. Names come
 * from the list's "Security" column, tickers from the SEC's exchange for the
 * constituent's CIK. No ownership status, website or relationships: a listing
 * says nothing about who holds the shares.
 */

const HELP = `stakes import sp500 <constituents.csv> <company_tickers_exchange.json> [--dir src/data] [--dry-run]

Writes src/data/entities/<c>/<id>.json for each S&P 500 constituent that no
entity answers to (by ticker, else by name), then run data:format and data:check
and review the diff. constituents.csv: github.com/datasets/s-and-p-500-companies;
company_tickers_exchange.json: the SEC's company ticker list.`;

const US_STATES = new Set(
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming D.C. District_of_Columbia'
    .split(' ')
    .map((state) => state.replace(/_/g, ' ')),
);

/** "Thomasville, North Carolina" (or "Miami-Dade County, Florida[3]") is in the US; "Dublin, Ireland" and "none" are not said to be. */
export function isUsHeadquarters(location: string): boolean {
  const state = location
    .replace(/\[\d+\]/g, '')
    .split(',')
    .pop()!
    .trim();
  return US_STATES.has(state);
}

/**
 * The dataset's sector word for a GICS sector and sub-industry: the words the
 * dataset already uses (`data:stats`), one GICS sector to one word except
 * where the dataset splits it (pharma / health, software / semiconductors /
 * electronics, media / telecom / advertising, retail / autos / consumer,
 * aerospace / transport / industrials). Materials and Utilities are new words.
 */
export function sectorWord(sector: string, subIndustry: string): string | undefined {
  switch (sector) {
    case 'Communication Services':
      if (/Telecom|Wireless/.test(subIndustry)) return 'telecom';
      if (/Advertising/.test(subIndustry)) return 'advertising';
      return 'media';
    case 'Consumer Discretionary':
      if (/Automobile Manufacturers|Automotive Parts/.test(subIndustry)) return 'autos';
      if (/Retail|Distributors/.test(subIndustry)) return 'retail';
      return 'consumer';
    case 'Consumer Staples':
      return /Retail/.test(subIndustry) ? 'retail' : 'consumer';
    case 'Energy':
      return 'energy';
    case 'Financials':
      return 'finance';
    case 'Health Care':
      return /Pharmaceuticals|Biotechnology/.test(subIndustry) ? 'pharma' : 'health';
    case 'Industrials':
      if (/Aerospace/.test(subIndustry)) return 'aerospace';
      if (/Airlines|Air Freight|Rail|Ground Transportation|Marine/.test(subIndustry)) return 'transport';
      return 'industrials';
    case 'Information Technology':
      if (/Semiconductor/.test(subIndustry)) return 'semiconductors';
      if (/Software/.test(subIndustry)) return 'software';
      if (/IT Consulting|Internet Services/.test(subIndustry)) return 'it-services';
      if (/Communications Equipment/.test(subIndustry)) return 'networking';
      return 'electronics';
    case 'Materials':
      return 'materials';
    case 'Real Estate':
      return 'real-estate';
    case 'Utilities':
      return 'utilities';
    default:
      return undefined;
  }
}

/** The name news uses, from the list's Security: "Alphabet Inc. (Class A)" → "Alphabet", "Hartford (The)" → "The Hartford", "Block, Inc." → "Block". */
export function newsName(security: string): string {
  let name = security.replace(/\s*\(Class [A-Z]\)$/, '').trim();
  const the = /^(.*)\s+\(The\)$/.exec(name);
  if (the) name = `The ${the[1]}`;
  return name.replace(/,?\s+(?:Inc\.|Corp\.|Ltd\.|plc|Incorporated)$/, '').trim();
}

/** A kebab-case id: "A. O. Smith" → "a-o-smith", "Church & Dwight" → "church-and-dwight", "O’Reilly Automotive" → "oreilly-automotive". */
export function kebabId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.!]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Short forms news commonly writes, by S&P symbol, each unambiguous. Left out
 * on purpose: surnames, places and ordinary words ("Delta", "Hilton", "Tyson",
 * "Prudential", which is also a UK insurer; "Gallagher"; "AES", the cipher; "FIS", the ski federation).
 */
const SHORT_FORMS: Record<string, string[]> = {
  ADM: ['ADM'],
  ADP: ['ADP'],
  AIG: ['AIG'],
  AKAM: ['Akamai'],
  ALB: ['Albemarle'],
  AMP: ['Ameriprise'],
  AXON: ['Axon'],
  A: ['Agilent'],
  CCL: ['Carnival'],
  CMG: ['Chipotle'],
  CNC: ['Centene'],
  CSX: ['CSX'],
  CVS: ['CVS'],
  DE: ['Deere', 'John Deere'],
  EXPE: ['Expedia'],
  FITB: ['Fifth Third'],
  HCA: ['HCA'],
  HRL: ['Hormel'],
  HWM: ['Howmet'],
  KEYS: ['Keysight'],
  LULU: ['Lululemon'],
  LYV: ['Live Nation'],
  MAR: ['Marriott'],
  MCK: ['McKesson'],
  NCLH: ['Norwegian Cruise Line'],
  PODD: ['Insulet'],
  RCL: ['Royal Caribbean'],
  HOOD: ['Robinhood'],
  SLB: ['SLB'],
  SMCI: ['Super Micro Computer'],
  STX: ['Seagate'],
  TDG: ['TransDigm'],
  TFC: ['Truist'],
  TJX: ['TJX'],
  UAL: ['United Airlines'],
  UPS: ['UPS'],
  VLO: ['Valero'],
};

/**
 * Names that are a surname, a place or another thing news names, though
 * SUBTLEX-US does not list them as lower-case words: matched only as written
 * and trusted only with other evidence. Ordinary words are flagged anyway.
 */
const ALSO_COMMON = new Set([
  'F5',
  'Dow',
  'Nasdaq',
  'The Hartford',
  'Cummins',
  'Rollins',
  'Casey\u2019s',
  "Casey's",
  'Lowe\u2019s',
  "Lowe's",
  'Old Dominion',
  'Ventas',
  'Gartner',
  'Trimble',
  'Hubbell',
  'Halliburton',
  'UPS',
  'Carnival',
  'Axon',
  'Deere',
]);

/** The alias, flagged `common` when it is an ordinary word or one of the names above. */
export const flag = (name: string): Alias => (isOrdinaryWord(name) || ALSO_COMMON.has(name) ? { name, common: true } : { name });

export interface SecRow {
  cik: string;
  /** The SEC's conformed name: "COSTCO WHOLESALE CORP /NEW". */
  name: string;
  ticker: string;
  exchange: string | null;
}

/** The SEC's `company_tickers_exchange.json`: `{fields: [cik, name, ticker, exchange], data: [...]}`. */
export function parseSecTickers(text: string): SecRow[] {
  const json = JSON.parse(text) as { fields: string[]; data: unknown[][] };
  const at = (field: string) => json.fields.indexOf(field);
  return json.data.map((row) => ({ cik: String(row[at('cik')]), name: String(row[at('name')]), ticker: String(row[at('ticker')]), exchange: (row[at('exchange')] as string | null) ?? null }));
}

/** The SEC's exchange names as the dataset writes them in tickers. */
export const EXCHANGES: Record<string, string> = { NYSE: 'NYSE', Nasdaq: 'NASDAQ', CBOE: 'CBOE' };

export interface ImportedEntity {
  entity: Entity;
  /** Why something was left out ("no ticker: ..."), for the report. */
  notes: string[];
}

/**
 * The entities for the constituents given (already known to be missing),
 * one per CIK (share classes are one company). The ticker is qualified with
 * the SEC's exchange only when the SEC file lists that very symbol for the
 * CIK: when the symbols differ (a ticker change or a move between exchanges
 * after the SEC snapshot) the exchange is not known, and the ticker is left out.
 */
export function proposeEntities(constituents: Constituent[], sec: SecRow[], takenIds: Set<string>): { entities: ImportedEntity[]; skipped: string[] } {
  const byCik = new Map<string, SecRow[]>();
  for (const row of sec) byCik.set(row.cik, [...(byCik.get(row.cik) ?? []), row]);
  const groups = new Map<string, Constituent[]>();
  for (const c of constituents) groups.set(c.cik || c.symbol, [...(groups.get(c.cik || c.symbol) ?? []), c]);
  const entities: ImportedEntity[] = [];
  const skipped: string[] = [];
  for (const members of groups.values()) {
    const first = members[0]!;
    const name = newsName(first.security);
    const id = kebabId(name);
    if (!id || !/^[a-z0-9]/.test(id)) {
      skipped.push(`${first.security} (${first.symbol}): no usable id`);
      continue;
    }
    if (takenIds.has(id)) {
      skipped.push(`${first.security} (${first.symbol}): id "${id}" is taken by another entity; add it by hand`);
      continue;
    }
    takenIds.add(id);
    const notes: string[] = [];
    const tickers: string[] = [];
    for (const member of members) {
      const row = (byCik.get(member.cik) ?? []).find((r) => r.ticker === member.symbol.replace(/\./g, '-'));
      const exchange = row?.exchange ? EXCHANGES[row.exchange] : undefined;
      if (exchange) tickers.push(`${exchange}:${member.symbol}`);
      else
        notes.push(
          row
            ? `${member.symbol}: SEC exchange ${row.exchange ?? 'none'}, ticker left out`
            : `${member.symbol}: not in the SEC list for CIK ${member.cik} (${(byCik.get(member.cik) ?? []).map((r) => r.ticker).join(', ') || 'no rows'}), ticker left out`,
        );
    }
    const aliases: Alias[] = [];
    const own = flag(name);
    if (own.common) aliases.push(own);
    for (const short of SHORT_FORMS[first.symbol] ?? []) if (short !== name) aliases.push(flag(short));
    const sector = sectorWord(first.sector, first.subIndustry);
    const entity: Entity = {
      id,
      name,
      kind: 'company',
      ...(aliases.length ? { aliases } : {}),
      ...(tickers.length ? { tickers } : {}),
      ...(isUsHeadquarters(first.headquarters) ? { country: 'US' } : {}),
      ...(sector ? { sector } : {}),
    };
    entities.push({ entity, notes });
  }
  return { entities, skipped };
}

export function runImportSp500(args: string[]): number {
  const [csvFile, secFile, ...rest] = args;
  if (!csvFile || !secFile) {
    console.error(HELP);
    return 2;
  }
  const dirAt = rest.indexOf('--dir');
  const dir = dirAt >= 0 && rest[dirAt + 1] ? rest[dirAt + 1]! : DATA_DIR;
  const dryRun = rest.includes('--dry-run');
  const { dataset } = loadDataset(dir);
  const missing = missingConstituents(dataset.entities, parseConstituents(readFileSync(csvFile, 'utf8')));
  const { entities, skipped } = proposeEntities(missing, parseSecTickers(readFileSync(secFile, 'utf8')), new Set(dataset.entities.map((e) => e.id)));
  for (const { entity, notes } of entities) {
    const path = join(dir, ENTITIES_DIR, entity.id[0]!, `${entity.id}.json`);
    if (existsSync(path)) {
      skipped.push(`${entity.name}: ${path} exists`);
      continue;
    }
    for (const note of notes) console.log(`  note: ${entity.name}: ${note}`);
    if (dryRun) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, canonicalizeDatasetFile({ entity, relationships: [] }));
  }
  for (const line of skipped) console.log(`  skipped: ${line}`);
  console.log(`${dryRun ? 'Would write' : 'Wrote'} ${entities.length} entities for ${missing.length} missing constituents; ${skipped.length} skipped. Run npm run data:check and review the diff.`);
  return 0;
}
