import type { DatasetFile, Entity, Relationship } from './dataset-types';
import { compactSource } from './wikipedia-source';

const ENTITY_KEYS = ['id', 'name', 'kind', 'legalName', 'aliases', 'tickers', 'country', 'sector', 'wikidata', 'website', 'description', 'ownership'];
const ALIAS_KEYS = ['name', 'common', 'former', 'from', 'until'];
const OWNERSHIP_KEYS = ['status', 'listed', 'by', 'sources', 'asOf'];
const RELATIONSHIP_KEYS = ['subject', 'type', 'object', 'share', 'amount', 'round', 'start', 'end', 'status', 'unconfirmed', 'note', 'sources', 'asOf'];
const ROUND_KEYS = ['name', 'total', 'led'];
const SOURCE_KEYS = ['publisher', 'title', 'date', 'url', 'kind', 'checked'];
const AMOUNT_KEYS = ['value', 'currency', 'approximate'];

type Loose = Record<string, unknown>;

function ordered(value: Loose, keys: string[]): Loose {
  const out: Loose = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  // Unknown keys are kept (last) so formatting never loses data; the validator reports them.
  for (const key of Object.keys(value)) if (!(key in out)) out[key] = value[key];
  return out;
}

const isLoose = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sources in schema key order, each written as `{"wikipedia": ...}` where it is exactly that shorthand's expansion. */
function canonicalSources(sources: unknown): unknown {
  if (!Array.isArray(sources)) return sources;
  return sources.map((source) => {
    const compact = compactSource(source);
    return isLoose(compact) && !('wikipedia' in compact) ? ordered(compact, SOURCE_KEYS) : compact;
  });
}

function canonicalEntity(entity: Entity): Loose {
  const out = ordered(entity as unknown as Loose, ENTITY_KEYS);
  if (Array.isArray(entity.aliases)) out.aliases = entity.aliases.map((alias) => ordered(alias as unknown as Loose, ALIAS_KEYS));
  if (isLoose(out.ownership)) {
    const ownership = ordered(out.ownership, OWNERSHIP_KEYS);
    if (ownership.sources !== undefined) ownership.sources = canonicalSources(ownership.sources);
    out.ownership = ownership;
  }
  return out;
}

function canonicalRelationships(relationships: Relationship[]): Loose[] {
  return [...relationships]
    .sort((a, b) => compare(String(a.subject), String(b.subject)) || compare(String(a.type), String(b.type)) || compare(String(a.object), String(b.object)) || compare(String(a.start ?? ''), String(b.start ?? '')))
    .map((relationship) => {
      const out = ordered(relationship as unknown as Loose, RELATIONSHIP_KEYS);
      if (isLoose(out.amount)) out.amount = ordered(out.amount, AMOUNT_KEYS);
      if (isLoose(out.round)) {
        const round = ordered(out.round, ROUND_KEYS);
        if (isLoose(round.total)) round.total = ordered(round.total, AMOUNT_KEYS);
        out.round = round;
      }
      out.sources = canonicalSources(out.sources);
      return out;
    });
}

/**
 * One file in its canonical form. An entity file is `{"entity": ..., "relationships": [...]}`
 * with its relationships by type, object and start; a multi-entity file has
 * its entities by id. Keys are in schema order, and Wikipedia citations use
 * the shorthand. Reviewable diffs depend on it.
 */
export function canonicalizeDatasetFile(file: DatasetFile): string {
  const body: Loose = {};
  if (file.entity !== undefined) {
    body.entity = isLoose(file.entity) ? canonicalEntity(file.entity) : file.entity;
    body.relationships = Array.isArray(file.relationships) ? canonicalRelationships(file.relationships) : (file.relationships ?? []);
  } else {
    const entities = Array.isArray(file.entities) ? [...file.entities].sort((a, b) => compare(String(a.id), String(b.id))).map(canonicalEntity) : file.entities;
    if ((Array.isArray(entities) && entities.length) || file.entities) body.entities = entities;
    const relationships = Array.isArray(file.relationships) ? canonicalRelationships(file.relationships) : file.relationships;
    if ((Array.isArray(relationships) && relationships.length) || file.relationships) body.relationships = relationships;
  }
  if (file.notCompanies) {
    body.notCompanies = [...file.notCompanies].sort((a, b) => compare(String(a.phrase), String(b.phrase))).map((entry) => ordered(entry as unknown as Loose, ['phrase', 'why']));
  }
  for (const key of Object.keys(file)) if (!(key in body)) body[key] = (file as Loose)[key];
  return `${JSON.stringify(body, null, 2)}\n`;
}
