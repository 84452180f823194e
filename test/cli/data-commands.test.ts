import { tempDir } from '../temp-dir';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isStrongFact, isWellSourced, runCheck, runFormat, sourcingStats } from '../../src/cli/data-commands';
import { runMigrateLayout } from '../../src/cli/migrate-layout';

const source = { publisher: 'Wikipedia', title: 'Scale AI', url: 'https://en.wikipedia.org/wiki/Scale_AI', kind: 'reference' };

function folder(files: Record<string, unknown>): string {
  const dir = tempDir('stakes-data-');
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ version: 'test', asOf: '2025-11' }));
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`);
  }
  return dir;
}

let output: string[];
beforeEach(() => {
  output = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => output.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => output.push(line));
});
afterEach(() => vi.restoreAllMocks());

const meta = { id: 'meta', name: 'Meta', kind: 'company' };
const scale = { id: 'scale-ai', name: 'Scale AI', kind: 'company' };
const stake = { subject: 'meta', type: 'owns-stake', object: 'scale-ai', share: 49, status: 'active', sources: [source], asOf: '2025-11' };

describe('data:check and data:format on the entity layout', () => {
  it('fails on a non-canonical file, and format makes it canonical with the Wikipedia shorthand', () => {
    const dir = folder({ 'entities/m/meta.json': { relationships: [stake], entity: meta }, 'entities/s/scale-ai.json': { entity: scale, relationships: [] } });
    expect(runCheck([], dir)).toBe(1);
    expect(output).toContain('error: entities/m/meta.json: (file): (format): not in canonical order and layout; run `npm run data:format`');
    expect(runFormat([], dir)).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'entities/m/meta.json'), 'utf8'));
    expect(Object.keys(written)).toEqual(['entity', 'relationships']);
    expect(written.relationships[0].sources).toEqual([{ wikipedia: 'Scale_AI' }]);
    output = [];
    expect(runCheck([], dir)).toBe(0);
  });

  it('names the entity file, the entry and the field of an error, and files outside the layout', () => {
    const dir = folder({
      'entities/m/meta.json': `${JSON.stringify({ entity: meta, relationships: [{ ...stake, share: 149 }] }, null, 2)}\n`,
      'entities/s/scale-ai.json': `${JSON.stringify({ entity: scale, relationships: [] }, null, 2)}\n`,
      'ai.json': { entities: [] },
    });
    expect(runCheck([], dir)).toBe(1);
    expect(output).toContain('error: entities/m/meta.json: relationships[0] (meta owns-stake scale-ai): share: must be a percentage above 0 and at most 100');
    expect(output.some((line) => line.startsWith('error: ai.json: (file): (path): not part of the layout'))).toBe(true);
  });
});

describe('migrate-layout', () => {
  it('moves every entity into its own file with the relationships it is the subject of, then deletes the sector files', () => {
    const dir = folder({
      'ai.json': { entities: [scale], relationships: [] },
      'big-tech.json': { entities: [meta], relationships: [stake] },
      'owners.json': { entities: [{ id: 'jane', name: 'Jane Doe', kind: 'person' }], relationships: [] },
      'not-companies.json': { notCompanies: [] },
    });
    // A person's holding was kept in the file of the company it is in.
    const held = { ...stake, subject: 'jane', type: 'owns-stake', object: 'meta', share: 1 };
    writeFileSync(join(dir, 'big-tech.json'), JSON.stringify({ entities: [meta], relationships: [stake, held] }));
    expect(runMigrateLayout([], dir)).toBe(0);
    expect(existsSync(join(dir, 'ai.json'))).toBe(false);
    expect(existsSync(join(dir, 'not-companies.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'entities/j/jane.json'), 'utf8')).relationships).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'entities/m/meta.json'), 'utf8')).relationships).toHaveLength(1);
    output = [];
    expect(runCheck([], dir)).toBe(0);
  });

  it('refuses to migrate a relationship whose subject has no entity', () => {
    const dir = folder({ 'ai.json': { entities: [scale], relationships: [stake] } });
    expect(() => runMigrateLayout([], dir)).toThrow(/no entity "meta"/);
    expect(existsSync(join(dir, 'ai.json'))).toBe(true);
  });
});

describe('data:stats sourcing figures', () => {
  const press = (publisher: string) => ({ publisher, title: 'T', url: `https://${publisher.toLowerCase()}.example.com/t`, kind: 'press' as const });
  const wikipedia = { publisher: 'Wikipedia', title: 'X', url: 'https://en.wikipedia.org/wiki/X', kind: 'reference' as const };
  const r = (extra: Record<string, unknown>) => ({ subject: 'a', type: 'partner', object: 'b', status: 'active', sources: [wikipedia], asOf: '2026-12', ...extra }) as never;

  it('counts facts citing more than Wikipedia, and strong facts with a primary source or two press publishers', () => {
    const stats = sourcingStats({
      relationships: [
        r({}),
        r({ type: 'owns-stake', share: 30, sources: [wikipedia, press('Reuters')] }),
        r({ type: 'owns-stake', share: 5, sources: [press('Reuters'), { ...press('AP'), checked: '2026-12-04' }] }),
        r({ type: 'parent-of', sources: [{ publisher: 'Acme', title: 'Annual report', kind: 'company', checked: '2026-12-04' }] }),
        r({ type: 'invested-in', amount: { value: 1, currency: 'USD' }, sources: [press('Reuters'), press('Reuters')] }),
        r({ type: 'acquired', sources: [{ publisher: 'Kiddle', title: 'X', url: 'https://kids.kiddle.co/X', kind: 'reference' }] }),
      ],
    });
    expect(stats).toEqual({ relationships: 6, checked: 2, beyondWikipedia: 5, beyondReference: 4, strong: 4, strongWellSourced: 2, strongWellSourcedChecked: 1 });
    expect(isStrongFact(r({ type: 'acquired' }))).toBe(false);
    expect(isWellSourced([press('Reuters'), press('AP')])).toBe(true);
  });
});
