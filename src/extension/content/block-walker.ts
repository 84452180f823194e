import { isArticleLike, isBlock, isFurniture, isHeadline, isPreformatted, isRendered, isSkipped } from './dom-rules';
import { MatchBatch, type MatchText } from './match-batch';
import type { SliceClock } from './scheduling';
import type { BlockKey, PlaceContext, TextBlock } from './text-block';

/**
 * Caps per page (reset when the whole page is rescanned, counting rescans of
 * changed blocks too): past them, a page is pathological and we stop reading.
 */
// Generous: the character cap and the time slicing already bound the cost; these only stop
// pathological documents. A real page of 100,000 text nodes must be read to its end.
export const MAX_TEXT_NODES = 1_000_000;
export const MAX_ELEMENTS = 2_000_000;
export const MAX_CHARACTERS = 16_000_000;

/** What the walker shares with the scanner that owns it. */
export interface WalkState {
  /** Matching happens in the background: the walker hands it text. */
  readonly match: MatchText;
  readonly blocks: Map<BlockKey, TextBlock>;
  /** Blocks whose own text changed: rescanned even though cached. */
  readonly dirty: Set<BlockKey>;
  /** Added subtrees: every block inside is rescanned, cached or not. */
  readonly deepRoots: Set<Node>;
  /** Blocks scanned since the article region was last applied. */
  readonly fresh: BlockKey[];
  budget: { textNodes: number; elements: number; characters: number };
  /** Called for each open shadow root met, so changes inside it are observed too. */
  onShadowRoot(root: ShadowRoot): void;
  /** True when the walk should stop (the page navigated, or the scanner was reset). */
  stopped(): boolean;
}

interface OpenBlock {
  key: BlockKey;
  parts: string[];
  context: PlaceContext;
  /** Characters in `parts` so far. */
  length: number;
  nodes: Text[];
  spans: number[];
}

interface Frame {
  /** Next child to visit; null when the container is done. */
  cursor: Node | null;
  context: PlaceContext;
  deep: boolean;
  /** Set when this container is a block: its own text collects here. */
  block: OpenBlock | undefined;
  /** An open shadow root to visit after the light children. */
  shadow: ShadowRoot | null;
}

const SPACES = /[ \t\n\r\f]+/g;

function derive(context: PlaceContext, element: Element): PlaceContext {
  const insideArticle = context.insideArticle || isArticleLike(element);
  const furniture = context.furniture || isFurniture(element, context.insideArticle);
  const headline = context.headline || isHeadline(element);
  const preformatted = context.preformatted || isPreformatted(element);
  if (insideArticle === context.insideArticle && furniture === context.furniture && headline === context.headline && preformatted === context.preformatted) return context;
  return { furniture, headline, insideArticle, preformatted };
}

/**
 * Walks `root` (a block, or an open shadow root) iteratively with an explicit
 * stack (no recursion: pages nest thousands deep), collecting each block's own
 * text and matching it. Cached blocks met on the way are skipped unless marked
 * dirty or inside an added subtree. Yields to the page whenever the slice
 * clock says so; the DOM may change during a yield, and the MutationObserver
 * reports those changes for the next batch, so a stale cursor costs at most
 * one extra rescan.
 *
 * `parentContext` is the place context of `root`'s parent.
 */
export async function walkBlocks(state: WalkState, root: BlockKey, parentContext: PlaceContext, clock: SliceClock): Promise<void> {
  const stack: Frame[] = [];
  const open: OpenBlock[] = [];
  const batch = new MatchBatch(state.match, state.blocks, state.fresh);
  let steps = 0;

  const enterBlock = (key: BlockKey, context: PlaceContext, deep: boolean, shadow: ShadowRoot | null) => {
    state.dirty.delete(key);
    const block: OpenBlock = { key, parts: [], context, length: 0, nodes: [], spans: [] };
    if (open.length > 0) push(open[open.length - 1], '\n\n');
    open.push(block);
    stack.push({ cursor: key.firstChild, context, deep, block, shadow });
    if (shadow) state.onShadowRoot(shadow);
  };

  const closeBlock = async (block: OpenBlock) => {
    batch.add(block.key, block.context, block.parts.length === 1 ? block.parts[0] : block.parts.join(''), block.nodes, block.spans);
    if (batch.full) await batch.flush(clock);
  };

  if (root.nodeType === 11) {
    enterBlock(root, parentContext, state.deepRoots.delete(root), null);
  } else {
    const element = root as Element;
    if (isSkipped(element) || !isRendered(element)) return;
    enterBlock(element, derive(parentContext, element), state.deepRoots.delete(element), openShadowRoot(element));
  }

  while (stack.length > 0) {
    if ((++steps & 7) === 0 && clock.due()) {
      await clock.pause();
      if (state.stopped()) return;
    }
    const frame = stack[stack.length - 1];
    const node = frame.cursor;
    if (node === null) {
      if (frame.shadow) {
        const shadow = frame.shadow;
        frame.shadow = null;
        // A shadow root is a block of its own: its text never joins the host's light text.
        enterBlock(shadow, frame.context, frame.deep || state.deepRoots.delete(shadow), null);
        continue;
      }
      stack.pop();
      if (frame.block) {
        open.pop();
        await closeBlock(frame.block);
        if (open.length > 0) push(open[open.length - 1], '\n\n');
      }
      continue;
    }
    frame.cursor = node.nextSibling;
    const type = node.nodeType;
    if (type === 3) {
      if (++state.budget.textNodes > MAX_TEXT_NODES) break;
      const data = (node as Text).data;
      state.budget.characters += data.length;
      if (state.budget.characters > MAX_CHARACTERS) break;
      const block = open[open.length - 1];
      block.nodes.push(node as Text);
      block.spans.push(block.length);
      push(block, frame.context.preformatted ? data : data.replace(SPACES, ' '));
      block.spans.push(block.length);
      continue;
    }
    if (type !== 1) continue;
    if (++state.budget.elements > MAX_ELEMENTS) break;
    const element = node as Element;
    const name = element.localName;
    if (name === 'br') {
      push(open[open.length - 1], '\n');
      continue;
    }
    if (isSkipped(element)) continue;
    const deep = frame.deep || state.deepRoots.delete(element);
    const block = isBlock(name);
    if (block && !deep && !state.dirty.has(element) && state.blocks.has(element)) {
      // Unchanged since it was scanned: its result stands.
      push(open[open.length - 1], '\n\n');
      continue;
    }
    if (!isRendered(element)) continue;
    const context = derive(frame.context, element);
    if (block) enterBlock(element, context, deep, openShadowRoot(element));
    else {
      const shadow = openShadowRoot(element);
      stack.push({ cursor: element.firstChild, context, deep, block: undefined, shadow });
      if (shadow) state.onShadowRoot(shadow);
    }
  }
  // Past a cap, what was read so far still counts; the rest of the page is left unread.
  await batch.flush(clock);
}

function push(block: OpenBlock, text: string): void {
  block.parts.push(text);
  block.length += text.length;
}

function openShadowRoot(element: Element): ShadowRoot | null {
  // Closed shadow roots read as null: they stay private, as their authors asked.
  return element.shadowRoot;
}
