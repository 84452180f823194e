import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../src/build/dataset-files';
import { compileStore, DatasetIndex, shardOf, StoreReader, type Dataset } from '../../src/core/index';
import { dataset as small } from '../extension/fixture-dataset';

function readerOf(dataset: Dataset, perShard?: number): { reader: StoreReader; loads: string[]; files: Map<string, string> } {
  const { files } = compileStore(dataset, perShard);
  const loads: string[] = [];
  const reader = new StoreReader(async (path) => {
    loads.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`no ${path}`);
    return text;
  });
  return { reader, loads, files };
}

describe('compiled store', () => {
  const real = loadDatasetOrThrow();
  const full = new DatasetIndex(real);

  it('gives every company the same facts as the whole dataset, in the same order', async () => {
    const { reader } = readerOf(real);
    // A spread of companies, with and without ties among them.
    const ids = real.entities.filter((_, i) => i % 37 === 0).map((entity) => entity.id);
    const onPage = new Set(ids.slice(0, 5));
    const partial = await reader.index(ids);
    for (const id of ids) {
      const expected = full.factsFor(id, onPage).map((fact) => [fact.fullSentence, fact.other.id, fact.bothOnPage]);
      const actual = partial.factsFor(id, onPage).map((fact) => [fact.fullSentence, fact.other.id, fact.bothOnPage]);
      expect(actual, id).toEqual(expected);
      expect(partial.entity(id)).toEqual(full.entity(id));
    }
    expect(partial.connections(new Set(ids)).length).toBe(full.connections(new Set(ids)).length);
  });

  it('loads only the shards it is asked for, once each', async () => {
    const { reader, loads, files } = readerOf(real);
    await reader.index(['meta', 'scale-ai']);
    await reader.index(['meta']);
    const shards = loads.filter((path) => path.startsWith('shards/'));
    expect(new Set(shards).size).toBe(shards.length);
    expect(shards.length).toBeLessThanOrEqual(2);
    expect(loads).not.toContain('search.json');
    // No file holds a large part of the dataset.
    const biggest = Math.max(...[...files].filter(([path]) => path.startsWith('shards/')).map(([, text]) => text.length));
    expect(biggest).toBeLessThan(JSON.stringify(real).length / 10);
  });

  it('hands a page’s records over as one pack: a reader primed with it answers without reading a shard', async () => {
    const { reader, files } = readerOf(real);
    const ids = ['meta', 'scale-ai', 'openai', 'the-washington-post'];
    const pack = await reader.records(ids);
    expect(Object.keys(pack.records).sort()).toEqual([...ids].sort());
    const reads: string[] = [];
    const primed = new StoreReader(async (path) => {
      reads.push(path);
      return files.get(path)!;
    });
    primed.prime(JSON.parse(JSON.stringify(pack)));
    const index = await primed.index(ids);
    expect(reads.filter((path) => path.startsWith('shards/'))).toEqual([]);
    for (const id of ids) expect(index.factsFor(id).map((fact) => fact.fullSentence)).toEqual(full.factsFor(id).map((fact) => fact.fullSentence));
    expect(index.controlChain('the-washington-post')).toEqual(full.controlChain('the-washington-post'));
    // An id the pack lacks is read as before.
    await primed.index(['nvidia']);
    expect(reads.some((path) => path.startsWith('shards/'))).toBe(true);
  });

  it('places each entity in the shard its id hashes to', () => {
    const { files } = compileStore(small, 2);
    for (const entity of small.entities) {
      const shard = JSON.parse(files.get(`shards/${shardOf(entity.id, 4)}.json`)!);
      expect(shard.records[entity.id].entity).toEqual(entity);
    }
  });

  it('leaves unknown ids out instead of failing', async () => {
    const { reader } = readerOf(small);
    const index = await reader.index(['no-such-company', 'meta']);
    expect(index.entity('no-such-company')).toBeUndefined();
    expect(index.factsFor('meta').map((fact) => fact.fullSentence)).toEqual(new DatasetIndex(small).factsFor('meta').map((fact) => fact.fullSentence));
  });

  it('searches names like the dataset index: exact first, then prefixes, then the rest', async () => {
    const { reader } = readerOf(real);
    const names = await reader.search();
    expect(names.size).toBe(real.entities.length);
    for (const query of ['Meta', 'facebook', 'nestle', 'Scale', 'open']) {
      expect(
        names.search(query, 5).map((hit) => hit.id),
        query,
      ).toEqual(full.search(query, 5).map((entity) => entity.id));
    }
    expect(names.findByName('Facebook').map((hit) => hit.id)).toEqual(['meta']);
    // A name the dataset lacks finds only similar names, marked as such; an exact name or ticker is marked exact.
    expect(names.search('Valen', 3).every((hit) => !hit.exact)).toBe(true);
    expect(names.search('Valen', 3).length).toBeGreaterThan(0);
    expect(names.search('Meta', 3)[0]).toMatchObject({ id: 'meta', exact: true });
    expect(names.search('NVDA', 3)[0]).toMatchObject({ id: 'nvidia', exact: true });
    expect(names.findByName('NASDAQ:NVDA').map((hit) => hit.id)).toEqual(['nvidia']);
    expect(names.search('')).toEqual([]);
  });

  it('knows a site by its host or a parent domain, and nothing else', async () => {
    const { reader } = readerOf(real);
    expect(await reader.siteEntity('https://www.theverge.com/tech/123')).toBe('the-verge');
    expect(await reader.siteEntity('http://THEVERGE.com:8080/a')).toBe('the-verge');
    expect(await reader.siteEntity('https://video.washingtonpost.com/x')).toBe('the-washington-post');
    expect(await reader.siteEntity('https://notthevergecom.example/')).toBeUndefined();
    expect(await reader.siteEntity('https://com/')).toBeUndefined();
    expect(await reader.siteEntity('about:blank')).toBeUndefined();
    expect(await reader.siteEntity('https://__proto__/')).toBeUndefined();
  });

  it('refuses a store written in another format, naming the fix', async () => {
    const reader = new StoreReader(async () => JSON.stringify({ format: 99 }));
    await expect(reader.meta()).rejects.toThrow(/rebuild the extension/);
  });

  it('counts what the options page shows', () => {
    const { meta } = compileStore(real);
    expect(meta.entities).toBe(real.entities.length);
    expect(meta.relationships).toBe(real.relationships.length);
    expect(Object.values(meta.kinds).reduce((a, b) => a + b, 0)).toBe(real.entities.length);
    expect(meta.publishers.top[0][1]).toBeGreaterThan(0);
  });
});
