import type { DatasetFile, Entity, Relationship } from './dataset-types';

const ENTITY_KEYS = ['id', 'name', 'kind', 'legalName', 'aliases', 'tickers', 'country', 'sector', 'wikidata', 'website', 'description'];
const ALIAS_KEYS = ['name', 'common', 'former', 'from', 'until'];
const RELATIONSHIP_KEYS = ['subject', 'type', 'object', 'share', 'amount', 'start', 'end', 'status', 'unconfirmed', 'note', 'sources', 'asOf'];
const SOURCE_KEYS = ['publisher', 'title', 'date', 'url'];
const AMOUNT_KEYS = ['value', 'currency', 'approximate'];

function ordered(value: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  // Unknown keys are kept (last) so formatting never loses data; the validator reports them.
  for (const key of Object.keys(value)) if (!(key in out)) out[key] = value[key];
  return out;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One file in its canonical form: entities by id, relationships by subject,
 * type, object and start, keys in schema order. Reviewable diffs depend on it.
 */
export function canonicalizeDatasetFile(file: DatasetFile): string {
  const entities = [...(file.entities ?? [])]
    .sort((a, b) => compare(String(a.id), String(b.id)))
    .map((entity: Entity) => {
      const out = ordered(entity as unknown as Record<string, unknown>, ENTITY_KEYS);
      if (Array.isArray(entity.aliases)) out.aliases = entity.aliases.map((alias) => ordered(alias as unknown as Record<string, unknown>, ALIAS_KEYS));
      return out;
    });
  const relationships = [...(file.relationships ?? [])]
    .sort(
      (a, b) =>
        compare(String(a.subject), String(b.subject)) ||
        compare(String(a.type), String(b.type)) ||
        compare(String(a.object), String(b.object)) ||
        compare(String(a.start ?? ''), String(b.start ?? '')),
    )
    .map((relationship: Relationship) => {
      const out = ordered(relationship as unknown as Record<string, unknown>, RELATIONSHIP_KEYS);
      if (relationship.amount && typeof relationship.amount === 'object') out.amount = ordered(relationship.amount as unknown as Record<string, unknown>, AMOUNT_KEYS);
      if (Array.isArray(relationship.sources)) out.sources = relationship.sources.map((source) => ordered(source as unknown as Record<string, unknown>, SOURCE_KEYS));
      return out;
    });
  const body: Record<string, unknown> = {};
  if (entities.length || file.entities) body.entities = entities;
  if (relationships.length || file.relationships) body.relationships = relationships;
  if (file.notCompanies) {
    body.notCompanies = [...file.notCompanies]
      .sort((a, b) => compare(String(a.phrase), String(b.phrase)))
      .map((entry) => ordered(entry as unknown as Record<string, unknown>, ['phrase', 'why']));
  }
  return `${JSON.stringify(body, null, 2)}\n`;
}
