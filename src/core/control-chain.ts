import type { Entity, EntityKind, Relationship, Share } from './dataset-types';

/**
 * One step up a company's chain of ownership: who holds it, how (a parent
 * company, an acquirer, or a shareholder), and the share where known.
 */
export interface ControlLink {
  id: string;
  name: string;
  kind: EntityKind;
  via: 'parent-of' | 'acquired' | 'owns-stake';
  share?: Share;
}

/** A holder below this share is not shown as the company's owner, only in its facts. */
export const MIN_OWNER_SHARE = 10;
/** Chains stop here (and at any loop): ownership webs can be circular. */
const MAX_DEPTH = 8;

const shareValue = (share: Share | undefined): number => (share === undefined ? 0 : typeof share === 'number' ? share : share.min);

/**
 * The company's owner, if the dataset records one: a parent or an acquirer
 * first (they hold control), else its largest recorded shareholder holding
 * at least MIN_OWNER_SHARE percent. Only facts that hold today count.
 */
export function ownerOf(id: string, relationships: readonly Relationship[]): Relationship | undefined {
  let best: Relationship | undefined;
  let bestRank = -1;
  for (const relationship of relationships) {
    if (relationship.object !== id || relationship.subject === id || relationship.status !== 'active') continue;
    let rank: number;
    if (relationship.type === 'parent-of' || relationship.type === 'acquired') rank = 1000 + shareValue(relationship.share);
    else if (relationship.type === 'owns-stake' && shareValue(relationship.share) >= MIN_OWNER_SHARE) rank = shareValue(relationship.share);
    else continue;
    if (rank > bestRank) {
      best = relationship;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * From the company's owner up to the last owner recorded: Instagram → Meta;
 * Jeep → Stellantis → Exor → the Agnelli family. `relationshipsOf` gives
 * every relationship an entity is on; `entity` its name and kind.
 */
export function controlChain(id: string, relationshipsOf: (id: string) => readonly Relationship[], entity: (id: string) => Pick<Entity, 'name' | 'kind'> | undefined): ControlLink[] {
  const chain: ControlLink[] = [];
  const seen = new Set([id]);
  let current = id;
  while (chain.length < MAX_DEPTH) {
    const owner = ownerOf(current, relationshipsOf(current));
    if (!owner || seen.has(owner.subject)) break;
    const holder = entity(owner.subject);
    if (!holder) break;
    const link: ControlLink = { id: owner.subject, name: holder.name, kind: holder.kind, via: owner.type as ControlLink['via'] };
    if (owner.share !== undefined) link.share = owner.share;
    chain.push(link);
    seen.add(owner.subject);
    current = owner.subject;
  }
  return chain;
}
