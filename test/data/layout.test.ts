import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/cli/dataset-files';
import type { Dataset } from '../../src/core/index';

/**
 * The dataset as compiled from the old sector files (release 2025.11.0, before
 * the move to one file per entity), frozen so this test runs offline from a
 * clean clone. The new layout must compile to the same dataset.
 */
const before: Dataset = JSON.parse(gunzipSync(readFileSync(new URL('./fixtures/dataset-2025.11.0-sector-files.json.gz', import.meta.url))).toString('utf8'));

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Order does not carry meaning: the loader sorts, and so does this. */
function sorted(dataset: Dataset): Dataset {
  return {
    ...dataset,
    entities: [...dataset.entities].sort((a, b) => compare(a.id, b.id)),
    relationships: [...dataset.relationships].sort(
      (a, b) => compare(a.subject, b.subject) || compare(a.type, b.type) || compare(a.object, b.object) || compare(a.start ?? '', b.start ?? ''),
    ),
  };
}

describe('the one-file-per-entity layout', () => {
  const started = performance.now();
  const { dataset, files } = loadDataset();
  const elapsed = performance.now() - started;

  it('loses nothing: it compiles to the dataset of the old sector files', () => {
    expect(sorted(dataset)).toEqual(sorted(before));
  });

  it('holds each entity in entities/<first char>/<id>.json with the relationships it is the subject of', () => {
    for (const file of files) {
      const data = file.data as { entity?: { id: string }; relationships?: { subject: string }[] };
      if (file.path === 'not-companies.json') continue;
      expect(file.path).toBe(`entities/${data.entity!.id[0]}/${data.entity!.id}.json`);
      expect((data.relationships ?? []).filter((relationship) => relationship.subject !== data.entity!.id)).toEqual([]);
    }
  });

  it('loads in well under a second', () => {
    expect(elapsed).toBeLessThan(1000);
  });
});
