import { DatasetIndex, lastChecked, sourcesByStrength } from '../core/index';
import { loadDatasetOrThrow } from './dataset-files';

export function runLookup(args: string[]): number {
  const query = args.join(' ').trim();
  if (!query) {
    console.error('stakes lookup: give a company name or alias, e.g. stakes lookup "Scale AI"');
    return 2;
  }
  const dataset = loadDatasetOrThrow();
  const index = new DatasetIndex(dataset);
  const exact = index.findByName(query);
  const matches = exact.length > 0 ? exact : index.search(query, 5);
  if (matches.length === 0) {
    console.error(`stakes lookup: no company called "${query}" in the dataset`);
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
