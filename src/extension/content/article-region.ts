import type { BlockKey, TextBlock } from './text-block';

/** A story's paragraphs are this long or longer; link lists and captions rarely are. */
const PARAGRAPH_LENGTH = 80;
/** The largest text block counts as the article only if it holds this much text… */
const MIN_ARTICLE_TEXT = 400;
/** …and this share of the page's paragraph text. */
const MIN_ARTICLE_SHARE = 0.3;
/** Among several article elements, those with at least this share of the longest one's text are the story. */
const MIN_SIBLING_SHARE = 0.25;
/** More article elements than this is a list of teasers (a home page), not a story. */
const MAX_ARTICLE_ELEMENTS = 40;

/**
 * Finds the elements that hold the story, in this order of trust:
 * `[itemprop~=articleBody]`, `<article>`, `<main>` / `[role=main]`, then the
 * element whose child blocks hold the most paragraph text (the largest text
 * block). Returns [] when nothing stands out: then every text outside page
 * furniture counts as the article's.
 */
export function findArticleRoots(document: Document, blocks: Map<BlockKey, TextBlock>): Element[] {
  for (const selector of ['[itemprop~="articleBody"]', 'article, [role="article"]', 'main, [role="main"]']) {
    const found = document.querySelectorAll(selector);
    if (found.length === 0) continue;
    if (found.length === 1) return [found[0]];
    if (found.length > MAX_ARTICLE_ELEMENTS) return [];
    const outermost = Array.from(found).filter((element) => !Array.from(found).some((other) => other !== element && other.contains(element)));
    // textContent is native and fast; it is read only when there are several candidates.
    const lengths = outermost.map((element) => element.textContent?.length ?? 0);
    const longest = Math.max(...lengths);
    return outermost.filter((_, i) => lengths[i] >= longest * MIN_SIBLING_SHARE);
  }
  return largestTextBlock(blocks);
}

function largestTextBlock(blocks: Map<BlockKey, TextBlock>): Element[] {
  const byParent = new Map<Element, number>();
  let total = 0;
  for (const block of blocks.values()) {
    if (block.length < PARAGRAPH_LENGTH || block.context.furniture) continue;
    total += block.length;
    const parent = block.anchor.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + block.length);
  }
  let best: Element | undefined;
  let bestLength = 0;
  for (const [parent, length] of byParent) {
    if (length > bestLength) {
      best = parent;
      bestLength = length;
    }
  }
  if (!best || bestLength < MIN_ARTICLE_TEXT || bestLength < total * MIN_ARTICLE_SHARE) return [];
  const name = best.localName;
  return name === 'body' || name === 'html' ? [] : [best];
}

/** The headline always counts; otherwise text inside the story's elements that is not furniture within them. */
export function isInArticle(block: TextBlock, roots: Element[]): boolean {
  if (block.context.headline && !block.context.furniture) return true;
  if (block.context.furniture) return false;
  if (roots.length === 0) return true;
  for (const root of roots) if (root === block.anchor || root.contains(block.anchor)) return true;
  return false;
}

export function sameRoots(a: Element[], b: Element[]): boolean {
  return a.length === b.length && a.every((element, i) => element === b[i]);
}
