import type { PageCandidate, PageCompany } from '../messages';
import type { BlockKey, TextBlock } from './text-block';

export interface PageSummary {
  companies: PageCompany[];
  textLength: number;
}

interface Tally {
  company: PageCompany;
  /** Page order of the first mention: ties in count go to the company named first. */
  first: number;
}

/**
 * Weighs every candidate of the page together (a weak "Apple" at a sentence
 * start counts when the page names Apple plainly anywhere else, as the core's
 * `resolveCandidates` does for one text), then counts mentions per company,
 * in all and inside the article, most-mentioned first.
 */
export function summarizePage(blocks: Map<BlockKey, TextBlock>): PageSummary {
  const confirmed = new Set<string>();
  let textLength = 0;
  for (const block of blocks.values()) {
    textLength += block.length;
    for (const candidate of block.candidates) if (!candidate.weak) confirmed.add(candidate.id);
  }
  const tallies = new Map<string, Tally>();
  let position = 0;
  for (const block of blocks.values()) {
    for (const candidate of block.candidates) {
      if (candidate.weak && !confirmed.has(candidate.id)) continue;
      count(tallies, candidate, block.inArticle, position++);
    }
  }
  const companies = [...tallies.values()].sort((a, b) => b.company.count - a.company.count || a.first - b.first).map((tally) => tally.company);
  return { companies, textLength };
}

function count(tallies: Map<string, Tally>, candidate: PageCandidate, inArticle: boolean, position: number): void {
  let tally = tallies.get(candidate.id);
  if (!tally) {
    tally = { company: { id: candidate.id, count: 0, inArticle: 0, formerNames: [] }, first: position };
    tallies.set(candidate.id, tally);
  }
  tally.company.count++;
  if (inArticle) tally.company.inArticle++;
  if (candidate.former && !tally.company.formerNames.includes(candidate.former)) tally.company.formerNames.push(candidate.former);
}
