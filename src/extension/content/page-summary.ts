import { resolveCandidates, type Candidate } from '../../core/matcher';
import type { NameTable } from '../../core/name-table';
import { summarizeMentions } from '../../core/summarize-mentions';
import type { PageCompany } from '../messages';
import type { BlockKey, TextBlock } from './text-block';

export interface PageSummary {
  companies: PageCompany[];
  textLength: number;
}

/**
 * Weighs every candidate of the page together (a weak "Apple" at a sentence
 * start counts when the page names Apple plainly anywhere else), then counts
 * mentions per company, in all and inside the article.
 *
 * Candidates carry offsets into their own block's text, which mean nothing
 * across blocks; each is renumbered with its position in page order, so that
 * `summarizeMentions` orders ties by first appearance and each mention leads
 * back to its block.
 */
export function summarizePage(blocks: Map<BlockKey, TextBlock>, table: NameTable): PageSummary {
  const all: Candidate[] = [];
  const inArticle: boolean[] = [];
  let textLength = 0;
  for (const block of blocks.values()) {
    textLength += block.length;
    for (const candidate of block.candidates) {
      const position = all.length;
      all.push({ start: position, end: position, entity: candidate.entity, name: candidate.name, weak: candidate.weak });
      inArticle.push(block.inArticle);
    }
  }
  const companies = summarizeMentions(resolveCandidates(all), table).map(({ id, count, formerNames, mentions }) => {
    let article = 0;
    for (const mention of mentions) if (inArticle[mention.start]) article++;
    return { id, count, inArticle: article, formerNames };
  });
  return { companies, textLength };
}
