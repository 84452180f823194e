import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, validateDataset, type Dataset, type DatasetProblem, type DatasetSourceFile } from '../core/index';

export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
const META_FILE = 'meta.json';
export const NOT_COMPANIES_FILE = 'not-companies.json';
export const ENTITIES_DIR = 'entities';
/** A log of fact checks kept beside the dataset; not part of it. */
const IGNORED_DIRS = new Set(['checks']);

export interface LoadedDataset {
  dataset: Dataset;
  problems: DatasetProblem[];
  /** Each file as parsed, with its path relative to the data folder ("entities/s/scale-ai.json"). */
  files: DatasetSourceFile[];
}

/** Every dataset `*.json` under the data folder (`not-companies.json` and `entities/**`), in a stable order. */
export function listDataFiles(dir = DATA_DIR): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!(folder === dir && IGNORED_DIRS.has(entry.name))) walk(path);
      } else if (entry.name.endsWith('.json') && path !== join(dir, META_FILE)) found.push(path);
    }
  };
  walk(dir);
  return found;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads and validates the dataset's source files; JSON syntax errors and files
 * outside the layout become problems too, naming the file. The dataset comes
 * out in a stable order (entities by id, relationships by subject, type,
 * object and start) whatever the file layout.
 */
export function loadDataset(dir = DATA_DIR): LoadedDataset {
  const problems: DatasetProblem[] = [];
  const files: DatasetSourceFile[] = [];
  for (const path of listDataFiles(dir)) {
    const name = relative(dir, path).split(sep).join('/');
    if (name !== NOT_COMPANIES_FILE && !/^entities\/[^/]+\/[^/]+\.json$/.test(name)) {
      problems.push({ file: name, entry: '(file)', field: '(path)', message: `not part of the layout: an entity lives in ${ENTITIES_DIR}/<first character of its id>/<id>.json`, severity: 'error' });
      continue;
    }
    try {
      files.push({ path: name, data: JSON.parse(readFileSync(path, 'utf8')) });
    } catch (error) {
      problems.push({ file: name, entry: '(file)', field: '(syntax)', message: (error as Error).message, severity: 'error' });
    }
  }
  let meta = { version: '', asOf: '' };
  try {
    meta = JSON.parse(readFileSync(join(dir, META_FILE), 'utf8'));
  } catch (error) {
    problems.push({ file: META_FILE, entry: '(file)', field: '(syntax)', message: (error as Error).message, severity: 'error' });
  }
  const result = validateDataset(files, meta);
  const dataset = result.dataset;
  dataset.entities.sort((a, b) => compare(a.id, b.id));
  dataset.relationships.sort((a, b) => compare(a.subject, b.subject) || compare(a.type, b.type) || compare(a.object, b.object) || compare(a.start ?? '', b.start ?? ''));
  return { dataset, problems: [...problems, ...result.problems], files };
}

/** For the build: the dataset, or an error that lists every problem with file, entry and field. */
export function loadDatasetOrThrow(dir = DATA_DIR): Dataset {
  const { dataset, problems } = loadDataset(dir);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`The dataset has ${errors.length} error(s):\n${errors.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
  }
  return dataset;
}
