import { tempDir } from '../temp-dir';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = ['--import', 'tsx', 'src/cli/main.ts'];
const run = (args: string[], input?: string) => spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8', input });

describe('stakes scan', () => {
  it('prints the shape the shared scorer reads, with UTF-16 offsets', () => {
    const text = 'Meta’s stake in Scale AI worried OpenAI.';
    const result = run(['scan', '--json', '-'], text);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    const meta = output.companies.find((company: { id: string }) => company.id === 'meta');
    expect(meta).toMatchObject({ id: 'meta', name: 'Meta', mentions: [{ start: 0, end: 4, text: 'Meta' }] });
    expect(meta.relationships).toContain('Meta owns 49% of Scale AI (since Jun 2025)');
    for (const company of output.companies) for (const mention of company.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('reads the visible text of an HTML file', () => {
    const dir = tempDir('stakes-cli-');
    const file = join(dir, 'page.html');
    writeFileSync(file, '<html><head><title>OpenAI</title><script>var x = "Meta";</script></head><body><p><b>Scale</b> AI &amp; friends</p></body></html>');
    const output = JSON.parse(execFileSync(process.execPath, [...CLI, 'scan', '--json', file], { encoding: 'utf8' }));
    expect(output.companies.map((company: { id: string }) => company.id)).toEqual(['scale-ai']);
  });

  it('fails with a one-line error and status 2 on unreadable input', () => {
    const missing = run(['scan', '/no/such/file.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('cannot read /no/such/file.txt');
    const dir = tempDir('stakes-cli-');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    const binary = run(['scan', join(dir, 'binary.txt')]);
    expect(binary.status).toBe(2);
    expect(binary.stderr).toContain('not valid UTF-8');
  });
});

describe('stakes lookup', () => {
  it('shows a company by alias with its relationships', () => {
    const result = run(['lookup', 'Facebook']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Meta (Meta Platforms, Inc.) [meta]');
    expect(result.stdout).toContain('Meta owns 49% of Scale AI (since Jun 2025)');
  });

  it('says when it knows no such company', () => {
    const result = run(['lookup', 'Zzyzx Widgets']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no company called "Zzyzx Widgets"');
  });

  it('never answers a name it lacks with another company, but suggests similar names; tickers are names', () => {
    // "Valen" is no company of the dataset (Vale, the miner, now is one): Valentino is only similar.
    const valen = run(['lookup', 'Valen']);
    expect(valen.status).toBe(1);
    expect(valen.stdout).not.toContain('Valentino');
    expect(valen.stderr).toMatch(/no company called "Valen".*Similar names: .*Valentino/);
    const ticker = run(['lookup', 'NVDA']);
    expect(ticker.status).toBe(0);
    expect(ticker.stdout).toContain('[nvidia]');
  });
});
