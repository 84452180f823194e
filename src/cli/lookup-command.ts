import { DatasetIndex, lastChecked, sourcesByStrength } from '../core/index';
import { loadDatasetOrThrow } from '../build/dataset-files';

export function runLookup(args: string[]): number {
  const query = args.join(' ').trim();
  if (!query) {
    console.error('stakes lookup: give a company name or alias, e.g. stakes lookup "Scale AI"');
    return 2;
  }
  const dataset = loadDatasetOrThrow();
  const index = new DatasetIndex(dataset);
  const matches = index.findByName(query);
  if (matches.length === 0) {
    // Never another company's facts as if it were the one asked for: similar names are only suggested.
    const similar = index.search(query, 5).map((entity) => entity.name);
    console.error(`stakes lookup: no company called "${query}" in the dataset${similar.length ? `. Similar names: ${similar.join(', ')}` : ''}`);
    return 1;
  }
  for (const entity of matches) {
    console.log(`${entity.name}${entity.legalName ? ` (${entity.legalName})` : ''} [${entity.id}]`);
    if (entity.description) console.log(`  ${entity.description}`);
    const formerNames = (entity.aliases ?? []).filter((alias) => alias.former).map((alias) => alias.name);
    if (formerNames.length) console.log(`  Formerly: ${formerNames.join(', ')}`);
    for (const fact of index.factsFor(entity.id)) {
      const source = sourcesByStrength(fact.relationship)[0];
      const checked = lastChecked(fact.relationship);
      const where = [source.publisher, source.date, source.url].filter(Boolean).join(', ');
      console.log(`  - ${fact.fullSentence} [${where}] (${checked ? `checked ${checked}` : 'not yet re-checked'})`);
    }
  }
  console.log(`\nDataset ${dataset.version}, as of ${dataset.asOf}.`);
  return 0;
}
