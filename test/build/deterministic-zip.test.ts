import { tempDir } from '../temp-dir';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDeterministicZip } from '../../src/build/deterministic-zip';

/** Reads a zip back, in entry order: name → content. */
function readZip(zip: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(zip)).map(([name, data]) => [name, Buffer.from(data)]));
}

function makeTree(times: Date): string {
  const dir = tempDir('stakes-zip-');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'manifest.json'), '{"name":"Stakes"}');
  writeFileSync(join(dir, 'assets', 'b.js'), 'console.log("Nestlé’s");'.repeat(50));
  writeFileSync(join(dir, 'assets', 'a.css'), '');
  for (const file of ['manifest.json', 'assets/b.js', 'assets/a.css']) utimesSync(join(dir, file), times, times);
  return dir;
}

describe('writeDeterministicZip', () => {
  const stamp = new Date('2026-11-25T10:00:00Z');

  it('gives the same bytes for the same files, whatever their times on disk', () => {
    const first = join(tempDir('stakes-zip-out-'), 'a.zip');
    const second = join(tempDir('stakes-zip-out-'), 'b.zip');
    writeDeterministicZip(makeTree(new Date('2020-01-01')), first, stamp);
    writeDeterministicZip(makeTree(new Date('2024-06-30')), second, stamp);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
  });

  it('writes the same bytes in every time zone', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = makeTree(new Date());
    const zipIn = (tz: string) => {
      const out = join(tempDir('stakes-zip-tz-'), 'z.zip');
      execFileSync('npx', ['tsx', '-e', `import { writeDeterministicZip } from './src/build/deterministic-zip.ts'; writeDeterministicZip(${JSON.stringify(dir)}, ${JSON.stringify(out)}, new Date('2026-11-25T10:00:00Z'))`], {
        env: { ...process.env, TZ: tz },
      });
      return readFileSync(out);
    };
    expect(zipIn('Pacific/Kiritimati').equals(zipIn('America/Los_Angeles'))).toBe(true);
  });

  it('holds every file, sorted, with its exact content', () => {
    const out = join(tempDir('stakes-zip-out-'), 'c.zip');
    const dir = makeTree(new Date());
    writeDeterministicZip(dir, out, stamp);
    const files = readZip(readFileSync(out));
    expect([...files.keys()]).toEqual(['assets/a.css', 'assets/b.js', 'manifest.json']);
    expect(files.get('assets/b.js')!.equals(readFileSync(join(dir, 'assets', 'b.js')))).toBe(true);
  });
});
