/**
 * Packs dist/chrome and dist/firefox into store zips. `web-ext build` checks
 * each build can be packed as an extension; the zips themselves are written
 * deterministically (sorted entries, the last commit's time), so the same
 * commit always gives the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { writeDeterministicZip } from './deterministic-zip';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const commitSeconds = Number(process.env.SOURCE_DATE_EPOCH ?? execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim());
const timestamp = new Date((Number.isFinite(commitSeconds) && commitSeconds > 0 ? commitSeconds : 315532800) * 1000);

rmSync('dist/packages', { recursive: true, force: true });
mkdirSync('dist/packages', { recursive: true });
for (const target of ['chrome', 'firefox']) {
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', `dist/packages/web-ext-check`, '--overwrite-dest'], { stdio: 'ignore' });
  writeDeterministicZip(`dist/${target}`, `dist/packages/stakes-${target}-${version}.zip`, timestamp);
}
rmSync('dist/packages/web-ext-check', { recursive: true, force: true });
console.log(`Packages: dist/packages/stakes-chrome-${version}.zip, dist/packages/stakes-firefox-${version}.zip (files dated ${timestamp.toISOString()})`);
