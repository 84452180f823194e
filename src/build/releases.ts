import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { datasetChangelog, formatChangelog, type Dataset } from '../core/index';
import { DATA_DIR, loadDatasetOrThrow } from './dataset-files';

/**
 * Release snapshots: each release of the dataset is kept, compiled, as
 * `src/data/releases/<version>.json.gz` (the `Dataset` JSON, gzipped), so a
 * changelog can say what changed since the release a reader has seen.
 */

export const RELEASES_DIR = 'releases';
const SNAPSHOT = /^(\d+(?:\.\d+)*)\.json\.gz$/;

/** Orders versions like "2025.11.0" < "2026.1.0" < "2026.12.0" by their numeric parts. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff) return diff;
  }
  return 0;
}

/** The versions that have a snapshot, oldest first. */
export function listReleases(dir = DATA_DIR): string[] {
  const folder = join(dir, RELEASES_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .map((name) => SNAPSHOT.exec(name)?.[1])
    .filter((version): version is string => version !== undefined)
    .sort(compareVersions);
}

export function releasePath(version: string, dir = DATA_DIR): string {
  return join(dir, RELEASES_DIR, `${version}.json.gz`);
}

export function loadRelease(version: string, dir = DATA_DIR): Dataset {
  return JSON.parse(gunzipSync(readFileSync(releasePath(version, dir))).toString('utf8')) as Dataset;
}

function currentVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { version: string }).version;
}

/**
 * The newest release snapshot older than `version` (by default the data
 * folder's current version), or undefined when there is none. For the build:
 * the compiled store and the options page show what changed since it.
 */
export function loadPreviousRelease(version?: string, dir = DATA_DIR): Dataset | undefined {
  const current = version ?? currentVersion(dir);
  const older = listReleases(dir).filter((release) => compareVersions(release, current) < 0);
  return older.length ? loadRelease(older[older.length - 1], dir) : undefined;
}

/** The compiled dataset as a snapshot file's bytes (stable for the same dataset). */
export function snapshotBytes(dataset: Dataset): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(dataset)), { level: 9 });
}

/** `npm run data:release [--force]`: writes the current dataset as `releases/<version>.json.gz`. */
export function runRelease(args: string[] = [], dir = DATA_DIR): number {
  const dataset = loadDatasetOrThrow(dir);
  const path = releasePath(dataset.version, dir);
  if (existsSync(path) && !args.includes('--force')) {
    console.error(`${RELEASES_DIR}/${dataset.version}.json.gz exists already; a release is frozen once written (--force to overwrite)`);
    return 1;
  }
  mkdirSync(join(dir, RELEASES_DIR), { recursive: true });
  writeFileSync(path, snapshotBytes(dataset));
  console.log(`Wrote ${RELEASES_DIR}/${dataset.version}.json.gz: ${dataset.entities.length} entities, ${dataset.relationships.length} relationships.`);
  return 0;
}

/** `npm run data:changelog [--json]`: what changed since the newest snapshot older than the current version. */
export function runChangelog(args: string[] = [], dir = DATA_DIR): number {
  const current = loadDatasetOrThrow(dir);
  const previous = loadPreviousRelease(current.version, dir);
  if (!previous) {
    console.error(`No release snapshot older than ${current.version} in ${RELEASES_DIR}/.`);
    return 1;
  }
  const changelog = datasetChangelog(previous, current);
  if (args.includes('--json')) console.log(JSON.stringify(changelog, null, 2));
  else process.stdout.write(formatChangelog(changelog));
  return 0;
}
