import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../src/build/synthetic-dataset';
import { loadDatasetOrThrow } from '../../src/build/dataset-files';
import { compileNameTable, entityFilePath, validateDataset, type Dataset } from '../../src/core/index';

const base = loadDatasetOrThrow();

/** Validates the dataset as curators' files would hold it: one file per entity, its relationships beside it. */
function errorsOf(dataset: Dataset): string[] {
  const bySubject = new Map<string, Dataset['relationships']>();
  for (const relationship of dataset.relationships) bySubject.set(relationship.subject, [...(bySubject.get(relationship.subject) ?? []), relationship]);
  const files = dataset.entities.map((entity) => ({ path: entityFilePath(entity.id), data: { entity, relationships: bySubject.get(entity.id) ?? [] } }));
  const { problems } = validateDataset([...files, { path: 'not-companies.json', data: { notCompanies: dataset.notCompanies } }], { version: dataset.version, asOf: dataset.asOf });
  return problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.entry}: ${problem.field}: ${problem.message}`);
}

describe('syntheticDataset', () => {
  it('keeps the real data, validates, and reaches the 10× size', () => {
    const dataset = syntheticDataset(base, 18_000);
    expect(dataset.entities).toHaveLength(18_000);
    expect(dataset.entities.slice(0, base.entities.length)).toEqual(base.entities);
    expect(dataset.relationships.slice(0, base.relationships.length)).toEqual(base.relationships);
    expect(dataset.relationships.length / dataset.entities.length).toBeGreaterThan(2.3);
    expect(dataset.relationships.length / dataset.entities.length).toBeLessThan(2.7);
    expect(errorsOf(dataset)).toEqual([]);
  });

  it('makes about 100,000 names from 40,000 entities, with aliases and tickers', () => {
    const dataset = syntheticDataset(base, 40_000);
    expect(errorsOf(dataset)).toEqual([]);
    const names = compileNameTable(dataset).names.length;
    expect(names).toBeGreaterThan(90_000);
    expect(names).toBeLessThan(110_000);
    const invented = dataset.entities.slice(base.entities.length);
    expect(invented.every((entity) => (entity.aliases?.length ?? 0) >= 1 && (entity.aliases?.length ?? 0) <= 4)).toBe(true);
    expect(invented.filter((entity) => entity.tickers).length).toBeGreaterThan(invented.length * 0.05);
  }, 60_000);

  it('is deterministic from the seed', () => {
    // Beyond the real dataset, so something is invented.
    const size = base.entities.length + 1_000;
    const a = syntheticDataset(base, size, 7);
    expect(JSON.stringify(syntheticDataset(base, size, 7))).toBe(JSON.stringify(a));
    expect(JSON.stringify(syntheticDataset(base, size, 8))).not.toBe(JSON.stringify(a));
  });
});
