import { describe, expect, it } from 'vitest';
import { factIsChecked, formatProblem, validateDataset, type DatasetSourceFile } from '../../src/core/index';
import { entity, relationship, smallDataset } from './fixtures';

const meta = { version: 'test', asOf: '2025-11' };

function problemsOf(files: DatasetSourceFile[]) {
  return validateDataset(files, meta)
    .problems.filter((problem) => problem.severity === 'error')
    .map(formatProblem);
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
      [
        {
          path: 'w.json',
          data: {
            entities: [entity('a', 'A'), entity('b', 'B')],
            relationships: [relationship('a', 'acquired', 'b', { sources: [{ wikipedia: 'Scale_AI' } as never] }), relationship('b', 'partner', 'a', { sources: [{ wikipedia: 'Scale AI' } as never] })],
          },
        },
      ],
      meta,
    );
    expect(result.dataset.relationships[0].sources).toEqual([{ publisher: 'Wikipedia', title: 'Scale AI', url: 'https://en.wikipedia.org/wiki/Scale_AI', kind: 'reference' }]);
    expect(result.problems.map(formatProblem)).toEqual(['w.json: relationships[1] (b partner a): sources[0].wikipedia: must be an article name as in its URL, like "Scale_AI"']);
  });

  it('allows a funding round only on invested-in, and an own amount no larger than the round', () => {
    const total = { value: 10_000_000_000, currency: 'USD' };
    const problems = problemsOf([
      {
        path: 'r.json',
        data: {
          entities: [entity('a', 'A'), entity('b', 'B')],
          relationships: [
            relationship('a', 'invested-in', 'b', { round: { name: 'Series J', total, led: true }, start: '2024' }),
            relationship('a', 'invested-in', 'b', { round: { total }, amount: { value: 12_000_000_000, currency: 'USD' }, start: '2025' }),
            relationship('a', 'acquired', 'b', { round: { total } }),
            relationship('b', 'invested-in', 'a', { round: { total: { value: -1, currency: 'USD' }, led: false as never } }),
          ],
        },
      },
    ]);
    expect(problems).toEqual([
      "r.json: relationships[1] (a invested-in b): amount: the subject's own amount cannot exceed the round's total (10000000000)",
      'r.json: relationships[2] (a acquired b): round: a funding round belongs to invested-in, not acquired',
      'r.json: relationships[3] (b invested-in a): round.led: must be true or absent',
      'r.json: relationships[3] (b invested-in a): round.total.value: must be a positive number',
    ]);
  });

  it('checks source kinds and the dates sources were read', () => {
    const cite = (extra: object) => relationship('a', 'partner', 'b', { sources: [{ publisher: 'P', title: 'T', ...extra }] });
    const files = (relationships: unknown[]) => [{ path: 'k.json', data: { entities: [entity('a', 'A'), entity('b', 'B')], relationships } }];
    const result = validateDataset(files([cite({ kind: 'blog' }), cite({ checked: '2026-02' }), cite({ checked: '2025-12-31' }), cite({ checked: '2026-03-02' })]), meta, { today: '2026-03-01' });
    expect(result.problems.map(formatProblem)).toEqual([
      'k.json: relationships[0] (a partner b): sources[0].kind: must be one of press, company, filing, reference',
      'k.json: relationships[1] (a partner b): sources[0].checked: must be the full date the source was read, like 2026-01-15',
      'k.json: relationships[2] (a partner b): sources[0].checked: is before 2026-01-01: no source was read before the checks began',
      'k.json: relationships[3] (a partner b): sources[0].checked: is after today (2026-03-01)',
    ]);
    const ok = validateDataset(files([cite({ kind: 'press', checked: '2026-02-28' })]), meta, { today: '2026-03-01' });
    expect(ok.problems).toEqual([]);
    expect(factIsChecked(ok.dataset.relationships[0])).toBe(true);
    expect(factIsChecked(relationship('a', 'partner', 'b'))).toBe(false);
  });

  it('checks ownership statuses: a known controller, and no widely-held company with a controlling owner', () => {
    const { problems } = validateDataset(
      [
        {
          path: 'o.json',
          data: {
            entities: [
              entity('saudi-arabia', 'Saudi Arabia', { kind: 'government' }),
              entity('aramco', 'Aramco', { ownership: { status: 'state-owned', by: 'saudi-arabia', listed: ['TADAWUL'] } }),
              entity('fiat', 'Fiat', { ownership: { status: 'family-controlled' } }),
              entity('ghostly', 'Ghostly', { ownership: { status: 'subsidiary', by: 'ghost' } }),
              entity('held', 'Held', { ownership: { status: 'widely-held', listed: ['NYSE', 'nyse'] } }),
              entity('bad', 'Bad', { ownership: { status: 'public' as never } }),
            ],
          },
        },
      ],
      meta,
    );
    expect(problems.map(formatProblem)).toEqual([
      'o.json: entities[4] (held): ownership.listed[1]: must be an exchange code like "NYSE" or "LSE"',
      'o.json: entities[5] (bad): ownership.status: must be one of widely-held, listed, state-owned, family-controlled, employee-owned, cooperative, privately-held, subsidiary',
      'o.json: entities[2] (fiat): ownership.by: family-controlled: say by whom (the entity id of the state or family)',
      'o.json: entities[3] (ghostly): ownership.by: unknown entity id "ghost"',
    ]);
    const contradicted = validateDataset(
      [{ path: 'w.json', data: { entities: [entity('a', 'A'), entity('b', 'B', { ownership: { status: 'widely-held' } })], relationships: [relationship('a', 'owns-stake', 'b', { share: { min: 50, max: 60 } })] } }],
      meta,
    ).problems.map(formatProblem);
    expect(contradicted).toEqual(['w.json: entities[1] (b): ownership.status: is widely-held, but a owns-stake b says it has a controlling owner']);
  });

  it('checks the listed status: where the shares trade, never by whom they are held; a controlling owner does not contradict it', () => {
    const sec = {
      publisher: 'U.S. Securities and Exchange Commission',
      title: 'Company tickers and exchanges (company_tickers_exchange.json)',
      url: 'https://www.sec.gov/files/company_tickers_exchange.json',
      date: '2025-08-24',
      kind: 'filing' as const,
    };
    const { problems, dataset } = validateDataset(
      [
        {
          path: 'l.json',
          data: {
            entities: [
              entity('csx', 'CSX', { tickers: ['NASDAQ:CSX'], ownership: { status: 'listed', listed: ['NASDAQ'], sources: [sec], asOf: '2025-08' } }),
              entity('nowhere', 'Nowhere', { ownership: { status: 'listed' } }),
              entity('owner', 'Owner'),
              entity('ruled', 'Ruled', { ownership: { status: 'listed', listed: ['NYSE'], by: 'owner' } }),
              entity('held', 'Held', { ownership: { status: 'listed', listed: ['NYSE'] } }),
            ],
            relationships: [relationship('owner', 'parent-of', 'held')],
          },
        },
      ],
      meta,
    );
    expect(problems.map(formatProblem)).toEqual([
      'l.json: entities[1] (nowhere): ownership.listed: listed: say where the shares trade (exchange codes like "NYSE")',
      'l.json: entities[3] (ruled): ownership.by: listed claims a listing only: record a controller as a relationship or another status',
    ]);
    // The invalid entities are left out; "held" stays, its parent is no contradiction of a listing.
    expect(dataset.entities.map((e) => e.id)).toEqual(['csx', 'owner', 'held']);
    const ok = validateDataset([{ path: 'l.json', data: { entities: [entity('csx', 'CSX', { ownership: { status: 'listed', listed: ['NASDAQ'], sources: [sec], asOf: '2025-08' } })] } }], meta, { today: '2026-12-04' });
    expect(ok.problems).toEqual([]);
    expect(ok.dataset.entities[0]!.ownership).toEqual({ status: 'listed', listed: ['NASDAQ'], sources: [sec], asOf: '2025-08' });
  });

  describe('rejects contradictions', () => {
    const file = (relationships: unknown[], entities = [entity('a', 'A'), entity('b', 'B'), entity('c', 'C')]) => [{ path: 'entities/a/a.json', data: { entities, relationships } }];
    const only = (relationships: unknown[]) => problemsOf(file(relationships));

    it('a tie both active and ended, unless it is a re-acquisition', () => {
      expect(only([relationship('a', 'owns-stake', 'b', { share: 10, start: '2020' }), relationship('a', 'owns-stake', 'b', { share: 20, start: '2010', end: '2022', status: 'ended' })])).toEqual([
        'entities/a/a.json: relationships[0] (a owns-stake b): status: is active, but the same owns-stake is ended in entities/a/a.json: relationships[1] (a owns-stake b) from 2010 to 2022: mark one ended, or give the dates of a re-acquisition',
      ]);
      expect(only([relationship('a', 'acquired', 'b', { start: '2020' }), relationship('a', 'acquired', 'b', { start: '2010', end: '2015', status: 'ended' })])).toEqual([]);
      expect(only([relationship('a', 'owns-stake', 'b', { share: 12.5, start: '2022-10' }), relationship('a', 'owns-stake', 'b', { share: 50, start: '2006', end: '2022-10', status: 'ended' })])).toEqual([]);
    });

    it('a stake still active after a recorded sale', () => {
      expect(only([relationship('a', 'acquired', 'b', { start: '2015' }), relationship('a', 'owns-stake', 'b', { start: '2010', end: '2020', status: 'ended' })])).toEqual([
        'entities/a/a.json: relationships[0] (a acquired b): status: is active, but the stake was sold: entities/a/a.json: relationships[1] (a owns-stake b) from 2010 to 2020 ended after this one started',
      ]);
    });

    it('two subjects each owning all of one company', () => {
      expect(only([relationship('a', 'acquired', 'c', { start: '2020' }), relationship('b', 'owns-stake', 'c', { share: 100 }), relationship('b', 'parent-of', 'a')])).toEqual([
        'entities/a/a.json: relationships[1] (b owns-stake c): status: "c" cannot be wholly owned by both "b" and "a" (entities/a/a.json: relationships[0] (a acquired c) from 2020): mark the stale one ended',
      ]);
      expect(only([relationship('a', 'acquired', 'c'), relationship('a', 'parent-of', 'c', { share: 100 }), relationship('b', 'acquired', 'c', { status: 'ended', end: '2019' })])).toEqual([]);
    });

    it('an active investment beside a stake that was sold', () => {
      expect(only([relationship('a', 'invested-in', 'b', { start: '2019-05' }), relationship('a', 'owns-stake', 'b', { start: '2019-05', end: '2025-10', status: 'ended' })])).toEqual([
        'entities/a/a.json: relationships[0] (a invested-in b): status: is active, but the stake it bought was sold: entities/a/a.json: relationships[1] (a owns-stake b) from 2019-05 to 2025-10 ended after this investment started',
      ]);
      expect(only([relationship('a', 'invested-in', 'b', { start: '2021' }), relationship('a', 'owns-stake', 'b', { start: '2010', end: '2015', status: 'ended' })])).toEqual([]);
    });

    it('names that start with a stray character', () => {
      expect(problemsOf(file([], [entity('a', '~A'), entity('b', 'B', { aliases: [{ name: '?B Holdings' }, { name: '3M' }] })]))).toEqual([
        'entities/a/a.json: entities[0] (a): name: "~A" must start with a letter or a digit',
        'entities/a/a.json: entities[1] (b): aliases[0].name: "?B Holdings" must start with a letter or a digit',
      ]);
    });
  });
});
