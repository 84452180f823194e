import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, validateDataset, type Dataset, type DatasetProblem, type DatasetSourceFile } from '../core/index';

export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
const META_FILE = 'meta.json';

export interface LoadedDataset {
  dataset: Dataset;
  problems: DatasetProblem[];
  files: DatasetSourceFile[];
}

/** Every `*.json` under the data folder except `meta.json`, in a stable order. */
export function listDataFiles(dir = DATA_DIR): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json') && path !== join(dir, META_FILE)) found.push(path);
    }
  };
  walk(dir);
  return found;
}

/** Reads and validates the dataset's source files; JSON syntax errors become problems too, naming the file. */
export function loadDataset(dir = DATA_DIR): LoadedDataset {
  const problems: DatasetProblem[] = [];
  const files: DatasetSourceFile[] = [];
  for (const path of listDataFiles(dir)) {
    const name = relative(dir, path);
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
  return { dataset: result.dataset, problems: [...problems, ...result.problems], files };
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
