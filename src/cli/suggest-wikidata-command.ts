import { loadDataset } from '../build/dataset-files';
import { comparableName, siteOf, wikidataTable } from './name-suggestion-index';
import { entityLabels } from '../core/index';

/**
 * Proposes Wikidata ids for entities that have none, where the reference
 * table has exactly one record whose label matches one of the entity's names
 * AND whose website is the entity's website: two independent agreements.
 */
export function runSuggestWikidata(): number {
  const { dataset } = loadDataset();
  const table = wikidataTable();
  const bySite = new Map<string, string[]>();
  for (const [qid, record] of Object.entries(table)) {
    for (const url of [record.identities?.website, ...(record.officialWebsites ?? [])]) {
      const site = siteOf(url);
      if (site) bySite.set(site, [...new Set([...(bySite.get(site) ?? []), qid])]);
    }
  }
  const used = new Set(dataset.entities.map((entity) => entity.wikidata).filter(Boolean));
  let count = 0;
  for (const entity of dataset.entities) {
    if (entity.wikidata) continue;
    const site = siteOf(entity.website);
    if (!site) continue;
    const names = new Set(entityLabels(entity).map((label) => comparableName(label.name)));
    const matches = (bySite.get(site) ?? []).filter((qid) => !used.has(qid) && table[qid].label && names.has(comparableName(table[qid].label!)));
    if (matches.length !== 1) continue;
    count++;
    console.log(`${entity.id}\t${matches[0]}\t${table[matches[0]].label}\t${site}`);
  }
  console.error(`${count} suggestion(s): entity id, QID, label, website — check each, then add "wikidata" to the entity.`);
  return 0;
}
