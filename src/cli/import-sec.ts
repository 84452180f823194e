import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { canonicalizeDatasetFile, isControllingFact, type Alias, type Entity, type Ownership, type Relationship } from '../core/index';
import { DATA_DIR, ENTITIES_DIR, loadDataset } from '../build/dataset-files';
import { isOrdinaryWordOrName } from '../build/ordinary-words';
import { knownListings } from './coverage';
import { EXCHANGES, flag, kebabId, parseSecTickers, type SecRow } from './import-sp500';
import { secNames } from './sec-names';
import { BDCS, CANADA, COMMON_NAMES, FOREIGN, GONE_SINCE, NAME_OVERRIDES, NOT_COMMON, OTHER_COMPANY_OF_THAT_NAME, SAME_AS_EXISTING, SUBSIDIARY_NOTES, US_WITH_FOREIGN_FORM } from './sec-overrides';

/**
 * `stakes import sec <company_tickers_exchange.json> [--top N] [--dry-run]`:
 * writes an entity file for each US- or Canada-headquartered company among
 * the top N rows of the SEC's ticker list (largest market value first) that
 * the dataset lacks (by ticker, else by folded name: `knownListings`, the test
 * of `data:stats`' coverage gaps), with the status `listed` on its exchange.
 * It also gives that status to the fact-free entities an earlier import wrote
 * without one, where the SEC row confirms their ticker and exchange.
 */

const HELP = `stakes import sec <company_tickers_exchange.json> [--top N] [--dir src/data] [--dry-run]

Reads the SEC's company_tickers_exchange.json (rows by market value, largest
first) and writes src/data/entities/<c>/<id>.json for each company in the top N
rows (default ${'$'}{DEFAULT_TOP}) that is listed on NYSE, Nasdaq or Cboe, headquartered in
the US or Canada, not a fund, trust, SPAC or other security, and not in the
dataset already. Then run data:format and data:check and review the diff.`;

export const DEFAULT_TOP = 4400;

/** The status the SEC list supports: a listing, nothing about who holds the shares. */
export function secListing(exchange: string): Ownership {
  return {
    status: 'listed',
    listed: [exchange],
    sources: [{ publisher: 'U.S. Securities and Exchange Commission', title: 'Company tickers and exchanges (company_tickers_exchange.json)', url: 'https://www.sec.gov/files/company_tickers_exchange.json', date: '2025-08-24', kind: 'filing' }],
    asOf: '2025-08',
  };
}

/** "BRK-B" → "BRK.B", as the dataset writes share classes. */
const datasetSymbol = (ticker: string) => ticker.replace(/-/g, '.');

/** Funds, ETFs, trusts and closed-end funds (business development companies among them): not companies a reader meets in the news as such. */
const FUND = /\b(?:ETF|ETFS|ETN|FUND|FUNDS|FD|PORTFOLIOS?|ISHARES|SPDR|PROSHARES|DIREXION|INVESCO DB|GRAYSCALE|MUNICIPAL|MUNI|INCOME SHARES|BDC|SPECIALTY LENDING|SECURED LENDING|LENDING CORP|FLOATING RATE|BITCOIN|ETHER(?:EUM)?)\b/i;
/**
 * A trust as the registrant: a grantor, royalty or closed-end trust ("Sprott
 * Physical Gold Trust", "Permian Basin Royalty Trust", "BlackRock Science &
 * Technology Trust"). Not a bank named "... Trust Corp", and not a real-estate
 * investment trust that runs buildings ("Vornado Realty Trust", "Pebblebrook
 * Hotel Trust"): those are operating companies news names.
 */
const TRUST = /\bTRUST\b/i;
const NOT_A_FUND_TRUST =
  /\bTRUST\s+(?:CO|COMPANY|CORP|CORPORATION|BANCORP|FINANCIAL)\b|\b(?:REALTY|PROPERTY|PROPERTIES|HOTEL|HOTELS|LODGING|INDUSTRIAL|STORAGE AFFILIATES|MORTGAGE|RESIDENTIAL|APARTMENT|HOSPITALITY|OFFICE|RETAIL|HEALTHCARE|CENTERS|ASSETS)(?: GROUP| INVESTMENT| INCOME)? TRUST\b/i;
/** Special-purpose acquisition companies. */
const SPAC =
  /\b(?:ACQUISITION|ACQUISITIONS|ACQUISITION CORP|MERGER CORP|BLANK CHECK|SPAC|CAPITAL INVESTMENT CORP|EQUITY PARTNERS|ENERGY TRANSITION CORP|GIGCAPITAL\d*)\b|\b(?:CORP|CORPORATION|INC|HOLDINGS|FINANCIAL|CO)\.?,?\s+(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\b(?!\s*\w)/i;
/** Blank-check companies whose names do not say so. */
const SPACS = new Set('GTEN CUB GRAF BRR SBXD NHIC CGCT HVII ALDF'.split(' '));
/** Securities that are not a company's common shares: preferred, notes, units, warrants, rights. */
const NOT_COMMON_SHARES = /\b(?:NOTES?|PREFERRED|DEPOSITARY|WARRANTS?|UNITS|DEBENTURES?|RIGHTS)\b|\bOP,? L\.?P\b/i;
/** A ticker with a suffix other than a share class letter: "JPM-PC", "GRP-UN", "XYZ-WT". */
const SECURITY_SUFFIX = /-(?![A-C]$)[A-Z]+$/;
/** Legal forms of companies incorporated outside the US and Canada (on their own, a Bermuda "Ltd" is not yet foreign). */
const FOREIGN_FORM = /(?:^|[\s,.])(?:S A|A S|N V|PLC|P\.L\.C|N\.V|NV|S\.A|SA|S\.A\.B|SAB|SE|AG|A\/S|ASA|AB|OYJ|S\.P\.A|SPA|TBK|K\.K|GMBH|LTDA|BHD|PTY|ADR|ADS|AS|SPA|SCA|BV|B\.V|KGAA|S\.?R\.?L|LIMITED|LTD)\.?(?=$|[\s,./\\])/i;
/** Words in a conformed name that place the company abroad. */
const FOREIGN_WORDS =
  /\b(?:CHINA|CHINESE|BRAZILIAN|KOREAN|COMPANHIA|SOCIEDAD|CIA|ERICSSON|PARANA|SINO|HONG KONG|JAPAN|KOREA|TAIWAN|INDIA|ISRAEL|BRASIL|BRAZIL|MEXICO|MEXICANA|BANCO|GRUPO|CAYMAN|SINGAPORE|DEUTSCHE|NIPPON|KONINKLIJKE|TELEFONAKTIEBOLAGET|PETROLEO|ARGENTINA|CHILE|COLOMBIA|PERU|PHILIPPINE|INDONESIA|TURK|GREEK|CYPRUS|HELLENIC|BEIJING|SHANGHAI|SHENZHEN|GUANGZHOU|HANGZHOU|EURONAV|PAMPA|TELECOM ARGENTINA|YPF|BBVA|SANTANDER|MITSUBISHI|MIZUHO|SUMITOMO|TOYOTA|HONDA|SONY|NOMURA|ORIX|KUBOTA|CANON|PANASONIC|HITACHI)\b/i;

export type SkipReason = 'gone since the list' | 'no exchange or OTC' | 'another share class' | 'not common shares' | 'fund, ETF or trust' | 'SPAC' | 'headquartered abroad' | 'in the dataset' | 'id taken';

/** Why a row is left out (before the dataset is consulted), or undefined for a candidate. */
export function screenRow(row: SecRow): SkipReason | undefined {
  if (!row.exchange || !EXCHANGES[row.exchange]) return 'no exchange or OTC';
  if (GONE_SINCE.has(row.ticker)) return 'gone since the list';
  if (SECURITY_SUFFIX.test(row.ticker) || NOT_COMMON_SHARES.test(row.name) || SUBSIDIARY_NOTES.has(row.ticker)) return 'not common shares';
  if (FUND.test(row.name) || BDCS.has(row.ticker) || (TRUST.test(row.name) && !NOT_A_FUND_TRUST.test(row.name))) return 'fund, ETF or trust';
  if (SPAC.test(row.name) || SPACS.has(row.ticker)) return 'SPAC';
  if (headquarters(row) === undefined) return 'headquartered abroad';
  if (SAME_AS_EXISTING.has(row.ticker)) return 'in the dataset';
  return undefined;
}

/**
 * "US" or "CA" where the importer decides the company is headquartered, or
 * undefined for abroad. Canada: the hand-kept list of Canadian companies
 * (tickers). Abroad: the hand-kept list of foreign companies with US-style
 * names (Chinese, Israeli, Japanese, Latin American "Inc."), any name with a
 * word that places it abroad ("China", "Banco", "Nippon"), and any name with a
 * legal form of another country (plc, N.V., S.A., AG, Ltd, Limited ...),
 * except the hand-kept list of US-headquartered companies incorporated in
 * Ireland, the UK, Bermuda or the Netherlands.
 */
export function headquarters(row: Pick<SecRow, 'name' | 'ticker'>): 'US' | 'CA' | undefined {
  if (CANADA.has(row.ticker) || /\/CAN\/?\s*$/i.test(row.name) || /\bCANADA\b/i.test(row.name)) return 'CA';
  if (US_WITH_FOREIGN_FORM.has(row.ticker)) return 'US';
  if (FOREIGN.has(row.ticker) || FOREIGN_WORDS.test(row.name) || FOREIGN_FORM.test(row.name)) return undefined;
  return 'US';
}

/** The dataset's sector word from the words of a name, where they say it: "Bancorp" → finance, "Therapeutics" → pharma. */
export function sectorFromName(name: string): string | undefined {
  const rules: [RegExp, string][] = [
    [/\b(?:Therapeutics|Pharmaceuticals?|Pharma|Biosciences?|Biotherapeutics|Biopharma|Biotech|Oncology|Genomics|Biologics|Bio)\b/i, 'pharma'],
    [/\b(?:Bancorp|Bancshares|Bank|Banc|Bankshares|Financial|Insurance|Capital|Assurance|Reinsurance)\b/i, 'finance'],
    [/\b(?:Semiconductors?|Micro Devices|Microchip)\b/i, 'semiconductors'],
    [/\b(?:Software)\b/i, 'software'],
    [/\b(?:Realty|REIT|Properties|Property|Residential|Real Estate)\b/i, 'real-estate'],
    [/\b(?:Airlines?|Railroad|Railway|Trucking|Freight|Logistics|Shipping)\b/i, 'transport'],
    [/\b(?:Oil|Petroleum|Energy|Midstream|Natural Gas|Drilling|Exploration)\b/i, 'energy'],
    [/\b(?:Utilities|Electric|Water Works|Power & Light)\b/i, 'utilities'],
    [/\b(?:Medical|Health|Healthcare|Surgical|Diagnostics|Hospital)\b/i, 'health'],
    [/\b(?:Mining|Gold|Silver|Copper|Steel|Chemicals?|Materials|Aluminum|Minerals|Packaging)\b/i, 'materials'],
    [/\b(?:Aerospace|Defense)\b/i, 'aerospace'],
    [/\b(?:Motors?|Automotive)\b/i, 'autos'],
    [/\b(?:Stores|Retail)\b/i, 'retail'],
    [/\b(?:Restaurants?|Brands|Foods?|Beverages?|Apparel)\b/i, 'consumer'],
    [/\b(?:Communications|Telecom|Wireless)\b/i, 'telecom'],
  ];
  return rules.find(([pattern]) => pattern.test(name))?.[1];
}

/** The alias for a name: `common` when it is an ordinary word, a surname or a place (SUBTLEX-US), or on the hand-checked list. */
function flagSec(name: string): Alias {
  if (flag(name).common || COMMON_NAMES.has(name)) return { name, common: true };
  // A one-word name that is a frequent surname, first name or place ("Kirby", "Lear", "Parsons"), unless the review found news uses it for the company only.
  if (!/\s/.test(name) && isOrdinaryWordOrName(name) && !NOT_COMMON.has(name)) return { name, common: true };
  return { name };
}

export interface SecImport {
  entities: Entity[];
  /** Existing fact-free entities that get the `listed` status: id → status. */
  listed: Map<string, Ownership>;
  skipped: { row: SecRow; reason: SkipReason; detail?: string }[];
}

/** The entity for one SEC row: news name, legal-ish alias, ticker, country, sector, the `listed` status. */
export function secEntity(row: SecRow): Entity {
  const exchange = EXCHANGES[row.exchange!]!;
  const override = NAME_OVERRIDES[row.ticker];
  const derived = secNames(row.name);
  const name = override?.name ?? derived.name;
  const aliases: Alias[] = [];
  const own = flagSec(name);
  if (own.common) aliases.push(own);
  const extra = override ? [...(override.aliases ?? []), ...(override.keepDerived === false ? [] : [derived.name])] : [];
  if (derived.longer) extra.push(derived.longer);
  // Case alone makes no other name: the matcher reads "Hubspot" as "HubSpot" unless the name is common.
  for (const alias of extra) if (alias.toLowerCase() !== name.toLowerCase() && !aliases.some((a) => a.name.toLowerCase() === alias.toLowerCase())) aliases.push(flagSec(alias));
  const country = headquarters(row);
  const sector = override?.sector ?? sectorFromName(derived.longer ?? derived.name);
  return {
    id: override?.id ?? kebabId(name),
    name,
    kind: 'company',
    ...(aliases.length ? { aliases } : {}),
    tickers: [`${exchange}:${datasetSymbol(row.ticker)}`],
    ...(country ? { country } : {}),
    ...(sector ? { sector } : {}),
    ownership: secListing(exchange),
  };
}

/** The entities an earlier import wrote without any status: tickers, no ownership, no other field beyond names, country and sector, no relationships. */
export function isBareListing(entity: Entity, related: Set<string>): boolean {
  return (entity.tickers?.length ?? 0) > 0 && !entity.ownership && !related.has(entity.id) && !entity.website && !entity.wikidata && !entity.legalName && !entity.description;
}

/**
 * The import: the first `top` rows screened, the rest matched against the
 * dataset; and for every bare listing (`isBareListing`) whose tickers all
 * appear in the SEC list for one CIK on the exchange they name, the `listed` status.
 */
export function proposeSecImport(rows: SecRow[], entities: Entity[], relationships: Relationship[], top: number): SecImport {
  const known = knownListings(entities);
  const taken = new Set(entities.map((entity) => entity.id));
  const takenNames = new Set(entities.flatMap((entity) => [entity.name, ...(entity.aliases ?? []).map((alias) => alias.name)]));
  const cikSeen = new Set<string>();
  const out: SecImport = { entities: [], listed: new Map(), skipped: [] };
  for (const row of rows.slice(0, top)) {
    const screened = screenRow(row);
    if (screened) {
      out.skipped.push({ row, reason: screened });
      continue;
    }
    if (cikSeen.has(row.cik)) {
      out.skipped.push({ row, reason: 'another share class' });
      continue;
    }
    cikSeen.add(row.cik);
    const entity = secEntity(row);
    if (known.symbol(row.ticker) || (!OTHER_COMPANY_OF_THAT_NAME.has(row.ticker) && (known.name(row.name) || known.name(entity.name)))) {
      out.skipped.push({ row, reason: 'in the dataset' });
      continue;
    }
    if (!entity.id || !/^[a-z0-9]/.test(entity.id) || taken.has(entity.id) || takenNames.has(entity.name)) {
      out.skipped.push({ row, reason: 'id taken', detail: `"${entity.id}" / "${entity.name}" is another entity's; add it by hand or in NAME_OVERRIDES` });
      continue;
    }
    taken.add(entity.id);
    takenNames.add(entity.name);
    out.entities.push(entity);
  }
  const related = new Set(relationships.flatMap((r) => [r.subject, r.object]));
  const controlled = new Set(relationships.filter((r) => isControllingFact(r) && r.status === 'active').map((r) => r.object));
  const bySymbol = new Map(rows.map((row) => [`${row.exchange ? EXCHANGES[row.exchange] : ''}:${datasetSymbol(row.ticker)}`, row]));
  for (const entity of entities) {
    if (!isBareListing(entity, related) || controlled.has(entity.id)) continue;
    const matched = entity.tickers!.map((ticker) => bySymbol.get(ticker));
    if (matched.some((row) => !row) || new Set(matched.map((row) => row!.cik)).size !== 1) continue;
    const exchanges = [...new Set(entity.tickers!.map((ticker) => ticker.split(':')[0]!))];
    if (exchanges.length !== 1) continue;
    out.listed.set(entity.id, secListing(exchanges[0]!));
  }
  return out;
}

export function runImportSec(args: string[]): number {
  const [secFile, ...rest] = args;
  if (!secFile || secFile.startsWith('--')) {
    console.error(HELP.replace('${DEFAULT_TOP}', String(DEFAULT_TOP)));
    return 2;
  }
  const option = (name: string) => {
    const at = rest.indexOf(name);
    return at >= 0 ? rest[at + 1] : undefined;
  };
  const dir = option('--dir') ?? DATA_DIR;
  const top = Number(option('--top') ?? DEFAULT_TOP);
  if (!Number.isInteger(top) || top <= 0) {
    console.error('stakes import sec: --top wants a positive whole number');
    return 2;
  }
  const dryRun = rest.includes('--dry-run');
  const { dataset } = loadDataset(dir);
  const result = proposeSecImport(parseSecTickers(readFileSync(secFile, 'utf8')), dataset.entities, dataset.relationships, top);
  let written = 0;
  for (const entity of result.entities) {
    const path = join(dir, ENTITIES_DIR, entity.id[0]!, `${entity.id}.json`);
    if (existsSync(path)) {
      console.log(`  skipped: ${entity.name}: ${path} exists`);
      continue;
    }
    written++;
    if (dryRun) {
      console.log(`  add: ${entity.tickers![0]}\t${entity.name}\t${(entity.aliases ?? []).map((a) => a.name + (a.common ? '*' : '')).join('; ')}`);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, canonicalizeDatasetFile({ entity, relationships: [] }));
  }
  for (const [id, ownership] of result.listed) {
    const path = join(dir, ENTITIES_DIR, id[0]!, `${id}.json`);
    if (dryRun) {
      console.log(`  listed: ${id} (${ownership.listed!.join(', ')})`);
      continue;
    }
    const file = JSON.parse(readFileSync(path, 'utf8')) as { entity: Entity; relationships: Relationship[] };
    writeFileSync(path, canonicalizeDatasetFile({ ...file, entity: { ...file.entity, ownership } }));
  }
  const counts = new Map<string, number>();
  for (const { reason } of result.skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  for (const { row, reason, detail } of result.skipped) if (reason === 'id taken') console.log(`  skipped: ${row.name} (${row.ticker}): ${detail}`);
  console.log(
    `${dryRun ? 'Would write' : 'Wrote'} ${written} entities from the top ${top} SEC rows and give ${result.listed.size} existing entities the listed status; skipped ${[...counts].map(([reason, n]) => `${n} ${reason}`).join(', ')}. Run npm run data:format && npm run data:check and review the diff.`,
  );
  return 0;
}
