import type { Dataset, Entity, Relationship, RelationshipStatus } from './dataset-types';
import { relationshipKey } from './validate-dataset';

/**
 * What changed between two releases of the dataset, for release notes and
 * the options page: facts added, changed (with the fields), ended and
 * removed; entities added, removed and renamed.
 */

/** Fields of a relationship compared by the changelog (identity aside). */
export const CHANGELOG_FIELDS = ['share', 'amount', 'round', 'start', 'end', 'status', 'unconfirmed', 'note', 'sources', 'asOf'] as const;
export type ChangelogField = (typeof CHANGELOG_FIELDS)[number];

/** Fields that record where a fact comes from, not what it says. */
const PROVENANCE: readonly ChangelogField[] = ['sources', 'asOf'];

export interface ChangedRelationship {
  /** "meta owns-stake scale-ai 2025-06", of the current fact. */
  key: string;
  /** The fields whose values differ, in schema order. */
  fields: ChangelogField[];
  before: Relationship;
  after: Relationship;
}

export interface RenamedEntity {
  id: string;
  from: string;
  to: string;
}

export interface DatasetChangelog {
  from: string;
  to: string;
  /** Relationships in `current` with no counterpart in `previous`. */
  added: Relationship[];
  /** Relationships whose fields changed, other than those that ended. */
  changed: ChangedRelationship[];
  /** Relationships that were active, pending or announced and are now ended or abandoned. */
  ended: ChangedRelationship[];
  /** Relationships in `previous` with no counterpart in `current`. */
  removed: Relationship[];
  entities: {
    added: Entity[];
    removed: Entity[];
    renamed: RenamedEntity[];
  };
  counts: {
    added: number;
    changed: number;
    /** Of `changed`: only sources or asOf changed (the fact was re-sourced or re-checked). */
    resourced: number;
    ended: number;
    removed: number;
    entitiesAdded: number;
    entitiesRemoved: number;
    entitiesRenamed: number;
  };
}

const LIVE: readonly RelationshipStatus[] = ['active', 'pending', 'announced'];
const OVER: readonly RelationshipStatus[] = ['ended', 'abandoned'];
const identity = (r: Relationship) => `${r.subject} ${r.type} ${r.object}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: Relationship, after: Relationship): ChangelogField[] {
  return CHANGELOG_FIELDS.filter((field) => !same(before[field], after[field]));
}

/**
 * Compares two datasets. Relationships are matched by subject, type, object
 * and start; a fact whose start was corrected (the one fact of its subject,
 * type and object left unmatched on each side) counts as changed, not as one
 * removed and one added. Pure: no I/O, inputs are not modified.
 */
export function datasetChangelog(previous: Dataset, current: Dataset): DatasetChangelog {
  const before = new Map(previous.relationships.map((r) => [relationshipKey(r), r]));
  const after = new Map(current.relationships.map((r) => [relationshipKey(r), r]));
  const pairs: [Relationship, Relationship][] = [];
  const added: Relationship[] = [];
  for (const [key, relationship] of after) {
    const old = before.get(key);
    if (old) {
      pairs.push([old, relationship]);
      before.delete(key);
    } else added.push(relationship);
  }
  // Pair what is left by identity when each side has exactly one: a moved start.
  const leftBefore = new Map<string, Relationship[]>();
  for (const r of before.values()) leftBefore.set(identity(r), [...(leftBefore.get(identity(r)) ?? []), r]);
  const leftAfter = new Map<string, Relationship[]>();
  for (const r of added) leftAfter.set(identity(r), [...(leftAfter.get(identity(r)) ?? []), r]);
  const stillAdded: Relationship[] = [];
  for (const r of added) {
    const olds = leftBefore.get(identity(r));
    if (olds?.length === 1 && leftAfter.get(identity(r))?.length === 1) {
      pairs.push([olds[0], r]);
      before.delete(relationshipKey(olds[0]));
    } else stillAdded.push(r);
  }
  const removed = [...before.values()];

  const changed: ChangedRelationship[] = [];
  const ended: ChangedRelationship[] = [];
  for (const [old, now] of pairs) {
    const fields = changedFields(old, now);
    if (!fields.length) continue;
    const entry = { key: relationshipKey(now), fields, before: old, after: now };
    if (LIVE.includes(old.status) && OVER.includes(now.status)) ended.push(entry);
    else changed.push(entry);
  }

  const oldEntities = new Map(previous.entities.map((e) => [e.id, e]));
  const newEntities = new Map(current.entities.map((e) => [e.id, e]));
  const entitiesAdded = current.entities.filter((e) => !oldEntities.has(e.id));
  const entitiesRemoved = previous.entities.filter((e) => !newEntities.has(e.id));
  const renamed: RenamedEntity[] = current.entities.filter((e) => oldEntities.has(e.id) && oldEntities.get(e.id)!.name !== e.name).map((e) => ({ id: e.id, from: oldEntities.get(e.id)!.name, to: e.name }));

  const byKey = <T extends { key: string }>(list: T[]) => list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byRelationship = (list: Relationship[]) => list.sort((a, b) => (relationshipKey(a) < relationshipKey(b) ? -1 : relationshipKey(a) > relationshipKey(b) ? 1 : 0));
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    from: previous.version,
    to: current.version,
    added: byRelationship(stillAdded),
    changed: byKey(changed),
    ended: byKey(ended),
    removed: byRelationship(removed),
    entities: { added: byId(entitiesAdded), removed: byId(entitiesRemoved), renamed: byId(renamed) },
    counts: {
      added: stillAdded.length,
      changed: changed.length,
      resourced: changed.filter((entry) => entry.fields.every((field) => PROVENANCE.includes(field))).length,
      ended: ended.length,
      removed: removed.length,
      entitiesAdded: entitiesAdded.length,
      entitiesRemoved: entitiesRemoved.length,
      entitiesRenamed: renamed.length,
    },
  };
}

/** The changelog as plain text, one line per fact; re-sourced facts are only counted. */
export function formatChangelog(changelog: DatasetChangelog): string {
  const { counts } = changelog;
  const lines = [
    `Dataset changes from ${changelog.from} to ${changelog.to}`,
    `  relationships: ${counts.added} added, ${counts.changed} changed (${counts.resourced} of them only re-sourced or re-checked), ${counts.ended} ended, ${counts.removed} removed`,
    `  entities: ${counts.entitiesAdded} added, ${counts.entitiesRemoved} removed, ${counts.entitiesRenamed} renamed`,
  ];
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push('', `${title} (${items.length})`, ...items.map((item) => `  ${item}`));
  };
  section(
    'Added',
    changelog.added.map((r) => relationshipKey(r)),
  );
  section(
    'Ended',
    changelog.ended.map((entry) => `${entry.key}${entry.after.end ? ` (ended ${entry.after.end})` : ''}`),
  );
  section(
    'Changed',
    changelog.changed.filter((entry) => !entry.fields.every((field) => PROVENANCE.includes(field))).map((entry) => `${entry.key}: ${entry.fields.join(', ')}`),
  );
  section(
    'Removed',
    changelog.removed.map((r) => relationshipKey(r)),
  );
  section(
    'New entities',
    changelog.entities.added.map((e) => `${e.id} (${e.name})`),
  );
  section(
    'Removed entities',
    changelog.entities.removed.map((e) => `${e.id} (${e.name})`),
  );
  section(
    'Renamed entities',
    changelog.entities.renamed.map((e) => `${e.id}: ${e.from} → ${e.to}`),
  );
  return `${lines.join('\n')}\n`;
}
