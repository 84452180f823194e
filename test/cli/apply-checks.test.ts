import { tempDir } from '../temp-dir';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyChecks, checkedSourceProblems, mergeSources, runApplyChecks, type EntityFiles } from '../../src/cli/apply-checks';
import { runCheck } from '../../src/cli/data-commands';
import { loadDataset } from '../../src/build/dataset-files';
import { canonicalizeDatasetFile, type DatasetFile } from '../../src/core/index';

const FIXTURES = fileURLToPath(new URL('./fixtures/checks/', import.meta.url));
const ALPHA = join(FIXTURES, 'alpha.json');
const BETA = join(FIXTURES, 'beta.json');
const TODAY = '2026-12-04';

const wiki = (article: string) => ({ wikipedia: article });
const entity = (id: string, name: string) => ({ id, name, kind: 'company' });
const fact = (type: string, object: string, extra: Record<string, unknown> = {}) => ({
  subject: 'meta',
  type,
  object,
  status: 'active',
  sources: [wiki('Meta_Platforms')],
  asOf: '2025-11',
  ...extra,
});

function dataFolder(): string {
  const dir = tempDir('stakes-checks-');
  const files: Record<string, DatasetFile> = {
    'entities/m/meta.json': {
      entity: entity('meta', 'Meta') as DatasetFile['entity'],
      relationships: [
        fact('owns-stake', 'scale-ai', { share: 49, start: '2025-06', sources: [wiki('Scale_AI')] }),
        fact('acquired', 'giphy', { amount: { value: 400000000, currency: 'USD' }, start: '2020-05', end: '2023-05', status: 'ended' }),
        fact('partner', 'oldco'),
        fact('customer-of', 'oldco', { start: '2019' }),
        fact('licensed', 'oldco'),
        fact('invested-in', 'scale-ai', { start: '2018' }),
        fact('invested-in', 'scale-ai', { start: '2019' }),
      ] as unknown as DatasetFile['relationships'],
    },
    'entities/s/scale-ai.json': { entity: entity('scale-ai', 'Scale AI') as DatasetFile['entity'], relationships: [] },
    'entities/g/giphy.json': { entity: entity('giphy', 'Giphy') as DatasetFile['entity'], relationships: [] },
    'entities/o/oldco.json': { entity: entity('oldco', 'Oldco') as DatasetFile['entity'], relationships: [] },
  };
  writeFileSync(join(dir, 'meta.json'), `${JSON.stringify({ version: 'test', asOf: '2025-11' }, null, 2)}\n`);
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), canonicalizeDatasetFile(data));
  }
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

let output: string[];
beforeEach(() => {
  output = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => output.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => output.push(line));
});
afterEach(() => vi.restoreAllMocks());

const relationships = (dir: string) => loadDataset(dir).dataset.relationships;
const find = (dir: string, type: string, object: string, start?: string) => relationships(dir).filter((r) => r.type === type && r.object === object && (start === undefined || r.start === start));

describe('apply-checks', () => {
  const dir = dataFolder();
  const code = runApplyChecks([ALPHA, BETA], dir, TODAY);
  const log = readFileSync(join(dir, 'checks/apply-log.md'), 'utf8');

  it('confirmed: adds the checked source beside the Wikipedia reference and sets asOf to the check month', () => {
    expect(code).toBe(0);
    const [stake] = find(dir, 'owns-stake', 'scale-ai');
    expect(stake.sources.map((s) => s.url)).toEqual(['https://en.wikipedia.org/wiki/Scale_AI', 'https://news.example.com/1', 'https://news.example.com/10']);
    expect(stake.sources[1].checked).toBe('2026-12-04');
    expect(stake.asOf).toBe('2026-12');
  });

  it('corrected: applies set, where null removes a field; a key without start matches the only such fact', () => {
    const [giphy] = find(dir, 'acquired', 'giphy');
    expect(giphy.amount).toBeUndefined();
    expect(giphy.note).toBe('sold after a UK order');
    expect(giphy.asOf).toBe('2026-12');
    expect(find(dir, 'owns-stake', 'scale-ai')[0].share).toEqual({ min: 48, max: 49 });
  });

  it('ended: sets status ended and the end; wrong: removes the fact; unverified: leaves it', () => {
    const [partner] = find(dir, 'partner', 'oldco');
    expect([partner.status, partner.end, partner.asOf]).toEqual(['ended', '2025-12', '2026-12']);
    expect(find(dir, 'customer-of', 'oldco')).toEqual([]);
    const [licensed] = find(dir, 'licensed', 'oldco');
    expect([licensed.asOf, licensed.sources.length]).toEqual(['2025-11', 1]);
    expect(log).toContain('## Removed as wrong (1)\n- alpha.json checks[3] (meta customer-of oldco 2019): never a customer');
    expect(log).toContain('- alpha.json checks[4] (meta licensed oldco): nothing found');
  });

  it('reports a key that matches nothing, or several facts, and never guesses', () => {
    expect(log).toContain('- alpha.json checks[5] (meta invested-in nowhere-inc 2024): no such relationship in the dataset');
    expect(log).toContain('- beta.json checks[1] (meta invested-in scale-ai): 2 relationships match; give the start (2018, 2019)');
    expect(find(dir, 'invested-in', 'scale-ai').map((r) => r.sources.length)).toEqual([1, 1]);
  });

  it('rejects malformed records with the file and index, and applies the rest', () => {
    expect(log).toContain('- alpha.json checks[6] (meta owns-stake scale-ai 2025-06): sources: none left once the plain-http ones are left out (sources[0] http://news.example.com/6)');
    expect(log).toContain('- alpha.json checks[7] (meta owns-stake scale-ai 2025-06): set.owner: not a field a check may set');
    expect(log).toMatch(/- alpha\.json checks\[8\] .*sources\[0\]\.checked: must be the real date the page was read/);
    expect(log).toContain('- alpha.json checks[9]: must be an object');
    expect(find(dir, 'owns-stake', 'scale-ai')[0].sources.some((s) => s.url?.startsWith('http:'))).toBe(false);
    // A plain-http page is left out; the record applies with its other sources.
    expect(find(dir, 'acquired', 'giphy')[0].sources.map((s) => s.url)).toEqual(['https://en.wikipedia.org/wiki/Meta_Platforms', 'https://news.example.com/2', 'https://news.example.com/12']);
    expect(log).toContain('- alpha.json checks[10] (meta acquired giphy 2020-05): sources[1] http://news.example.com/13');
  });

  it('adds new entities and facts, merging a new fact into the same existing one', () => {
    expect(loadDataset(dir).dataset.entities.map((e) => e.id)).toContain('newco');
    expect(JSON.parse(readFileSync(join(dir, 'entities/s/scale-ai.json'), 'utf8')).relationships).toHaveLength(1);
    expect(log).toContain('an entity "meta" exists already');
    expect(log).toContain('- alpha.json newFacts[1] (meta owns-stake scale-ai 2025-06): equivalent fact exists; sources merged');
  });

  it('leaves a valid, canonical dataset, copies each check file by slice and moves meta.json asOf', () => {
    output = [];
    expect(runCheck([], dir)).toBe(0);
    expect(readFileSync(join(dir, 'checks/alpha.json'), 'utf8')).toBe(readFileSync(ALPHA, 'utf8'));
    expect(readFileSync(join(dir, 'checks/beta.json'), 'utf8')).toBe(readFileSync(BETA, 'utf8'));
    expect(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'))).toEqual({ version: 'test', asOf: '2026-12' });
    expect(log).toMatch(/## alpha\.json\n- confirmed: \d+ \(/);
  });

  it('is idempotent: a second run changes no file but the log', () => {
    const before = snapshot(dir);
    expect(runApplyChecks([ALPHA, BETA], dir, TODAY)).toBe(0);
    const after = snapshot(dir);
    delete before['checks/apply-log.md'];
    delete after['checks/apply-log.md'];
    expect(after).toEqual(before);
    const second = readFileSync(join(dir, 'checks/apply-log.md'), 'utf8');
    expect(second).toContain('- changed the dataset in this run: 0');
    expect(second).toContain('(meta customer-of oldco 2019): no such relationship (already removed?)');
  });
});

describe('apply-checks on files in memory', () => {
  const source = (n: number) => ({ publisher: 'P', title: `T${n}`, url: `https://p.example.com/${n}`, checked: TODAY, kind: 'press' });
  const files = (): EntityFiles =>
    new Map<string, DatasetFile>([
      ['entities/a/a.json', { entity: { id: 'a', name: 'A', kind: 'company' }, relationships: [{ subject: 'a', type: 'owns-stake', object: 'b', share: 10, status: 'active', sources: [{ wikipedia: 'B' } as never], asOf: '2025-11' }] }],
      ['entities/b/b.json', { entity: { id: 'b', name: 'B', kind: 'company' }, relationships: [] }],
    ]);
  const key = { subject: 'a', type: 'owns-stake', object: 'b' };

  it('sets no field two records disagree about, and removes nothing another record confirms', () => {
    const data = files();
    const result = applyChecks(
      data,
      [
        { name: 'one.json', data: { slice: 'one', checks: [{ key, verdict: 'corrected', set: { share: 12 }, sources: [source(1)] }] } },
        {
          name: 'two.json',
          data: {
            slice: 'two',
            checks: [
              { key, verdict: 'corrected', set: { share: 15 }, sources: [source(2)] },
              { key, verdict: 'wrong', sources: [] },
            ],
          },
        },
      ],
      { today: TODAY },
    );
    const [stake] = data.get('entities/a/a.json')!.relationships!;
    expect(stake.share).toBe(10);
    expect(stake.sources).toHaveLength(3);
    expect(result.results.filter((r) => r.outcome === 'conflict').map((r) => `${r.file} ${r.record}`)).toEqual(['two.json checks[1]', 'one.json checks[0]', 'two.json checks[0]']);
  });

  it('sets an outlet’s website from a page read, keeps a different one as a conflict, and rejects one that is not an https: home page', () => {
    const data = files();
    data.get('entities/b/b.json')!.entity!.website = 'https://www.b.example.com';
    const read = { publisher: 'Wikipedia', title: 'A', url: 'https://en.wikipedia.org/wiki/A', checked: TODAY, kind: 'reference' };
    const result = applyChecks(
      data,
      [
        {
          name: 'sites.json',
          data: {
            websites: [
              { entity: 'a', website: 'https://www.a.example.com/', source: read, why: 'infobox' },
              { entity: 'b', website: 'https://b.example.org', source: read, why: 'infobox' },
              { entity: 'a', website: 'http://a.example.com', source: read, why: 'plain http' },
              { entity: 'a', website: 'https://www.a.example.com/news', source: read, why: 'a section, not the site' },
              { entity: 'nobody', website: 'https://n.example.com', source: read, why: 'no such entity' },
            ],
          },
        },
      ],
      { today: TODAY },
    );
    expect(data.get('entities/a/a.json')!.entity!.website).toBe('https://www.a.example.com');
    expect(data.get('entities/b/b.json')!.entity!.website).toBe('https://www.b.example.com');
    expect(result.results.map((r) => `${r.record} ${r.outcome}`)).toEqual(['websites[2] rejected', 'websites[3] rejected', 'websites[0] applied', 'websites[1] conflict', 'websites[4] unmatched']);
  });

  it('applies a check of a fact that another file adds in the same run', () => {
    const data = files();
    const added = { subject: 'a', type: 'partner', object: 'b', start: '2026-01', status: 'active', sources: [source(5)], asOf: '2026-12' };
    const result = applyChecks(
      data,
      [
        { name: 'one.json', data: { newFacts: [added] } },
        { name: 'two.json', data: { checks: [{ key: { subject: 'a', type: 'partner', object: 'b', start: '2026-01' }, verdict: 'confirmed', sources: [source(6)] }] } },
      ],
      { today: TODAY },
    );
    expect(result.results.map((r) => `${r.file} ${r.record} ${r.outcome}`)).toEqual(['one.json newFacts[0] added', 'two.json checks[0] applied']);
    expect(data.get('entities/a/a.json')!.relationships![1].sources.map((s) => s.url)).toEqual(['https://p.example.com/5', 'https://p.example.com/6']);
  });

  it('of two end dates where one refines the other, sets the precise one', () => {
    const data = files();
    const ended = (end: string) => ({ key, verdict: 'ended', set: { end }, sources: [source(end.length)] });
    const result = applyChecks(
      data,
      [
        { name: 'one.json', data: { checks: [ended('2026-02')] } },
        { name: 'two.json', data: { checks: [ended('2026-02-02')] } },
      ],
      { today: TODAY },
    );
    const [stake] = data.get('entities/a/a.json')!.relationships!;
    expect([stake.status, stake.end]).toEqual(['ended', '2026-02-02']);
    expect(result.results.map((r) => r.outcome)).toEqual(['applied', 'applied']);
  });

  it('rejects a set that would make the fact invalid, and a check file that is not an object', () => {
    const data = files();
    const result = applyChecks(
      data,
      [
        { name: 'one.json', data: { checks: [{ key, verdict: 'confirmed', set: { end: '2020' }, sources: [source(1)] }] } },
        { name: 'bad.json', data: [] },
      ],
      { today: TODAY },
    );
    expect(result.results.map((r) => [r.file, r.record, r.outcome])).toEqual([
      ['bad.json', '(file)', 'rejected'],
      ['one.json', 'checks[0]', 'rejected'],
    ]);
    expect(result.results[1].message).toContain('status: an entry with an end date cannot be active');
    expect(data.get('entities/a/a.json')!.relationships![0].sources).toHaveLength(1);
    expect(result.changedFiles).toEqual([]);
  });

  it('applies the resolutions: a duplicate entity merged into the one kept, a new fact withheld, an ownership status replaced', () => {
    const data = files();
    data.get('entities/b/b.json')!.entity!.ownership = { status: 'widely-held', listed: ['NYSE'] };
    const newFact = (object: string, start: string) => ({ subject: 'a', type: 'partner', object, start, status: 'active', sources: [source(3)], asOf: '2026-12' });
    const result = applyChecks(
      data,
      [
        { name: 'one.json', data: { newEntities: [{ id: 'jv', name: 'JV', kind: 'company' }], newFacts: [newFact('jv', '2026-01'), newFact('b', '2026-02')] } },
        { name: 'two.json', data: { newEntities: [{ id: 'jv-llc', name: 'JV LLC', kind: 'company' }], newFacts: [newFact('jv-llc', '2026-01')] } },
        {
          name: 'resolutions.json',
          data: {
            sameAs: [{ id: 'jv-llc', as: 'jv', why: 'the same joint venture' }],
            withheld: [{ key: { subject: 'a', type: 'partner', object: 'b', start: '2026-02' }, why: 'not a partnership' }],
            ownership: [{ entity: 'b', set: { status: 'subsidiary', by: 'a' }, why: 'a controls b' }],
          },
        },
      ],
      { today: TODAY },
    );
    expect(data.has('entities/j/jv-llc.json')).toBe(false);
    expect(data.get('entities/a/a.json')!.relationships!.map((r) => `${r.type} ${r.object} ${r.start ?? ''}`)).toEqual(['owns-stake b ', 'partner jv 2026-01']);
    expect(data.get('entities/b/b.json')!.entity!.ownership).toEqual({ status: 'subsidiary', by: 'a' });
    expect(result.results.map((r) => `${r.file} ${r.record} ${r.outcome}`)).toEqual([
      'two.json newEntities[0] exists',
      'one.json newEntities[0] added',
      'one.json newFacts[0] added',
      'one.json newFacts[1] withheld',
      'two.json newFacts[0] merged',
      'resolutions.json ownership[0] applied',
    ]);
  });

  it("merges a new fact that restates one with a less precise or missing start, but keeps an investor's rounds apart", () => {
    const data = files();
    const fact = (type: string, start: string | undefined, extra: Record<string, unknown> = {}) => ({ subject: 'a', type, object: 'b', ...(start ? { start } : {}), status: 'pending', sources: [source(4)], asOf: '2026-12', ...extra });
    const result = applyChecks(
      data,
      [
        { name: 'one.json', data: { newFacts: [fact('acquired', '2026-01-27'), fact('invested-in', '2024-12', { status: 'active' })] } },
        { name: 'two.json', data: { newFacts: [fact('acquired', '2026-01'), fact('invested-in', undefined, { status: 'active' }), fact('acquired', '2025-03')] } },
      ],
      { today: TODAY },
    );
    expect(result.results.map((r) => `${r.file} ${r.record} ${r.outcome}`)).toEqual(['one.json newFacts[0] added', 'one.json newFacts[1] added', 'two.json newFacts[0] merged', 'two.json newFacts[1] added', 'two.json newFacts[2] added']);
  });

  it('validates sources: https url, a real checked date not in the future, a known kind', () => {
    expect(checkedSourceProblems(source(1), TODAY)).toEqual([]);
    expect(checkedSourceProblems({ ...source(1), url: 'http://p.example.com/1' }, TODAY)[0]).toMatch(/^url:/);
    expect(checkedSourceProblems({ ...source(1), checked: '2026-12-05' }, TODAY)).toEqual(['checked: 2026-12-05 is after today (2026-12-04)']);
    expect(checkedSourceProblems({ ...source(1), checked: '2025-12-01' }, TODAY)[0]).toMatch(/before the checks began/);
    expect(checkedSourceProblems({ ...source(1), kind: 'blog' }, TODAY)[0]).toMatch(/^kind:/);
    expect(checkedSourceProblems({ ...source(1), kind: undefined }, TODAY)[0]).toMatch(/^kind:/);
  });

  it('merges a checked copy of a cited Wikipedia article into that citation', () => {
    const read = { publisher: 'Wikipedia', title: 'Scale AI', url: 'https://en.wikipedia.org/wiki/Scale_AI', checked: TODAY, kind: 'reference' as const };
    expect(mergeSources([{ wikipedia: 'Scale_AI' }, { publisher: 'X', title: 'no url' }], [read])).toEqual([read, { publisher: 'X', title: 'no url' }]);
    // A page already recorded as read keeps its first record, so applying again changes nothing.
    expect(mergeSources([read], [{ ...read, title: 'Scale AI (another title)', date: '2025-06' }])).toEqual([{ ...read, date: '2025-06' }]);
  });
});
