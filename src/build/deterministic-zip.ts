import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/**
 * A zip whose bytes depend only on the files' paths and contents: entries in
 * sorted order, one fixed timestamp, no directory entries. Store packages
 * must be reproducible from a commit; `web-ext build` stamps the current time
 * into every entry. The zip itself is written by fflate.
 */

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function writeDeterministicZip(sourceDir: string, outFile: string, timestamp: Date): void {
  const entries = listFiles(sourceDir)
    .map((path) => ({ path, name: relative(sourceDir, path).split(sep).join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // fflate keeps the object's insertion order, so sorted insertion gives sorted entries.
  // fflate writes the MS-DOS time from local-time getters: shift the moment so every time zone writes the UTC fields.
  const mtime = new Date(timestamp.getTime() + timestamp.getTimezoneOffset() * 60_000);
  const files: Zippable = {};
  for (const { path, name } of entries) files[name] = [readFileSync(path), { mtime, level: 9 }];
  writeFileSync(outFile, zipSync(files));
}
