import type { PageCandidate } from '../messages';

/** Where a piece of text stands on the page, inherited from its ancestors. */
export interface PlaceContext {
  /** Inside navigation, an aside, a footer, an ad or a "related stories" widget. */
  furniture: boolean;
  /** Inside the page's h1. */
  headline: boolean;
  /** Inside an article, main or articleBody element (a page <header> there is the story's own). */
  insideArticle: boolean;
  /** White space is kept as written (<pre>). */
  preformatted: boolean;
}

export const TOP_CONTEXT: PlaceContext = { furniture: false, headline: false, insideArticle: false, preformatted: false };

/** An element whose edges are paragraph breaks, or an open shadow root. */
export type BlockKey = Element | ShadowRoot;

/**
 * The scan result of one block's own text: the inline content directly inside
 * it, with nested blocks counted separately. Kept per block so a change
 * rescans only the blocks it touched.
 */
export interface TextBlock {
  /** Characters of own text. */
  length: number;
  /** Candidates in the own text, before document-level evidence. */
  candidates: PageCandidate[];
  context: PlaceContext;
  /** The element to test containment with (the host, for a shadow root). */
  anchor: Element;
  /** Decided by the article region; see `article-region.ts`. */
  inArticle: boolean;
  /**
   * Where the own text came from, kept only when it has candidates (for
   * highlights): the text nodes in order, and for node i its start and end in
   * the block's text at `spans[2i]`, `spans[2i + 1]`. A node's white space
   * may have been collapsed there; see `highlights.ts`.
   */
  nodes?: Text[];
  spans?: number[];
}

/** The element that stands for a block in the light DOM tree. */
export function anchorOf(key: BlockKey): Element {
  return key.nodeType === 11 ? (key as ShadowRoot).host : (key as Element);
}
