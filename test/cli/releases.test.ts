import { tempDir } from '../temp-dir';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareVersions, listReleases, loadPreviousRelease, loadRelease, runChangelog, runRelease, snapshotBytes } from '../../src/build/releases';
import { canonicalizeDatasetFile, type Dataset } from '../../src/core/index';

const source = { wikipedia: 'Scale_AI' };
const stake = { subject: 'meta', type: 'owns-stake', object: 'scale-ai', share: 49, start: '2025-06', status: 'active', sources: [source], asOf: '2025-11' };

function folder(version: string): string {
  const dir = tempDir('stakes-releases-');
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ version, asOf: '2026-12' }));
  const files: Record<string, unknown> = {
    'entities/m/meta.json': { entity: { id: 'meta', name: 'Meta', kind: 'company' }, relationships: [{ ...stake, share: 48 }] },
    'entities/s/scale-ai.json': { entity: { id: 'scale-ai', name: 'Scale AI', kind: 'company' }, relationships: [] },
  };
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), canonicalizeDatasetFile(data as never));
  }
  return dir;
}

const release = (version: string, share: number): Dataset => ({
  version,
  asOf: '2025-11',
  entities: [
    { id: 'meta', name: 'Meta', kind: 'company' },
    { id: 'scale-ai', name: 'Scale AI', kind: 'company' },
  ],
  relationships: [{ ...stake, share, sources: [{ publisher: 'Wikipedia', title: 'Scale AI', url: 'https://en.wikipedia.org/wiki/Scale_AI', kind: 'reference' }] } as Dataset['relationships'][number]],
  notCompanies: [],
});

function addRelease(dir: string, dataset: Dataset) {
  mkdirSync(join(dir, 'releases'), { recursive: true });
  writeFileSync(join(dir, 'releases', `${dataset.version}.json.gz`), snapshotBytes(dataset));
}

let output: string[];
beforeEach(() => {
  output = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => output.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => output.push(line));
  vi.spyOn(process.stdout, 'write').mockImplementation((text: string | Uint8Array) => (output.push(String(text)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('release snapshots', () => {
  it('orders versions by their numbers', () => {
    expect(['2026.12.0', '2025.11.0', '2026.2.1', '2026.2.0'].sort(compareVersions)).toEqual(['2025.11.0', '2026.2.0', '2026.2.1', '2026.12.0']);
  });

  it('loads the newest snapshot older than the current version', () => {
    const dir = folder('2026.12.0');
    expect(loadPreviousRelease(undefined, dir)).toBeUndefined();
    addRelease(dir, release('2025.11.0', 49));
    addRelease(dir, release('2026.2.0', 47));
    addRelease(dir, release('2026.12.0', 48));
    expect(listReleases(dir)).toEqual(['2025.11.0', '2026.2.0', '2026.12.0']);
    expect(loadPreviousRelease(undefined, dir)?.version).toBe('2026.2.0');
    expect(loadPreviousRelease('2026.2.0', dir)?.version).toBe('2025.11.0');
  });

  it('data:release writes the compiled dataset once, and refuses to overwrite a frozen release', () => {
    const dir = folder('2026.12.0');
    expect(runRelease([], dir)).toBe(0);
    expect(existsSync(join(dir, 'releases/2026.12.0.json.gz'))).toBe(true);
    expect(loadRelease('2026.12.0', dir).relationships[0].share).toBe(48);
    const bytes = readFileSync(join(dir, 'releases/2026.12.0.json.gz'));
    expect(runRelease([], dir)).toBe(1);
    expect(readFileSync(join(dir, 'releases/2026.12.0.json.gz'))).toEqual(bytes);
  });

  it('data:changelog prints the changes since the previous release, as text or JSON', () => {
    const dir = folder('2026.12.0');
    expect(runChangelog([], dir)).toBe(1);
    addRelease(dir, release('2025.11.0', 49));
    output = [];
    expect(runChangelog([], dir)).toBe(0);
    expect(output.join('')).toContain('meta owns-stake scale-ai 2025-06: share');
    output = [];
    expect(runChangelog(['--json'], dir)).toBe(0);
    const json = JSON.parse(output.join(''));
    expect([json.from, json.to, json.counts.changed]).toEqual(['2025.11.0', '2026.12.0', 1]);
  });
});
