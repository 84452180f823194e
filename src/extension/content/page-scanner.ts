import { findArticleRoots, isInArticle, sameRoots } from './article-region';
import { walkBlocks, type WalkState } from './block-walker';
import type { MatchText } from './match-batch';
import { isArticleLike, isBlock, isFurniture, isHeadline, isPreformatted, isSkipped } from './dom-rules';
import type { SliceClock } from './scheduling';
import { TOP_CONTEXT, type BlockKey, type PlaceContext, type TextBlock } from './text-block';

/** Past this many recorded changes in one batch, rescanning the whole page is cheaper than sorting them out. */
const MAX_PENDING = 5_000;
/** Ancestor climbs stop here: a page nested deeper than this is not worth an exact answer. */
const MAX_CLIMB = 10_000;

/**
 * The page's text blocks and their candidates, kept up to date as the page
 * changes. `record` only notes what changed (it runs inside the
 * MutationObserver callback, so it must stay cheap); `update` does the work
 * later, in slices.
 */
export class PageScanner implements WalkState {
  readonly blocks = new Map<BlockKey, TextBlock>();
  readonly dirty = new Set<BlockKey>();
  readonly deepRoots = new Set<Node>();
  fresh: BlockKey[] = [];
  budget = { textNodes: 0, elements: 0, characters: 0 };
  private changed: Node[] = [];
  private added: Node[] = [];
  private unhidden: Element[] = [];
  private needsFullScan = true;
  private roots: Element[] = [];
  private generation = 0;
  private running = -1;
  private readonly observed = new WeakSet<ShadowRoot>();
  /** Our own elements (the hover card's host): adding or removing them changes nothing on the page. */
  readonly ours = new WeakSet<Node>();

  constructor(
    readonly match: MatchText,
    private readonly document: Document,
    private readonly observe: (root: Node) => void,
  ) {}

  get pending(): boolean {
    return this.needsFullScan || this.changed.length > 0 || this.added.length > 0 || this.unhidden.length > 0;
  }

  /** Forgets everything: the next `update` reads the whole page again (a new route in a single-page app). */
  reset(): void {
    this.generation++;
    this.needsFullScan = true;
    this.changed = [];
    this.added = [];
    this.unhidden = [];
  }

  /** Notes what a batch of mutations touched. Never reads text or layout. */
  record(mutations: MutationRecord[]): void {
    if (this.needsFullScan) return;
    for (const mutation of mutations) {
      if (mutation.type === 'childList' && this.onlyOurs(mutation)) continue;
      if (mutation.type === 'childList') {
        this.changed.push(mutation.target);
        for (let i = 0; i < mutation.addedNodes.length; i++) this.added.push(mutation.addedNodes[i]);
      } else if (mutation.type === 'characterData') {
        this.changed.push(mutation.target);
      } else if (mutation.target.nodeType === 1) {
        // `hidden`, `aria-hidden` or `open` changed: whatever it holds may have appeared or gone.
        this.unhidden.push(mutation.target as Element);
      }
    }
    if (this.changed.length + this.added.length + this.unhidden.length > MAX_PENDING) this.reset();
  }

  private onlyOurs(mutation: MutationRecord): boolean {
    const { addedNodes, removedNodes } = mutation;
    if (addedNodes.length + removedNodes.length === 0) return false;
    for (let i = 0; i < addedNodes.length; i++) if (!this.ours.has(addedNodes[i])) return false;
    for (let i = 0; i < removedNodes.length; i++) if (!this.ours.has(removedNodes[i])) return false;
    return true;
  }

  onShadowRoot(root: ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observe(root);
  }

  /** Brings the blocks up to date with the page, yielding between slices. Returns false if interrupted by a reset. */
  async update(clock: SliceClock): Promise<boolean> {
    this.running = this.generation;
    if (this.needsFullScan) {
      this.needsFullScan = false;
      this.changed = [];
      this.added = [];
      this.unhidden = [];
      this.blocks.clear();
      this.dirty.clear();
      this.deepRoots.clear();
      this.fresh = [];
      this.roots = [];
      this.budget = { textNodes: 0, elements: 0, characters: 0 };
      const body = this.document.body;
      if (body) await walkBlocks(this, body, contextAbove(body) ?? TOP_CONTEXT, clock);
    } else {
      await this.applyChanges(clock);
    }
    if (this.stopped()) return false;
    await this.applyRegion(clock);
    return !this.stopped();
  }

  /** True once `reset` was called during the current update. */
  stopped(): boolean {
    return this.running !== this.generation;
  }

  private async applyChanges(clock: SliceClock): Promise<void> {
    const changed = this.changed;
    const added = this.added;
    const unhidden = this.unhidden;
    this.changed = [];
    this.added = [];
    this.unhidden = [];
    for (const node of changed) {
      const owner = ownerBlock(node);
      if (owner) this.dirty.add(owner);
    }
    for (const node of added) {
      if (node.nodeType === 1) this.deepRoots.add(node);
      const owner = ownerBlock(node);
      if (owner) this.dirty.add(owner);
    }
    for (const element of unhidden) {
      // Its blocks may now be hidden: drop them, then read it again as if just added.
      for (const [key, block] of this.blocks) if (element === block.anchor || element.contains(block.anchor)) this.blocks.delete(key);
      this.deepRoots.add(element);
      const owner = ownerBlock(element);
      if (owner) this.dirty.add(owner);
    }
    // Removed nodes take their blocks' mentions with them.
    for (const key of this.blocks.keys()) if (!key.isConnected) this.blocks.delete(key);
    for (const owner of Array.from(this.dirty)) {
      if (!this.dirty.has(owner)) continue; // already rescanned inside another block
      this.dirty.delete(owner);
      if (!owner.isConnected) continue;
      const above = contextAbove(owner, this.blocks);
      if (above) await walkBlocks(this, owner, above, clock);
      if (this.stopped()) return;
    }
    this.dirty.clear();
    this.deepRoots.clear();
  }

  /** Decides which blocks are the story's; all of them again only when the story's elements changed. */
  private async applyRegion(clock: SliceClock): Promise<void> {
    const roots = findArticleRoots(this.document, this.blocks);
    const keys = sameRoots(roots, this.roots) ? this.fresh : Array.from(this.blocks.keys());
    this.roots = roots;
    this.fresh = [];
    for (let i = 0; i < keys.length; i++) {
      const block = this.blocks.get(keys[i]);
      if (block) block.inArticle = isInArticle(block, roots);
      if ((i & 255) === 255 && clock.due()) await clock.pause();
    }
  }
}

/** The nearest block holding `node` (itself, if it is one); undefined inside skipped content. */
function ownerBlock(node: Node): BlockKey | undefined {
  let current: Node | null = node;
  for (let climbed = 0; current && climbed < MAX_CLIMB; climbed++) {
    if (current.nodeType === 1) {
      const element = current as Element;
      if (isSkipped(element)) return undefined;
      if (isBlock(element.localName)) return element;
    } else if (current.nodeType === 11) {
      if ((current as ShadowRoot).host) return current as ShadowRoot;
      return undefined;
    } else if (current.nodeType === 9) return undefined;
    current = current.parentNode;
  }
  return undefined;
}

/**
 * The place context of `key`'s parent, or undefined if `key` sits in skipped
 * content. Climbs to the nearest cached block, whose context is known, then
 * applies the elements in between.
 */
function contextAbove(key: BlockKey, blocks?: Map<BlockKey, TextBlock>): PlaceContext | undefined {
  const between: Element[] = [];
  let base: PlaceContext = TOP_CONTEXT;
  // A shadow root's parent, for context, is its host.
  let current: Node | null = key.nodeType === 11 ? (key as ShadowRoot).host : key.parentNode;
  for (let climbed = 0; current && climbed < MAX_CLIMB; climbed++) {
    if (current.nodeType === 1) {
      const element = current as Element;
      const cached = blocks?.get(element);
      if (cached) {
        base = cached.context;
        break;
      }
      if (isSkipped(element)) return undefined;
      between.push(element);
      current = element.parentNode;
    } else if (current.nodeType === 11) {
      current = (current as ShadowRoot).host ?? null;
    } else break;
  }
  let context = base;
  for (let i = between.length - 1; i >= 0; i--) {
    const element = between[i];
    context = {
      insideArticle: context.insideArticle || isArticleLike(element),
      furniture: context.furniture || isFurniture(element, context.insideArticle),
      headline: context.headline || isHeadline(element),
      preformatted: context.preformatted || isPreformatted(element),
    };
  }
  return context;
}
