import { controlChain, type ControlLink } from './control-chain';
import type { Dataset, Entity, EntityKind, Relationship } from './dataset-types';
import { foldText } from './fold-text';
import { entityLabels } from './validate-dataset';

/**
 * The dataset as the extension ships it: small files loaded on demand, so no
 * context ever parses the whole dataset. A page's companies need a handful of
 * shards; search needs one name list; nothing needs everything.
 *
 * - `meta.json`: version, as-of date, counts (the options page, the footer);
 * - `shards/<n>.json`: per entity, its record (the entity and every
 *   relationship it is on) and short entries for the companies on the other
 *   side, enough to write a sentence about them;
 * - `search.json`: every name and alias, folded, for the search box.
 */
export const STORE_FORMAT = 1;

export interface StoreMeta {
  format: typeof STORE_FORMAT;
  version: string;
  asOf: string;
  entities: number;
  relationships: number;
  /** How many shard files; an entity's shard is `shardOf(id, shards)`. */
  shards: number;
  /** Entities per kind, for the dataset details. */
  kinds: Partial<Record<EntityKind, number>>;
  /** How many publishers the sources cite, and the most cited with their counts. */
  publishers: { count: number; top: [string, number][] };
}

/** The other side of a relationship: what a sentence and a link need, not the whole entity. */
export type NeighbourEntry = Pick<Entity, 'id' | 'name' | 'kind'> & Partial<Pick<Entity, 'country' | 'website'>>;

export interface EntityRecord {
  entity: Entity;
  /** Every relationship with this entity on either side. */
  relationships: Relationship[];
  /** Its owner, its owner's owner…, worked out from the whole dataset (omitted when empty). */
  control?: ControlLink[];
}

export interface StoreShard {
  records: Record<string, EntityRecord>;
  neighbours: Record<string, NeighbourEntry>;
}

/** Parallel arrays, so 100,000 names cost a few arrays rather than 100,000 objects. */
export interface SearchIndexData {
  ids: string[];
  names: string[];
  kinds: EntityKind[];
  /** '' where none is recorded. */
  sectors: string[];
  /** Every label folded (lower case, no accents), and the entity it names (index into `ids`). */
  labels: string[];
  labelEntity: number[];
}

/** Entities per shard: a page's twenty companies load twenty small files, not twenty times the records they need. */
export const RECORDS_PER_SHARD = 8;
const TOP_PUBLISHERS = 8;

/** FNV-1a over the id: stable across builds and languages, so the reader finds a shard without an index. */
export function shardOf(id: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shards;
}

export const shardPath = (shard: number): string => `shards/${shard}.json`;
export const META_PATH = 'meta.json';
export const SEARCH_PATH = 'search.json';
export const SITES_PATH = 'sites.json';

/** "www.theverge.com" → "theverge.com": the host a website is known by. */
export function siteOf(url: string): string | undefined {
  // No URL class here: the core runs without DOM or Node types.
  const host = /^https?:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url)?.[1];
  return host
    ? host
        .toLowerCase()
        .replace(/\.$/, '')
        .replace(/^www\./, '') || undefined
    : undefined;
}

function neighbourEntry(entity: Entity): NeighbourEntry {
  const entry: NeighbourEntry = { id: entity.id, name: entity.name, kind: entity.kind };
  if (entity.country) entry.country = entity.country;
  if (entity.website) entry.website = entity.website;
  return entry;
}

/** Compiles a validated dataset into the store's files, by path. */
export function compileStore(dataset: Dataset, recordsPerShard = RECORDS_PER_SHARD): { meta: StoreMeta; files: Map<string, string> } {
  const shards = Math.max(1, Math.ceil(dataset.entities.length / recordsPerShard));
  const byId = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const relationshipsOf = new Map<string, Relationship[]>();
  for (const relationship of dataset.relationships) {
    for (const id of new Set([relationship.subject, relationship.object])) {
      const list = relationshipsOf.get(id) ?? [];
      list.push(relationship);
      relationshipsOf.set(id, list);
    }
  }
  const contents: StoreShard[] = Array.from({ length: shards }, () => ({ records: {}, neighbours: {} }));
  const kinds: Partial<Record<EntityKind, number>> = {};
  const sorted = [...dataset.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const entity of sorted) {
    kinds[entity.kind] = (kinds[entity.kind] ?? 0) + 1;
    const shard = contents[shardOf(entity.id, shards)];
    const relationships = relationshipsOf.get(entity.id) ?? [];
    const control = controlChain(
      entity.id,
      (id) => relationshipsOf.get(id) ?? [],
      (id) => byId.get(id),
    );
    shard.records[entity.id] = control.length > 0 ? { entity, relationships, control } : { entity, relationships };
    // The state, family or controller its ownership status names is shown by name too.
    const by = entity.ownership?.by;
    if (by && byId.get(by) && !shard.neighbours[by]) shard.neighbours[by] = neighbourEntry(byId.get(by)!);
    for (const relationship of relationships) {
      for (const other of [relationship.subject, relationship.object]) {
        const neighbour = byId.get(other);
        if (other !== entity.id && neighbour && !shard.neighbours[other]) shard.neighbours[other] = neighbourEntry(neighbour);
      }
    }
  }
  const search: SearchIndexData = { ids: [], names: [], kinds: [], sectors: [], labels: [], labelEntity: [] };
  for (const entity of sorted) {
    const index = search.ids.length;
    search.ids.push(entity.id);
    search.names.push(entity.name);
    search.kinds.push(entity.kind);
    search.sectors.push(entity.sector ?? '');
    const seen = new Set<string>();
    // Tickers are names too: "NVDA" and "NASDAQ:NVDA" find Nvidia.
    const tickers = (entity.tickers ?? []).flatMap((ticker) => [ticker, ticker.slice(ticker.indexOf(':') + 1)]);
    for (const label of [...entityLabels(entity).map((label) => label.name), ...tickers]) {
      const folded = foldText(label);
      if (!folded || seen.has(folded)) continue;
      seen.add(folded);
      search.labels.push(folded);
      search.labelEntity.push(index);
    }
  }
  const byPublisher = new Map<string, number>();
  for (const relationship of dataset.relationships) for (const source of relationship.sources) byPublisher.set(source.publisher, (byPublisher.get(source.publisher) ?? 0) + 1);
  const top = [...byPublisher.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_PUBLISHERS);
  const meta: StoreMeta = {
    format: STORE_FORMAT,
    version: dataset.version,
    asOf: dataset.asOf,
    entities: dataset.entities.length,
    relationships: dataset.relationships.length,
    shards,
    kinds,
    publishers: { count: byPublisher.size, top },
  };
  // Which outlet (or company) a website belongs to, so the popup can say who owns the site being read.
  const sites: Record<string, string> = {};
  for (const entity of sorted) {
    const site = entity.website ? siteOf(entity.website) : undefined;
    // An outlet wins over its owner's company site when both name the same host.
    if (site && (!sites[site] || (entity.kind === 'outlet' && byId.get(sites[site])?.kind !== 'outlet'))) sites[site] = entity.id;
  }
  const files = new Map<string, string>();
  files.set(META_PATH, JSON.stringify(meta));
  files.set(SITES_PATH, JSON.stringify(sites));
  files.set(SEARCH_PATH, JSON.stringify(search));
  contents.forEach((shard, n) => files.set(shardPath(n), JSON.stringify(shard)));
  return { meta, files };
}
