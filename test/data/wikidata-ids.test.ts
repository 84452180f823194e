import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/build/dataset-files';
import { comparableName, wikidataTable } from '../../src/cli/name-suggestion-index';
import { entityLabels } from '../../src/core/index';

/**
 * Every Wikidata id in the dataset must be verifiable against an independent
 * table (name-suggestion-index's Wikidata extract) and carry the label of one
 * of the entity's names: a wrong QID would link a reader to another company.
 */
describe('wikidata ids in the dataset', () => {
  const { dataset } = loadDataset();
  const table = wikidataTable();
  const withIds = dataset.entities.filter((entity) => entity.wikidata);

  it('are all found in the reference table', () => {
    const unverifiable = withIds.filter((entity) => !table[entity.wikidata!]).map((entity) => `${entity.id} ${entity.wikidata}`);
    expect(unverifiable).toEqual([]);
  });

  it('name the same company as the entity', () => {
    const mismatched = withIds
      .filter((entity) => table[entity.wikidata!]?.label)
      .filter((entity) => !entityLabels(entity).some((label) => comparableName(label.name) === comparableName(table[entity.wikidata!].label!)))
      .map((entity) => `${entity.id} ${entity.wikidata} is "${table[entity.wikidata!].label}"`);
    expect(mismatched).toEqual([]);
  });

  it('are unique', () => {
    const ids = withIds.map((entity) => entity.wikidata);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});
