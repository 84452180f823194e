import { describe, expect, it } from 'vitest';
import { datasetChangelog, formatChangelog, type Dataset, type Relationship } from '../../src/core/index';

const source = { publisher: 'Wikipedia', title: 'X', url: 'https://en.wikipedia.org/wiki/X', kind: 'reference' as const };
const checked = { publisher: 'News', title: 'Y', url: 'https://news.example.com/y', kind: 'press' as const, checked: '2026-12-04' };
const fact = (subject: string, type: Relationship['type'], object: string, extra: Partial<Relationship> = {}): Relationship => ({
  subject,
  type,
  object,
  status: 'active',
  sources: [source],
  asOf: '2025-11',
  ...extra,
});
const company = (id: string, name: string) => ({ id, name, kind: 'company' as const });

const previous: Dataset = {
  version: '2025.11.0',
  asOf: '2025-11',
  entities: [company('a', 'Alpha'), company('b', 'Beta'), company('c', 'Gamma'), company('gone', 'Gone')],
  relationships: [
    fact('a', 'owns-stake', 'b', { share: 10, start: '2020' }),
    fact('a', 'partner', 'c'),
    fact('a', 'acquired', 'c', { start: '2025-06', status: 'pending' }),
    fact('b', 'acquired', 'c', { start: '2025-07', status: 'announced' }),
    fact('b', 'customer-of', 'a', { start: '2019' }),
    fact('c', 'invested-in', 'b', { start: '2021' }),
    fact('a', 'licensed', 'gone'),
  ],
  notCompanies: [],
};

const current: Dataset = {
  version: '2026.12.0',
  asOf: '2026-12',
  entities: [company('a', 'Alpha Inc'), company('b', 'Beta'), company('c', 'Gamma'), company('new', 'Newco')],
  relationships: [
    fact('a', 'owns-stake', 'b', { share: 12, start: '2020', sources: [source, checked], asOf: '2026-12' }),
    fact('a', 'partner', 'c', { sources: [source, checked], asOf: '2026-12' }),
    fact('a', 'acquired', 'c', { start: '2026-02-11', status: 'active', sources: [source, checked], asOf: '2026-12' }),
    fact('b', 'acquired', 'c', { start: '2025-07', end: '2025-11', status: 'abandoned' }),
    fact('c', 'invested-in', 'b', { start: '2021' }),
    fact('new', 'partner', 'a', { start: '2026-01' }),
  ],
  notCompanies: [],
};

describe('datasetChangelog', () => {
  const changelog = datasetChangelog(previous, current);

  it('names the two versions and counts every kind of change', () => {
    expect([changelog.from, changelog.to]).toEqual(['2025.11.0', '2026.12.0']);
    expect(changelog.counts).toEqual({ added: 1, changed: 3, resourced: 1, ended: 1, removed: 2, entitiesAdded: 1, entitiesRemoved: 1, entitiesRenamed: 1 });
  });

  it('lists the fields that changed; a corrected start is a change, not a removal and an addition', () => {
    expect(changelog.changed.map((entry) => [entry.key, entry.fields])).toEqual([
      ['a acquired c 2026-02-11', ['start', 'status', 'sources', 'asOf']],
      ['a owns-stake b 2020', ['share', 'sources', 'asOf']],
      ['a partner c', ['sources', 'asOf']],
    ]);
    expect(changelog.changed[0].before.start).toBe('2025-06');
  });

  it('reports a fact that went from active, pending or announced to ended or abandoned as ended', () => {
    expect(changelog.ended.map((entry) => [entry.key, entry.before.status, entry.after.status, entry.fields])).toEqual([['b acquired c 2025-07', 'announced', 'abandoned', ['end', 'status']]]);
  });

  it('lists added and removed facts and entities, and renamed entities', () => {
    expect(changelog.added.map((r) => `${r.subject} ${r.type} ${r.object}`)).toEqual(['new partner a']);
    expect(changelog.removed.map((r) => `${r.subject} ${r.type} ${r.object}`)).toEqual(['a licensed gone', 'b customer-of a']);
    expect(changelog.entities.added.map((e) => e.id)).toEqual(['new']);
    expect(changelog.entities.removed.map((e) => e.id)).toEqual(['gone']);
    expect(changelog.entities.renamed).toEqual([{ id: 'a', from: 'Alpha', to: 'Alpha Inc' }]);
  });

  it('is empty between a dataset and itself, and does not modify its inputs', () => {
    const copy = JSON.parse(JSON.stringify(previous));
    const none = datasetChangelog(previous, previous);
    expect(Object.values(none.counts).every((count) => count === 0)).toBe(true);
    expect(previous).toEqual(copy);
  });

  it('keeps two facts of one pair apart when their starts cannot be paired', () => {
    const old: Dataset = { ...previous, relationships: [fact('a', 'invested-in', 'b', { start: '2018' }), fact('a', 'invested-in', 'b', { start: '2019' })] };
    const now: Dataset = { ...previous, relationships: [fact('a', 'invested-in', 'b', { start: '2018-05' }), fact('a', 'invested-in', 'b', { start: '2019-05' })] };
    const result = datasetChangelog(old, now);
    expect([result.counts.added, result.counts.removed, result.counts.changed]).toEqual([2, 2, 0]);
  });

  it('prints a text summary, listing changed facts but only counting re-sourced ones', () => {
    const text = formatChangelog(changelog);
    expect(text).toContain('Dataset changes from 2025.11.0 to 2026.12.0');
    expect(text).toContain('relationships: 1 added, 3 changed (1 of them only re-sourced or re-checked), 1 ended, 2 removed');
    expect(text).toContain('Ended (1)\n  b acquired c 2025-07 (ended 2025-11)');
    expect(text).toContain('  a owns-stake b 2020: share, sources, asOf');
    expect(text).not.toContain('a partner c:');
    expect(text).toContain('  a: Alpha → Alpha Inc');
  });
});
