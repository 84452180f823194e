import { META_PATH, SEARCH_PATH, shardOf, siteOf, SITES_PATH, shardPath, STORE_FORMAT, type NeighbourEntry, type SearchIndexData, type StoreMeta, type StoreShard } from './compiled-store';
import type { ControlLink } from './control-chain';
import { DatasetIndex } from './dataset-index';
import type { Entity, Relationship } from './dataset-types';
import { foldText } from './fold-text';
import { relationshipKey } from './validate-dataset';

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Reads one file of the compiled store as text: `fetch` in the extension, the file system in Node. */
export type StoreLoader = (path: string) => Promise<string>;

/** One entity as search lists it: enough to show a result and load its record. */
export type SearchHit = Pick<Entity, 'id' | 'name' | 'kind' | 'sector'> & {
  /** One of its names, aliases or tickers is exactly the query (ignoring case and accents); otherwise it is only similar. */
  exact?: boolean;
};

/**
 * Reads the compiled store on demand and keeps what it read: a popup, a
 * hover card or the background loads the few shards it needs, once.
 */
export class StoreReader {
  private metaPromise: Promise<StoreMeta> | undefined;
  private searchPromise: Promise<NameSearch> | undefined;
  private sitesPromise: Promise<Record<string, string>> | undefined;
  private readonly shards = new Map<number, Promise<StoreShard>>();
  private readonly primed: StoreShard = { records: {}, neighbours: {} };
  private lastIndex: { key: string; index: DatasetIndex } | undefined;

  /** `meta`: the store's index file when the caller already has it (built into the extension), sparing a read. */
  constructor(
    private readonly load: StoreLoader,
    meta?: StoreMeta,
  ) {
    if (meta?.format === STORE_FORMAT) this.metaPromise = Promise.resolve(meta);
  }

  meta(): Promise<StoreMeta> {
    this.metaPromise ??= this.load(META_PATH).then((text) => {
      const meta = JSON.parse(text) as StoreMeta;
      if (meta.format !== STORE_FORMAT) throw new Error(`Dataset store format ${String(meta.format)} is not ${STORE_FORMAT}: rebuild the extension.`);
      return meta;
    });
    // A failed read (an extension reloaded under us) may be retried by the next call.
    this.metaPromise.catch(() => (this.metaPromise = undefined));
    return this.metaPromise;
  }

  private shard(n: number): Promise<StoreShard> {
    let shard = this.shards.get(n);
    if (!shard) {
      shard = this.load(shardPath(n)).then((text) => JSON.parse(text) as StoreShard);
      shard.catch(() => this.shards.delete(n));
      this.shards.set(n, shard);
    }
    return shard;
  }

  /**
   * An index over the records of `ids` and the entities on their other sides:
   * every fact of those companies and every connection among them, as the
   * full dataset would give. Unknown ids are left out.
   */
  async index(ids: Iterable<string>): Promise<DatasetIndex> {
    const meta = await this.meta();
    const wanted = [...new Set(ids)];
    const key = wanted.join(' ');
    if (this.lastIndex?.key === key) return this.lastIndex.index;
    const loaded = await this.packsFor(wanted);
    const entities = new Map<string, Entity>();
    const neighbours = new Map<string, NeighbourEntry>();
    const relationships = new Map<string, Relationship>();
    const chains = new Map<string, ControlLink[]>();
    for (const shard of loaded) {
      for (const id of wanted) {
        if (!hasOwn(shard.records, id)) continue;
        const record = shard.records[id];
        entities.set(id, record.entity);
        chains.set(id, record.control ?? []);
        const by = record.entity.ownership?.by;
        if (by && hasOwn(shard.neighbours, by) && !entities.has(by)) entities.set(by, shard.neighbours[by]);
        for (const relationship of record.relationships) relationships.set(relationshipKey(relationship), relationship);
      }
      for (const [id, entry] of Object.entries(shard.neighbours)) neighbours.set(id, entry);
    }
    for (const relationship of relationships.values()) {
      for (const id of [relationship.subject, relationship.object]) {
        const entry = neighbours.get(id);
        if (!entities.has(id) && entry) entities.set(id, entry);
      }
    }
    const index = new DatasetIndex({ version: meta.version, asOf: meta.asOf, entities: [...entities.values()], relationships: [...relationships.values()], notCompanies: [] }, chains);
    this.lastIndex = { key, index };
    return index;
  }

  /** The index last built for exactly these ids, if any: lets a view render its first frame with its data. */
  cachedIndex(ids: Iterable<string>): DatasetIndex | undefined {
    return this.lastIndex?.key === [...new Set(ids)].join(' ') ? this.lastIndex.index : undefined;
  }

  /**
   * Just the records of `ids` and the entries their relationships name, as
   * one small shard-shaped pack: the background hands a page's pack to the
   * popup ahead of time (see `prime`), so the popup opens without a read.
   */
  async records(ids: Iterable<string>): Promise<StoreShard> {
    const wanted = [...new Set(ids)];
    const pack: StoreShard = { records: {}, neighbours: {} };
    for (const shard of await this.packsFor(wanted)) {
      for (const id of wanted) {
        if (!hasOwn(shard.records, id) || hasOwn(pack.records, id)) continue;
        const record = shard.records[id];
        pack.records[id] = record;
        const named = [...record.relationships.flatMap((relationship) => [relationship.subject, relationship.object]), ...(record.entity.ownership?.by ? [record.entity.ownership.by] : [])];
        for (const other of named) if (other !== id && hasOwn(shard.neighbours, other)) pack.neighbours[other] = shard.neighbours[other];
      }
    }
    return pack;
  }

  /** Records read elsewhere (a pack from `records`): the ids they hold need no read here. */
  prime(pack: StoreShard): void {
    Object.assign(this.primed.records, pack.records);
    Object.assign(this.primed.neighbours, pack.neighbours);
  }

  /** The primed records, and the shards of the ids they lack. */
  private async packsFor(wanted: string[]): Promise<StoreShard[]> {
    const missing = wanted.filter((id) => !hasOwn(this.primed.records, id));
    if (missing.length === 0) return [this.primed];
    const meta = await this.meta();
    const loaded = await Promise.all([...new Set(missing.map((id) => shardOf(id, meta.shards)))].map((n) => this.shard(n)));
    return [this.primed, ...loaded];
  }

  /** The outlet or company whose website `url` is on (its host, or a parent domain: edition.cnn.com → cnn.com). */
  async siteEntity(url: string): Promise<string | undefined> {
    const host = siteOf(url);
    if (!host) return undefined;
    this.sitesPromise ??= this.load(SITES_PATH).then((text) => JSON.parse(text) as Record<string, string>);
    this.sitesPromise.catch(() => (this.sitesPromise = undefined));
    const sites = await this.sitesPromise;
    const labels = host.split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const id = sites[labels.slice(i).join('.')];
      if (id !== undefined && Object.prototype.hasOwnProperty.call(sites, labels.slice(i).join('.'))) return id;
    }
    return undefined;
  }

  /** The name list for search; loaded the first time someone searches. */
  search(): Promise<NameSearch> {
    this.searchPromise ??= this.load(SEARCH_PATH).then((text) => new NameSearch(JSON.parse(text) as SearchIndexData));
    this.searchPromise.catch(() => (this.searchPromise = undefined));
    return this.searchPromise;
  }
}

/** Search over every name and alias of the dataset, folded as the matcher folds them. */
export class NameSearch {
  constructor(private readonly data: SearchIndexData) {}

  get size(): number {
    return this.data.ids.length;
  }

  private hit(index: number): SearchHit {
    const hit: SearchHit = { id: this.data.ids[index], name: this.data.names[index], kind: this.data.kinds[index] };
    if (this.data.sectors[index]) hit.sector = this.data.sectors[index];
    return hit;
  }

  /** Entities one of whose names is exactly this one, ignoring case and accents. */
  findByName(name: string): SearchHit[] {
    const key = foldText(name);
    const hits: SearchHit[] = [];
    const { labels, labelEntity } = this.data;
    for (let i = 0; i < labels.length; i++) if (labels[i] === key && !hits.some((hit) => hit.id === this.data.ids[labelEntity[i]])) hits.push(this.hit(labelEntity[i]));
    return hits;
  }

  /** Names equal to, starting with, or containing the query, best first. */
  search(query: string, limit = 10): SearchHit[] {
    const key = foldText(query);
    if (!key) return [];
    const { labels, labelEntity, names } = this.data;
    const best = new Map<number, number>();
    for (let i = 0; i < labels.length; i++) {
      const at = labels[i].indexOf(key);
      if (at < 0) continue;
      const score = (labels[i] === key ? 0 : at === 0 ? 1 : 2) * 1000 + labels[i].length;
      const entity = labelEntity[i];
      const previous = best.get(entity);
      if (previous === undefined || score < previous) best.set(entity, score);
    }
    return [...best]
      .sort(([a, scoreA], [b, scoreB]) => scoreA - scoreB || names[a].localeCompare(names[b]))
      .slice(0, limit)
      .map(([entity, score]) => (score < 1000 ? { ...this.hit(entity), exact: true } : this.hit(entity)));
  }
}
