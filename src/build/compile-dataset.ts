/**
 * Validates `src/data` and compiles it into the store the extension ships
 * (see `src/core/compiled-store.ts`): the binary name index the background
 * matches with, and small JSON files loaded on demand by the background, the
 * popup and the options page. Nothing ships the dataset as one blob. Any
 * dataset error fails the build, naming file, entry and field.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadDatasetOrThrow } from './dataset-files';
import { isOrdinaryWord } from './ordinary-words';
import { compileNameTable, compileStore, datasetChangelog, renderRelationship, type Dataset, type Relationship } from '../core/index';
import { encodeNameIndex } from './encode-name-index';
import { loadPreviousRelease } from './releases';
import { syntheticDataset } from './synthetic-dataset';

export const GENERATED_DIR = 'node_modules/.stakes-build';
/** Copied into each build as `data/`. */
export const STORE_DIR = join(GENERATED_DIR, 'store');

/** What changed since the previous release, for the options page: counts, and the added, ended and removed facts as sentences. */
function changelogSummary(dataset: Dataset, synthetic: boolean): object | null {
  const previous = synthetic ? undefined : loadPreviousRelease(dataset.version);
  if (!previous) return null;
  const log = datasetChangelog(previous, dataset);
  const names = new Map([...previous.entities, ...dataset.entities].map((entity) => [entity.id, entity.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const say = (relationship: Relationship) => renderRelationship(relationship, nameOf);
  return { from: log.from, to: log.to, counts: log.counts, added: log.added.map(say), ended: log.ended.map((change) => say(change.after)), removed: log.removed.map(say) };
}

try {
  // For the benchmarks: STAKES_SYNTHETIC_ENTITIES=<n> grows the real dataset to n entities (see synthetic-dataset.ts).
  const synthetic = Number(process.env.STAKES_SYNTHETIC_ENTITIES ?? 0);
  const dataset = synthetic > 0 ? syntheticDataset(loadDatasetOrThrow(), synthetic) : loadDatasetOrThrow();
  rmSync(STORE_DIR, { recursive: true, force: true });
  const names = compileNameTable(dataset, isOrdinaryWord);
  const { files } = compileStore(dataset);
  const written = new Map<string, string | Uint8Array>(files);
  written.set('changelog.json', JSON.stringify(changelogSummary(dataset, synthetic > 0)));
  written.set('names.bin', encodeNameIndex(names));
  for (const [path, content] of written) {
    const target = join(STORE_DIR, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  console.log(`Compiled dataset ${dataset.version}: ${dataset.entities.length} entities, ${dataset.relationships.length} relationships, ${names.names.length} names, ${written.size} store files.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
