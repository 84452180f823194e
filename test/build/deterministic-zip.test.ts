import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeDeterministicZip } from '../../src/build/deterministic-zip';

/** Reads a zip back through its central directory: name → content. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    files.set(name, inflateRawSync(zip.subarray(dataStart, dataStart + compressedSize)));
    at += 46 + nameLength;
  }
  return files;
}

function makeTree(times: Date): string {
  const dir = mkdtempSync(join(tmpdir(), 'stakes-zip-'));
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
    const first = join(mkdtempSync(join(tmpdir(), 'stakes-zip-out-')), 'a.zip');
    const second = join(mkdtempSync(join(tmpdir(), 'stakes-zip-out-')), 'b.zip');
    writeDeterministicZip(makeTree(new Date('2020-01-01')), first, stamp);
    writeDeterministicZip(makeTree(new Date('2024-06-30')), second, stamp);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
  });

  it('holds every file, sorted, with its exact content', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'stakes-zip-out-')), 'c.zip');
    const dir = makeTree(new Date());
    writeDeterministicZip(dir, out, stamp);
    const files = readZip(readFileSync(out));
    expect([...files.keys()]).toEqual(['assets/a.css', 'assets/b.js', 'manifest.json']);
    expect(files.get('assets/b.js')!.equals(readFileSync(join(dir, 'assets', 'b.js')))).toBe(true);
  });
});
