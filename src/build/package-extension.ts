/**
 * Zips dist/chrome and dist/firefox into store packages with `web-ext build`.
 * File times are pinned to the last commit's time so the same commit gives
 * the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const commitTime = Number(process.env.SOURCE_DATE_EPOCH ?? execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim());
const pinned = new Date((Number.isFinite(commitTime) && commitTime > 0 ? commitTime : 315532800) * 1000);

function pinTimes(dir: string) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) pinTimes(path);
    utimesSync(path, pinned, pinned);
  }
}

rmSync('dist/packages', { recursive: true, force: true });
for (const target of ['chrome', 'firefox']) {
  pinTimes(`dist/${target}`);
  const out = `dist/packages/${target}`;
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', out, '--overwrite-dest', '--filename', `stakes-${target}-${version}.zip`], { stdio: 'inherit' });
  renameSync(join(out, `stakes-${target}-${version}.zip`), `dist/packages/stakes-${target}-${version}.zip`);
  rmSync(out, { recursive: true, force: true });
}
console.log(`Packages: dist/packages/stakes-chrome-${version}.zip, dist/packages/stakes-firefox-${version}.zip`);
