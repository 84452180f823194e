import type { PageCandidate } from '../messages';
import type { SliceClock } from './scheduling';
import { anchorOf, type BlockKey, type PlaceContext, type TextBlock } from './text-block';

/**
 * Blocks are sent to the background for matching about this many characters
 * at a time: an 8 KB article in one message, a long page in a few dozen.
 */
export const MATCH_CHUNK = 32_000;

/** Asks the background to match a text; resolves with no candidates when it cannot answer. */
export type MatchText = (text: string) => Promise<PageCandidate[]>;

interface Pending {
  key: BlockKey;
  context: PlaceContext;
  /** Where the block's text starts and ends in the joined batch. */
  from: number;
  to: number;
  nodes: Text[];
  spans: number[];
}

/**
 * Gathers finished blocks and has them matched together. The names live in
 * the background, never in the page: the content script only reads text, so
 * what a page costs does not grow with the dataset. Blocks are joined with
 * blank lines, which the matcher treats as paragraph breaks exactly as
 * between separate texts, and candidates are handed back to their blocks by
 * offset.
 */
export class MatchBatch {
  private parts: string[] = [];
  private pending: Pending[] = [];
  private length = 0;

  constructor(
    private readonly match: MatchText,
    private readonly blocks: Map<BlockKey, TextBlock>,
    private readonly fresh: BlockKey[],
  ) {}

  get full(): boolean {
    return this.length >= MATCH_CHUNK;
  }

  add(key: BlockKey, context: PlaceContext, text: string, nodes: Text[] = [], spans: number[] = []): void {
    if (this.length > 0) {
      this.parts.push('\n\n');
      this.length += 2;
    }
    this.parts.push(text);
    this.pending.push({ key, context, from: this.length, to: this.length + text.length, nodes, spans });
    this.length += text.length;
  }

  /** Has everything gathered matched; the slice ends while the background works. */
  async flush(clock: SliceClock): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    const pending = this.pending;
    this.parts = [];
    this.pending = [];
    this.length = 0;
    const found = (await clock.wait(this.match(text))).sort((a, b) => a.start - b.start);
    // Candidates and blocks are both in text order: one pass hands them out,
    // each moved to offsets into its own block's text.
    let next = 0;
    for (const block of pending) {
      const candidates: PageCandidate[] = [];
      while (next < found.length && found[next].start < block.to) {
        const candidate = found[next];
        if (candidate.start >= block.from && candidate.end <= block.to) {
          candidates.push({ ...candidate, start: candidate.start - block.from, end: candidate.end - block.from });
        }
        next++;
      }
      const named = candidates.length > 0;
      this.blocks.set(block.key, {
        length: block.to - block.from,
        candidates,
        context: block.context,
        anchor: anchorOf(block.key),
        inArticle: false,
        nodes: named ? block.nodes : undefined,
        spans: named ? block.spans : undefined,
      });
      this.fresh.push(block.key);
    }
  }
}
