import type { Candidate, Matcher } from '../../core/matcher';
import type { SliceClock } from './scheduling';
import { anchorOf, type BlockKey, type PlaceContext, type TextBlock } from './text-block';

/**
 * Text is matched in pieces of about this many characters: about 1 ms each
 * once the JIT is warm, 10 ms while it is still cold.
 */
export const MATCH_CHUNK = 8_000;

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
 * Gathers finished blocks and matches them together, a few kilobytes at a
 * time. One `findCandidates` call per paragraph would allocate the
 * tokenizer's typed arrays tens of thousands of times on a long page; measured
 * in Chromium on 8 MB, the garbage collection that followed made single tasks
 * of 250 ms. Blocks are joined with blank lines, which the matcher treats as
 * paragraph breaks exactly as between separate texts, and candidates are
 * handed back to their blocks by offset.
 */
export class MatchBatch {
  private parts: string[] = [];
  private pending: Pending[] = [];
  private length = 0;

  constructor(
    private readonly matcher: Matcher,
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

  /** Matches everything gathered, in pieces cut at white space, yielding between pieces when the slice is used. */
  async flush(clock: SliceClock): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    const pending = this.pending;
    this.parts = [];
    this.pending = [];
    this.length = 0;
    const found: Candidate[] = [];
    for (let from = 0; from < text.length; ) {
      const to = cutPoint(text, from);
      const piece = this.matcher.findCandidates(text, from, to);
      for (let i = 0; i < piece.length; i++) found.push(piece[i]);
      from = to;
      if (from < text.length && clock.due()) await clock.pause();
    }
    // Candidates and blocks are both in text order: one pass hands them out,
    // each moved to offsets into its own block's text.
    let next = 0;
    for (const block of pending) {
      const candidates: Candidate[] = [];
      while (next < found.length && found[next].start < block.to) {
        const candidate = found[next];
        if (candidate.start >= block.from) {
          candidate.start -= block.from;
          candidate.end -= block.from;
          candidates.push(candidate);
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

/**
 * Where the piece starting at `from` ends: at a paragraph break if there is
 * one in the second half of the piece, else a line break, else a sentence
 * end, else a space. Only a name spanning the cut in an unbroken 8 KB run of
 * text could be missed.
 */
function cutPoint(text: string, from: number): number {
  const limit = from + MATCH_CHUNK;
  if (limit >= text.length) return text.length;
  const floor = from + (MATCH_CHUNK >> 1);
  for (const separator of ['\n\n', '\n', '. ', ' ']) {
    const at = text.lastIndexOf(separator, limit);
    if (at > floor) return at + separator.length;
  }
  return limit;
}
