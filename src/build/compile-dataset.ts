/**
 * Validates `src/data` and compiles it into the two files the extension
 * imports: the name table (all the content script needs) and the full dataset
 * (for the popup and options). Any dataset error fails the build, naming file,
 * entry and field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetOrThrow } from '../cli/dataset-files';
import { isOrdinaryWord } from '../cli/ordinary-words';
import { compileNameTable } from '../core/index';
import { syntheticDataset } from './synthetic-dataset';

export const GENERATED_DIR = 'node_modules/.stakes-build';

try {
  // For the benchmarks: STAKES_SYNTHETIC_ENTITIES=<n> grows the real dataset to n entities (see synthetic-dataset.ts).
  const synthetic = Number(process.env.STAKES_SYNTHETIC_ENTITIES ?? 0);
  const dataset = synthetic > 0 ? syntheticDataset(loadDatasetOrThrow(), synthetic) : loadDatasetOrThrow();
  mkdirSync(GENERATED_DIR, { recursive: true });
  const names = compileNameTable(dataset, isOrdinaryWord);
  writeFileSync(join(GENERATED_DIR, 'names.json'), JSON.stringify(names));
  writeFileSync(join(GENERATED_DIR, 'dataset.json'), JSON.stringify(dataset));
  console.log(`Compiled dataset ${dataset.version}: ${dataset.entities.length} entities, ${dataset.relationships.length} relationships, ${names.names.length} names.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
