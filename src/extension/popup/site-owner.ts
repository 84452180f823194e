import type { ControlLink, DatasetIndex, Entity, Fact } from '../../core/index';

/** How the owner of the site being read is tied to a company the article names. */
export type SiteTie =
  /** The owner itself is named in the article. */
  | { kind: 'named'; owner: ControlLink }
  /** The owner holds or invested in a company the article names: the fact says how. */
  | { kind: 'holds'; owner: ControlLink; fact: Fact; company: Entity };

export interface SiteOwnerView {
  outlet: Entity;
  /** The outlet's owner, its owner's owner…: empty when none is recorded. */
  chain: ControlLink[];
  ties: SiteTie[];
}

const TIE_TYPES = new Set(['owns-stake', 'parent-of', 'acquired', 'invested-in', 'merged']);

/**
 * Who owns the site being read, and where that owner meets the article: a
 * disclosure a reader can verify (each tie is a sourced fact), never a
 * judgement. `index` must hold the outlet, its owners and the page's companies.
 */
export function buildSiteOwner(outletId: string, index: DatasetIndex, pageIds: ReadonlySet<string>): SiteOwnerView | undefined {
  const outlet = index.entity(outletId);
  if (!outlet) return undefined;
  const chain = index.controlChain(outletId);
  const ties: SiteTie[] = [];
  for (const owner of chain) {
    if (pageIds.has(owner.id)) {
      ties.push({ kind: 'named', owner });
      continue;
    }
    for (const fact of index.factsFor(owner.id, pageIds)) {
      const { relationship } = fact;
      if (!fact.bothOnPage || relationship.subject !== owner.id || relationship.status !== 'active' || !TIE_TYPES.has(relationship.type)) continue;
      if (relationship.object === outletId || chain.some((link) => link.id === relationship.object)) continue;
      ties.push({ kind: 'holds', owner, fact, company: fact.other });
    }
  }
  return { outlet, chain, ties };
}
