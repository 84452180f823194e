import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalizeDatasetFile, entityLabels, factIsChecked, formatProblem, isControllingFact, type Dataset, type DatasetFile, type Relationship, type Source } from '../core/index';
import { DATA_DIR, loadDataset } from '../build/dataset-files';
import { isOrdinaryWord } from '../build/ordinary-words';
import { NEWS_SITES_FILE, readNewsSites } from '../build/news-sites';
import { listWithMore, missingConstituents, parseConstituents, uncoveredNewsSites } from './coverage';
import { regionOf } from './regions';

/** The S&P 500 list in the shared reference folder beside the checkout (`../shared`); absent on a machine without it. */
export const SP500_FILE = fileURLToPath(new URL('../../../shared/reference-data/sp500/constituents.csv', import.meta.url));

export function runCheck(_args: string[] = [], dir = DATA_DIR): number {
  const { dataset, problems, files } = loadDataset(dir);
  const unformatted = files.filter((file) => readFileSync(join(dir, file.path), 'utf8') !== canonicalizeDatasetFile(file.data as DatasetFile));
  for (const file of unformatted) {
    problems.push({ file: file.path, entry: '(file)', field: '(format)', message: 'not in canonical order and layout; run `npm run data:format`', severity: 'error' });
  }
  // A name that is also an ordinary word must be flagged, or "apple pie" becomes Apple.
  for (const file of files) {
    const data = file.data as DatasetFile;
    for (const entity of data.entity ? [data.entity] : (data.entities ?? [])) {
      for (const label of entityLabels(entity)) {
        if (!label.common && /^\p{Lu}\p{Ll}+$/u.test(label.name) && isOrdinaryWord(label.name) && (entity.kind === 'company' || entity.kind === 'outlet' || entity.kind === 'fund')) {
          problems.push({ file: file.path, entry: `entities (${entity.id})`, field: 'aliases', message: `"${label.name}" is also an ordinary word; flag it {"name": "${label.name}", "common": true}`, severity: 'warning' });
        }
      }
    }
  }
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  for (const problem of warnings) console.log(`warning: ${formatProblem(problem)}`);
  for (const problem of errors) console.error(`error: ${formatProblem(problem)}`);
  console.log(`Dataset ${dataset.version} (as of ${dataset.asOf}): ${files.length} files, ${dataset.entities.length} entities, ${dataset.relationships.length} relationships; ` + `${errors.length} error(s), ${warnings.length} warning(s).`);
  return errors.length > 0 ? 1 : 0;
}

export function runFormat(args: string[], dir = DATA_DIR): number {
  const checkOnly = args.includes('--check');
  const { files, problems } = loadDataset(dir);
  const syntax = problems.filter((problem) => problem.field === '(syntax)');
  for (const problem of syntax) console.error(`error: ${formatProblem(problem)}`);
  let changed = 0;
  for (const file of files) {
    const path = join(dir, file.path);
    const canonical = canonicalizeDatasetFile(file.data as DatasetFile);
    if (readFileSync(path, 'utf8') === canonical) continue;
    changed++;
    if (checkOnly) console.error(`not canonical: ${file.path}`);
    else writeFileSync(path, canonical);
  }
  console.log(checkOnly ? `${changed} file(s) need formatting.` : `Formatted ${changed} file(s).`);
  return syntax.length > 0 || (checkOnly && changed > 0) ? 1 : 0;
}

function countBy<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

const isWikipedia = (source: Source) => /wikipedia/i.test(source.publisher) || /^https:\/\/[a-z-]+\.(?:m\.)?wikipedia\.org\//.test(source.url ?? '');

/** A fact a reader would weigh: it gives a share or an amount, or says who controls (parent-of) or holds 25% or more. */
export function isStrongFact(relationship: Relationship): boolean {
  const share = relationship.share === undefined ? undefined : typeof relationship.share === 'number' ? relationship.share : relationship.share.min;
  return share !== undefined || relationship.amount !== undefined || relationship.type === 'parent-of' || (relationship.type === 'owns-stake' && (share ?? 0) >= 25);
}

/** Cited to a primary source (the company's own statement or a filing), or to press reports from two different publishers. */
export function isWellSourced(sources: Source[]): boolean {
  if (sources.some((source) => source.kind === 'company' || source.kind === 'filing')) return true;
  return new Set(sources.filter((source) => source.kind === 'press').map((source) => source.publisher)).size >= 2;
}

export interface SourcingStats {
  relationships: number;
  checked: number;
  /** Relationships citing at least one source that is not Wikipedia. */
  beyondWikipedia: number;
  /** Relationships citing at least one press report, company statement or filing. */
  beyondReference: number;
  strong: number;
  /** Strong facts that are well sourced (`isWellSourced`), counting every source / only sources that were read. */
  strongWellSourced: number;
  strongWellSourcedChecked: number;
}

export function sourcingStats(dataset: Pick<Dataset, 'relationships'>): SourcingStats {
  const all = dataset.relationships;
  const strong = all.filter(isStrongFact);
  return {
    relationships: all.length,
    checked: all.filter(factIsChecked).length,
    beyondWikipedia: all.filter((r) => r.sources.some((source) => !isWikipedia(source))).length,
    beyondReference: all.filter((r) => r.sources.some((source) => source.kind === 'press' || source.kind === 'company' || source.kind === 'filing')).length,
    strong: strong.length,
    strongWellSourced: strong.filter((r) => isWellSourced(r.sources)).length,
    strongWellSourcedChecked: strong.filter((r) => isWellSourced(r.sources.filter((source) => source.checked !== undefined))).length,
  };
}

export interface StatsInputs {
  /** The S&P 500 constituents CSV; skipped, with a note, when the file does not exist. */
  sp500File?: string;
  newsSitesFile?: URL | string;
}

export function runStats(_args: string[] = [], dir = DATA_DIR, inputs: StatsInputs = {}): number {
  const { dataset, problems } = loadDataset(dir);
  const print = (title: string, rows: [string, number][]) => {
    console.log(`\n${title}`);
    for (const [name, count] of rows) console.log(`  ${name.padEnd(24)} ${String(count).padStart(6)}`);
  };
  console.log(`Dataset ${dataset.version}, as of ${dataset.asOf}`);
  console.log(`  entities      ${dataset.entities.length}`);
  console.log(`  relationships ${dataset.relationships.length}`);
  console.log(`  sources       ${dataset.relationships.reduce((sum, r) => sum + r.sources.length, 0)}`);
  print(
    'Entities by kind',
    countBy(dataset.entities, (e) => e.kind),
  );
  print(
    'Entities by region (country of headquarters)',
    countBy(dataset.entities, (e) => regionOf(e.country)),
  );
  print(
    'Entities by sector',
    countBy(dataset.entities, (e) => e.sector ?? '(none)'),
  );
  print(
    'Relationships by type',
    countBy(dataset.relationships, (r) => r.type),
  );
  print(
    'Relationships by status',
    countBy(dataset.relationships, (r) => r.status),
  );
  print(
    'Relationships by asOf year',
    countBy(dataset.relationships, (r) => r.asOf.slice(0, 4)),
  );
  print(
    'Relationships by asOf',
    countBy(dataset.relationships, (r) => r.asOf),
  );
  const checked = dataset.relationships.filter(factIsChecked).length;
  const percent = (part: number, whole: number) => `${whole ? ((100 * part) / whole).toFixed(1) : '0.0'}%`;
  console.log(`\nChecked against a source that was read: ${checked} of ${dataset.relationships.length} relationships (${percent(checked, dataset.relationships.length)})`);
  const sourcing = sourcingStats(dataset);
  console.log(`Citing a source other than Wikipedia:         ${sourcing.beyondWikipedia} of ${sourcing.relationships} (${percent(sourcing.beyondWikipedia, sourcing.relationships)})`);
  console.log(`Citing a press report, company or filing:     ${sourcing.beyondReference} of ${sourcing.relationships} (${percent(sourcing.beyondReference, sourcing.relationships)})`);
  console.log(`Strong facts (a share, an amount, a parent-of or a stake of 25% or more): ${sourcing.strong}`);
  console.log(`  citing a company statement or filing, or two press publishers: ${sourcing.strongWellSourced} (${percent(sourcing.strongWellSourced, sourcing.strong)})`);
  console.log(`  the same, counting only sources that were read:             ${sourcing.strongWellSourcedChecked} (${percent(sourcing.strongWellSourcedChecked, sourcing.strong)})`);
  const sources = [...dataset.relationships.flatMap((r) => r.sources), ...dataset.entities.flatMap((e) => e.ownership?.sources ?? [])];
  print(
    'Sources by kind',
    countBy(sources, (source) => source.kind ?? '(unset)'),
  );
  const owned = new Set(dataset.relationships.filter(isControllingFact).map((r) => r.object));
  const ownable = dataset.entities.filter((e) => e.kind === 'company' || e.kind === 'outlet' || e.kind === 'fund');
  const withStatus = ownable.filter((e) => e.ownership);
  // "listed" says where the shares trade, not who holds them: it does not make ownership known.
  const knowing = (e: (typeof ownable)[number]) => e.ownership !== undefined && e.ownership.status !== 'listed';
  const withOwner = ownable.filter((e) => owned.has(e.id));
  const either = ownable.filter((e) => knowing(e) || owned.has(e.id));
  console.log(`\nCompanies, outlets and funds (${ownable.length}) whose ownership is known:`);
  console.log(`  with an ownership status   ${String(ownable.filter(knowing).length).padStart(6)} (not counting ${withStatus.length - ownable.filter(knowing).length} only listed)`);
  console.log(`  with an active owner fact  ${String(withOwner.length).padStart(6)}`);
  console.log(`  with either                ${String(either.length).padStart(6)} (${percent(either.length, ownable.length)})`);
  print(
    'Ownership statuses',
    countBy(withStatus, (e) => e.ownership!.status),
  );
  const connected = new Set(dataset.relationships.flatMap((r) => [r.subject, r.object]));
  const lonely = dataset.entities.filter((e) => !connected.has(e.id));
  console.log(`\nEntities with no relationships: ${lonely.length}`);
  if (lonely.length) console.log(`  ${lonely.map((e) => e.id).join(', ')}`);
  printCoverageGaps(dataset, inputs);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors) console.log(`\n${errors} validation error(s): run npm run data:check`);
  return 0;
}

/** Issue #11: the S&P 500 constituents with no entity, and the bundled news sites with no outlet on that domain. */
function printCoverageGaps(dataset: Dataset, { sp500File = SP500_FILE, newsSitesFile = NEWS_SITES_FILE }: StatsInputs): void {
  console.log('\nCoverage gaps');
  if (existsSync(sp500File)) {
    const constituents = parseConstituents(readFileSync(sp500File, 'utf8'));
    const missing = missingConstituents(dataset.entities, constituents);
    console.log(`  S&P 500 constituents with no entity (by ticker, else by name): ${missing.length} of ${constituents.length}`);
    if (missing.length) console.log(`    ${listWithMore(missing.map((c) => `${c.security} (${c.symbol})`))}`);
  } else {
    console.log(`  S&P 500: skipped, no reference list at ${sp500File} (the shared folder is not beside this checkout)`);
  }
  const domains = readNewsSites(newsSitesFile);
  const uncovered = uncoveredNewsSites(dataset.entities, domains);
  console.log(`  News sites with no entity whose website is on that domain: ${uncovered.length} of ${domains.length}`);
  if (uncovered.length) console.log(`    ${listWithMore(uncovered)}`);
}
