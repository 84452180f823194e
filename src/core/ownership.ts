import type { Entity, OwnershipStatus, Relationship } from './dataset-types';

/** True when someone has read a copy of at least one of the fact's sources and found the fact stated there. */
export function factIsChecked(relationship: Pick<Relationship, 'sources'>): boolean {
  return relationship.sources.some((source) => source.checked !== undefined);
}

const STATUS_TEXT: Record<OwnershipStatus, string> = {
  'widely-held': 'widely held',
  'state-owned': 'state-owned',
  'family-controlled': 'family-controlled',
  'employee-owned': 'employee-owned',
  cooperative: 'a cooperative',
  'privately-held': 'privately held',
  subsidiary: 'a subsidiary',
};

function list(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The entity's ownership status in a few words, or undefined when none is
 * recorded: "widely held · listed on NYSE", "state-owned (Saudi Arabia)",
 * "family-controlled (Agnelli family)", "privately held", "a subsidiary of Alphabet".
 */
export function describeOwnership(entity: Pick<Entity, 'ownership'>, nameOf: (id: string) => string): string | undefined {
  const ownership = entity.ownership;
  if (!ownership) return undefined;
  let text = STATUS_TEXT[ownership.status];
  if (ownership.by !== undefined) text = ownership.status === 'subsidiary' ? `${text} of ${nameOf(ownership.by)}` : `${text} (${nameOf(ownership.by)})`;
  if (ownership.listed?.length) text += ` · listed on ${list(ownership.listed)}`;
  return text;
}
