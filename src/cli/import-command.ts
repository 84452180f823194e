import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { reviewWikidataResult, type SparqlResult } from '../core/index';
import { loadDatasetOrThrow } from '../build/dataset-files';
import { runImportSec } from './import-sec';
import { runImportSp500 } from './import-sp500';

const HELP = `stakes import wikidata <result.json> [--out review.json] [--date YYYY-MM-DD]

Reads a Wikidata SPARQL result (JSON) and writes proposed entities and
relationships to a review file; it never edits the dataset. Run a query such as
this one on query.wikidata.org and download the result as JSON:

  SELECT ?item ?itemLabel ?property ?value ?valueLabel ?proportion ?start ?end WHERE {
    VALUES ?item { wd:Q380 wd:Q95 }                     # the companies to import
    VALUES ?property { wdt:P127 wdt:P749 wdt:P355 wdt:P1830 }
    ?item ?p ?statement . ?statement ?ps ?value .
    ?prop wikibase:directClaim ?property ; wikibase:claim ?p ; wikibase:statementProperty ?ps .
    OPTIONAL { ?statement pq:P1107 ?proportion }
    OPTIONAL { ?statement pq:P580 ?start }
    OPTIONAL { ?statement pq:P582 ?end }
    SERVICE wikibase:label { bd:serviceParam wikibase:language "en" }
  }

Each proposal is "new", a "duplicate" of a fact we have, or a "conflict" with
one (a different share, or ended on one side only). Review, check the facts,
then copy what holds into src/data.`;

export function runImport(args: string[]): number {
  const [kind, file, ...rest] = args;
  if (kind === 'sp500') return runImportSp500(args.slice(1));
  if (kind === 'sec') return runImportSec(args.slice(1));
  if (kind !== 'wikidata' || !file) {
    console.error(HELP);
    return 2;
  }
  const option = (name: string) => {
    const at = rest.indexOf(name);
    return at >= 0 ? rest[at + 1] : undefined;
  };
  const consulted = option('--date') ?? new Date().toISOString().slice(0, 10);
  const out = option('--out') ?? `${basename(file, '.json')}.review.json`;
  let result: SparqlResult;
  try {
    result = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(result?.results?.bindings)) throw new Error('no results.bindings array: is this a SPARQL JSON result?');
  } catch (error) {
    console.error(`stakes import: cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const review = reviewWikidataResult(result, loadDatasetOrThrow(), consulted, basename(file));
  writeFileSync(out, `${JSON.stringify(review, null, 2)}\n`);
  const count = (status: string) => review.relationships.filter((proposal) => proposal.status === status).length;
  console.log(`Wrote ${out}: ${review.proposedEntities.length} new entities, ${count('new')} new relationships, ${count('duplicate')} duplicates, ` + `${count('conflict')} conflicts, ${review.skipped.length} rows skipped.`);
  for (const proposal of review.relationships.filter((p) => p.status === 'conflict')) console.log(`  conflict: ${proposal.conflict}`);
  return 0;
}
