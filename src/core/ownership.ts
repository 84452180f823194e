import type { Entity, OwnershipStatus, Relationship, Source } from './dataset-types';

/** True when someone has read a copy of at least one of the fact's sources and found the fact stated there. */
export function factIsChecked(relationship: Pick<Relationship, 'sources'>): boolean {
  return relationship.sources.some((source) => source.checked !== undefined);
}

const STATUS_TEXT: Record<OwnershipStatus, string> = {
  'widely-held': 'widely held',
  listed: 'listed',
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
 * recorded: "widely held · listed on NYSE", "listed on NYSE" (a listing, holders
 * not recorded), "state-owned (Saudi Arabia)",
 * "family-controlled (Agnelli family)", "privately held", "a subsidiary of Alphabet".
 */
export function describeOwnership(entity: Pick<Entity, 'ownership'>, nameOf: (id: string) => string): string | undefined {
  const ownership = entity.ownership;
  if (!ownership) return undefined;
  let text = STATUS_TEXT[ownership.status];
  if (ownership.by !== undefined) text = ownership.status === 'subsidiary' ? `${text} of ${nameOf(ownership.by)}` : `${text} (${nameOf(ownership.by)})`;
  // "listed" claims a listing only (who holds the shares is not recorded): "listed on NYSE".
  if (ownership.listed?.length) text = ownership.status === 'listed' ? `listed on ${list(ownership.listed)}` : `${text} · listed on ${list(ownership.listed)}`;
  return text;
}

/** Primary sources first: a filing or a company's own release outweighs a report about it, and any report a reference article. */
const KIND_ORDER: Record<string, number> = { filing: 0, company: 1, press: 2, reference: 3 };

/**
 * The source to show first: one somebody read (newest check first), the
 * strongest kind first; unread sources come after every read one.
 */
export function sourcesByStrength(relationship: Pick<Relationship, 'sources'>): Source[] {
  return [...relationship.sources].sort((a, b) => Number(b.checked !== undefined) - Number(a.checked !== undefined) || (KIND_ORDER[a.kind ?? 'reference'] ?? 3) - (KIND_ORDER[b.kind ?? 'reference'] ?? 3) || (b.date ?? '').localeCompare(a.date ?? ''));
}

/** The newest date someone read a source stating this fact; undefined if nobody has yet. */
export function lastChecked(relationship: Pick<Relationship, 'sources'>): string | undefined {
  let newest: string | undefined;
  for (const { checked } of relationship.sources) if (checked && (!newest || checked > newest)) newest = checked;
  return newest;
}
