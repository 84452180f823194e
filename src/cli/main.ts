#!/usr/bin/env node
import { runApplyChecks } from './apply-checks';
import { runCheck, runFormat, runStats } from './data-commands';
import { runImport } from './import-command';
import { runLookup } from './lookup-command';
import { runMigrateLayout } from './migrate-layout';
import { runMigrateSchema } from './migrate-schema';
import { runChangelog, runRelease } from '../build/releases';
import { runScan } from './scan-command';
import { runSuggestWikidata } from './suggest-wikidata-command';

const USAGE = `Usage: stakes <command>
  scan [--json] <file.txt|file.html|->   find the companies a text names
  lookup "<company name or alias>"       show a company and its relationships
  check                                  validate the dataset (file, entry, field)
  format [--check]                       rewrite the dataset files in canonical order
  stats                                  counts of the dataset
  migrate-layout [--keep]                split the old sector files into one file per entity
  migrate-schema                         one-time: source kinds, funding rounds, widely-held from tickers
  import wikidata <result.json>          propose facts from a Wikidata SPARQL result, for review
  import sp500 <constituents.csv> <company_tickers_exchange.json>  write entities for S&P 500 constituents the dataset lacks
  suggest-wikidata                       propose Wikidata ids that a reference table confirms
  apply-checks [--dry-run] <checks.json>...  merge fact-check files into the dataset (src/data/README.md, Checks)
  changelog [--json]                     what changed since the newest release snapshot older than this version
  release [--force]                      write the current dataset as src/data/releases/<version>.json.gz`;

const COMMANDS: Record<string, (args: string[]) => Promise<number> | number> = {
  scan: runScan,
  lookup: runLookup,
  check: runCheck,
  format: runFormat,
  stats: runStats,
  import: runImport,
  'suggest-wikidata': runSuggestWikidata,
  'migrate-layout': runMigrateLayout,
  'migrate-schema': runMigrateSchema,
  'apply-checks': runApplyChecks,
  changelog: runChangelog,
  release: runRelease,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const run = command ? COMMANDS[command] : undefined;
  if (!run) {
    console.error(command ? `stakes: unknown command "${command}"\n${USAGE}` : USAGE);
    return 2;
  }
  return run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`stakes: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
