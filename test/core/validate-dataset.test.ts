import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset, type DatasetSourceFile } from '../../src/core/index';
import { entity, relationship, smallDataset } from './fixtures';

const meta = { version: 'test', asOf: '2025-11' };

function problemsOf(files: DatasetSourceFile[]) {
  return validateDataset(files, meta).problems.filter((problem) => problem.severity === 'error').map(formatProblem);
}

describe('validateDataset', () => {
  it('accepts a well-formed dataset and returns it whole', () => {
    const { entities, relationships } = smallDataset();
    const result = validateDataset([{ path: 'companies.json', data: { entities, relationships } }], meta);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.dataset.entities).toHaveLength(entities.length);
    expect(result.dataset.relationships).toHaveLength(1);
  });

  it('names the file, the entry and the field of each error', () => {
    const problems = problemsOf([
      {
        path: 'ai.json',
        data: {
          entities: [entity('scale-ai', 'Scale AI'), { id: 'Bad Id', name: 'X', kind: 'company' }, entity('meta', 'Meta', { kind: 'corporation' as never })],
          relationships: [relationship('meta', 'owns-stake', 'scale-ai', { share: 149 })],
        },
      },
    ]);
    expect(problems).toContain('ai.json: entities[1] (Bad Id): id: must be a kebab-case slug like "scale-ai"');
    expect(problems).toContain('ai.json: entities[2] (meta): kind: must be one of company, outlet, fund, person, government, nonprofit');
    expect(problems).toContain('ai.json: relationships[0] (meta owns-stake scale-ai): share: must be a percentage above 0 and at most 100');
  });

  it('reports unknown entities, duplicate ids and duplicate facts', () => {
    const problems = problemsOf([
      { path: 'a.json', data: { entities: [entity('meta', 'Meta'), entity('openai', 'OpenAI')], relationships: [relationship('meta', 'partner', 'ghost')] } },
      {
        path: 'b.json',
        data: { entities: [entity('meta', 'Meta again')], relationships: [relationship('meta', 'partner', 'openai'), relationship('meta', 'partner', 'openai')] },
      },
    ]);
    expect(problems).toContain('a.json: relationships[0] (meta partner ghost): object: unknown entity id "ghost"');
    expect(problems).toContain('b.json: entities[0] (meta): id: duplicate id "meta", first defined in a.json');
    expect(problems.some((problem) => problem.startsWith('b.json: relationships[1] (meta partner openai): (entry): duplicates b.json'))).toBe(true);
  });

  it('requires sources with well-formed dates, https links only, and ordered dates', () => {
    const problems = problemsOf([
      {
        path: 'x.json',
        data: {
          entities: [entity('a', 'A'), entity('b', 'B')],
          relationships: [
            relationship('a', 'acquired', 'b', { sources: [] }),
            relationship('a', 'partner', 'b', { sources: [{ publisher: 'P', title: 'T', date: '2025-13', url: 'http://example.com' }] }),
            relationship('b', 'partner', 'a', { start: '2025-06', end: '2024-01', status: 'ended' }),
            relationship('b', 'customer-of', 'a', { end: '2024-01' }),
          ],
        },
      },
    ]);
    expect(problems).toContain('x.json: relationships[0] (a acquired b): sources: at least one source is required');
    expect(problems).toContain("x.json: relationships[1] (a partner b): sources[0].date: the page's own publication date, like 2025-06-12 (leave it out if the page has none)");
    expect(problems).toContain('x.json: relationships[1] (a partner b): sources[0].url: must be an https: URL');
    expect(problems).toContain('x.json: relationships[2] (b partner a): end: is before start (2025-06)');
    expect(problems).toContain('x.json: relationships[3] (b customer-of a): status: an entry with an end date cannot be active');
  });

  it('refuses active stakes in one company that add up to more than 100%', () => {
    const problems = problemsOf([
      {
        path: 's.json',
        data: {
          entities: [entity('a', 'A'), entity('b', 'B'), entity('c', 'C')],
          relationships: [relationship('a', 'owns-stake', 'c', { share: 60 }), relationship('b', 'owns-stake', 'c', { share: { min: 45, max: 50 } })],
        },
      },
    ]);
    expect(problems.some((problem) => problem.includes('active stakes in "c" add up to 105%'))).toBe(true);
  });

  it('warns when two companies answer to the same name', () => {
    const { problems } = validateDataset([{ path: 'p.json', data: { entities: [entity('porsche-ag', 'Porsche'), entity('porsche-se', 'Porsche SE', { aliases: [{ name: 'Porsche' }] })] } }], meta);
    expect(problems.map(formatProblem)).toContain('p.json: entities (porsche-se): aliases: "Porsche" is also a name of "porsche-ag"');
  });

  it('rejects a file that is not an object', () => {
    expect(problemsOf([{ path: 'broken.json', data: [1, 2] }])).toEqual(['broken.json: (file): (root): must be an object: {"entity": {...}, "relationships": [...]}']);
  });

  it('reads one entity per file, at the path of its id, with the relationships whose subject it is', () => {
    const files: DatasetSourceFile[] = [
      { path: 'entities/m/meta.json', data: { entity: entity('meta', 'Meta'), relationships: [relationship('meta', 'owns-stake', 'scale-ai', { share: 49 })] } },
      { path: 'entities/s/scale-ai.json', data: { entity: entity('scale-ai', 'Scale AI'), relationships: [] } },
    ];
    const result = validateDataset(files, meta);
    expect(result.problems).toEqual([]);
    expect(result.dataset.entities.map((e) => e.id)).toEqual(['meta', 'scale-ai']);
    expect(result.dataset.relationships).toHaveLength(1);
    expect(
      problemsOf([
        { path: 'entities/x/meta.json', data: { entity: entity('meta', 'Meta'), relationships: [relationship('scale-ai', 'partner', 'meta')] } },
        { path: 'entities/s/scale-ai.json', data: { entity: entity('scale-ai', 'Scale AI'), entities: [] } },
      ]),
    ).toEqual([
      'entities/x/meta.json: entity (meta): id: an entity with id "meta" lives in entities/m/meta.json',
      "entities/x/meta.json: relationships[0] (scale-ai partner meta): subject: every relationship lives in its subject's file: move it to entities/s/scale-ai.json",
      'entities/s/scale-ai.json: (file): entities: a file holds either one "entity" or an "entities" array, not both',
    ]);
  });

  it('expands the Wikipedia shorthand into a full reference source', () => {
    const result = validateDataset(
      [{ path: 'w.json', data: { entities: [entity('a', 'A'), entity('b', 'B')], relationships: [relationship('a', 'acquired', 'b', { sources: [{ wikipedia: 'Scale_AI' } as never] }), relationship('b', 'partner', 'a', { sources: [{ wikipedia: 'Scale AI' } as never] })] } }],
      meta,
    );
    expect(result.dataset.relationships[0].sources).toEqual([{ publisher: 'Wikipedia', title: 'Scale AI', url: 'https://en.wikipedia.org/wiki/Scale_AI', kind: 'reference' }]);
    expect(result.problems.map(formatProblem)).toEqual(['w.json: relationships[1] (b partner a): sources[0].wikipedia: must be an article name as in its URL, like "Scale_AI"']);
  });
});
