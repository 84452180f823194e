import type { Mention } from './matcher';
import { NameFlag, type NameTable } from './name-table';

export interface CompanyMentions {
  id: string;
  count: number;
  /** Former names the page used ("Facebook"), so the reader sees why a company appears. */
  formerNames: string[];
  mentions: Mention[];
}

/** What a summary reads about names: a `Matcher` answers it from its compiled index. */
export interface NameLookup {
  entityId(entity: number): string;
  nameText(name: number): string;
  nameFlags(name: number): number;
}

/** Groups mentions by company, most-mentioned first, ties by first appearance. */
export function summarizeMentions(mentions: Mention[], names: NameLookup | NameTable): CompanyMentions[] {
  const lookup = 'names' in names ? tableLookup(names) : names;
  const byEntity = new Map<number, CompanyMentions>();
  for (const mention of mentions) {
    let company = byEntity.get(mention.entity);
    if (!company) {
      company = { id: lookup.entityId(mention.entity), count: 0, formerNames: [], mentions: [] };
      byEntity.set(mention.entity, company);
    }
    company.count++;
    company.mentions.push(mention);
    const written = lookup.nameText(mention.name);
    if (lookup.nameFlags(mention.name) & NameFlag.Former && !company.formerNames.includes(written)) company.formerNames.push(written);
  }
  return [...byEntity.values()].sort((a, b) => b.count - a.count || a.mentions[0].start - b.mentions[0].start);
}

/** A plain name table read the same way, for callers that still hold one. */
function tableLookup(table: NameTable): NameLookup {
  return { entityId: (entity) => table.entities[entity], nameText: (name) => table.names[name][1], nameFlags: (name) => table.names[name][2] };
}
