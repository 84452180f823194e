import type { Dataset, Entity, Relationship } from './dataset-types';
import { comparableName, foldText } from './fold-text';
import { entityLabels, relationshipKey } from './validate-dataset';

/**
 * Turns a Wikidata SPARQL JSON result into proposed entities and
 * relationships for a curator to review. Expected variables (others are
 * ignored): `item`, `itemLabel`, `property` (P127 owned by, P749 parent
 * organization, P355 subsidiary, P1830 owner of), `value`, `valueLabel`, and
 * the qualifiers `proportion` (P1107, 0–1), `start` (P580), `end` (P582).
 */

interface Binding {
  type: string;
  value: string;
}

export interface SparqlResult {
  head?: { vars?: string[] };
  results: { bindings: Record<string, Binding>[] };
}

export type ProposalStatus = 'new' | 'duplicate' | 'conflict';

export interface ProposedRelationship {
  status: ProposalStatus;
  relationship: Relationship;
  /** Why it conflicts, naming the existing fact. */
  conflict?: string;
}

export interface ImportReview {
  source: string;
  consulted: string;
  proposedEntities: Entity[];
  relationships: ProposedRelationship[];
  skipped: { row: number; reason: string }[];
}

const QID = /(?:^|\/)(Q[1-9]\d*)$/;
const IMPORTED_PROPERTIES = new Set(['P127', 'P1830', 'P749', 'P355']);
const PROPERTY = /(?:^|\/)(P\d+)$/;

function qidOf(binding: Binding | undefined): string | undefined {
  return binding ? QID.exec(binding.value)?.[1] : undefined;
}

function dateOf(binding: Binding | undefined): string | undefined {
  // Wikidata times look like "2021-09-01T00:00:00Z"; a date of 01-01 usually means "year only".
  const match = binding && /^\+?(\d{4})-(\d{2})-(\d{2})T/.exec(binding.value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month === '00' || (month === '01' && day === '01')) return year;
  return day === '00' || day === '01' ? `${year}-${month}` : `${year}-${month}-${day}`;
}

export function slugify(label: string): string {
  return foldText(label)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function reviewWikidataResult(result: SparqlResult, dataset: Dataset, consulted: string, sourceName: string): ImportReview {
  const byQid = new Map<string, Entity>();
  const byName = new Map<string, Entity>();
  for (const entity of dataset.entities) {
    if (entity.wikidata) byQid.set(entity.wikidata, entity);
    for (const label of entityLabels(entity)) if (!byName.has(comparableName(label.name))) byName.set(comparableName(label.name), entity);
  }
  const proposedEntities = new Map<string, Entity>();
  const ids = new Set(dataset.entities.map((entity) => entity.id));
  const existing = new Map<string, Relationship[]>();
  for (const relationship of dataset.relationships) {
    const pair = `${relationship.subject}|${relationship.object}`;
    existing.set(pair, [...(existing.get(pair) ?? []), relationship]);
  }

  const resolve = (qid: string, label: string): string => {
    const known = byQid.get(qid) ?? byName.get(comparableName(label));
    if (known) return known.id;
    const proposed = proposedEntities.get(qid);
    if (proposed) return proposed.id;
    let id = slugify(label) || qid.toLowerCase();
    if (ids.has(id)) id = `${id}-${qid.toLowerCase()}`;
    ids.add(id);
    proposedEntities.set(qid, { id, name: label, kind: 'company', wikidata: qid });
    return id;
  };

  const relationships: ProposedRelationship[] = [];
  const skipped: ImportReview['skipped'] = [];
  const seen = new Set<string>();
  result.results.bindings.forEach((row, index) => {
    const item = qidOf(row.item);
    const value = qidOf(row.value);
    const property = row.property ? PROPERTY.exec(row.property.value)?.[1] : undefined;
    if (!item || !value || !property) return skipped.push({ row: index, reason: 'needs item, property and value as Wikidata ids' });
    const itemLabel = row.itemLabel?.value ?? item;
    const valueLabel = row.valueLabel?.value ?? value;
    if (itemLabel === item || valueLabel === value) return skipped.push({ row: index, reason: 'no English label' });
    const proportion = row.proportion ? Number(row.proportion.value) : undefined;
    const share = proportion !== undefined && proportion > 0 && proportion <= 1 ? Math.round(proportion * 1000) / 10 : undefined;
    if (!IMPORTED_PROPERTIES.has(property)) return skipped.push({ row: index, reason: `property ${property} is not imported` });
    const itemId = resolve(item, itemLabel);
    const valueId = resolve(value, valueLabel);
    let subject: string;
    let object: string;
    let type: Relationship['type'];
    switch (property) {
      case 'P127': // item owned by value
        [subject, object, type] = [valueId, itemId, share !== undefined && share > 50 ? 'parent-of' : 'owns-stake'];
        break;
      case 'P1830': // item owner of value
        [subject, object, type] = [itemId, valueId, share !== undefined && share > 50 ? 'parent-of' : 'owns-stake'];
        break;
      case 'P749': // item's parent organization is value
        [subject, object, type] = [valueId, itemId, 'parent-of'];
        break;
      case 'P355': // item's subsidiary is value
        [subject, object, type] = [itemId, valueId, 'parent-of'];
        break;
      default:
        return skipped.push({ row: index, reason: `property ${property} is not imported` });
    }
    const start = dateOf(row.start);
    const end = dateOf(row.end);
    const relationship: Relationship = {
      subject,
      type,
      object,
      ...(share !== undefined ? { share } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      status: end ? 'ended' : 'active',
      sources: [{ publisher: 'Wikidata', title: `${itemLabel} (${item})`, date: consulted, url: `https://www.wikidata.org/wiki/${item}` }],
      asOf: consulted,
    };
    const key = relationshipKey(relationship);
    if (seen.has(key)) return;
    seen.add(key);
    relationships.push(compare(relationship, existing.get(`${subject}|${object}`) ?? []));
  });
  return { source: sourceName, consulted, proposedEntities: [...proposedEntities.values()], relationships, skipped };
}

/** How a proposed fact stands against what the dataset already says about the same pair. */
function compare(proposed: Relationship, known: Relationship[]): ProposedRelationship {
  if (known.length === 0) return { status: 'new', relationship: proposed };
  for (const fact of known) {
    const label = `${relationshipKey(fact)} (${fact.status}${fact.share !== undefined ? `, ${JSON.stringify(fact.share)}%` : ''})`;
    const ownership = (type: Relationship['type']) => type === 'owns-stake' || type === 'parent-of' || type === 'acquired';
    if (!ownership(fact.type) || !ownership(proposed.type)) continue;
    if (typeof fact.share === 'number' && typeof proposed.share === 'number' && Math.abs(fact.share - proposed.share) >= 1) {
      return { status: 'conflict', relationship: proposed, conflict: `share differs from ${label}` };
    }
    if ((fact.status === 'ended') !== (proposed.status === 'ended')) {
      return { status: 'conflict', relationship: proposed, conflict: `${proposed.status === 'ended' ? 'ended in Wikidata' : 'still current in Wikidata'} but ${label}` };
    }
    return { status: 'duplicate', relationship: proposed };
  }
  return { status: 'new', relationship: proposed };
}
