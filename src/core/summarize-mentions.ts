import type { Mention } from './matcher';
import { NameFlag, type NameTable } from './name-table';

export interface CompanyMentions {
  id: string;
  count: number;
  /** Former names the page used ("Facebook"), so the reader sees why a company appears. */
  formerNames: string[];
  mentions: Mention[];
}

/** Groups mentions by company, most-mentioned first, ties by first appearance. */
export function summarizeMentions(mentions: Mention[], table: NameTable): CompanyMentions[] {
  const byEntity = new Map<number, CompanyMentions>();
  for (const mention of mentions) {
    let company = byEntity.get(mention.entity);
    if (!company) {
      company = { id: table.entities[mention.entity], count: 0, formerNames: [], mentions: [] };
      byEntity.set(mention.entity, company);
    }
    company.count++;
    company.mentions.push(mention);
    const [, written, flags] = table.names[mention.name];
    if (flags & NameFlag.Former && !company.formerNames.includes(written)) company.formerNames.push(written);
  }
  return [...byEntity.values()].sort((a, b) => b.count - a.count || a.mentions[0].start - b.mentions[0].start);
}
