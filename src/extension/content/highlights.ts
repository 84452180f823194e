import type { Lifetime } from './lifetime';
import type { SliceClock } from './scheduling';
import type { BlockKey, TextBlock } from './text-block';

/**
 * Underlines the companies named on the page with the CSS Custom Highlight
 * API: Ranges over the page's own text nodes, painted by one `::highlight()`
 * rule. No element or attribute is added; the rule lives in a constructed
 * style sheet in `document.adoptedStyleSheets`, which is not serialized
 * either, so the page's HTML stays byte-identical.
 */

export const MENTION = 'stakes-mention';
const FLASH = 'stakes-flash';
/** Past this many, the rest of a page's mentions are not underlined (article blocks come first). */
export const MAX_HIGHLIGHTS = 2_000;
const FLASH_MS = 2_000;
/**
 * The CSS Custom Highlight API (Chrome 105+, Firefox 140+). Without it, Stakes
 * still finds and lists the companies and scrolls to a mention; it just draws
 * nothing on the page.
 */
const SUPPORTED = typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
const CSS_TEXT = `::highlight(${MENTION}){text-decoration:underline dotted;text-decoration-thickness:1px;text-underline-offset:3px}::highlight(${FLASH}){background-color:#ffd54f;color:#000}`;

type Blocks = Map<BlockKey, TextBlock>;
/** Per block, its candidates' ranges in candidate order, made on demand; null where the text moved away. */
type RangeCache = WeakMap<TextBlock, (Range | null | undefined)[]>;

export class PageHighlights {
  private highlight: Highlight | undefined;
  private current = new Set<Range>();
  private sheet: AdoptedSheet | undefined;
  private readonly shadowSheets = new Map<ShadowRoot, AdoptedSheet>();
  private readonly ranges: RangeCache = new WeakMap();
  /** Text node → highlighted ranges over it, for hit-testing under the pointer. */
  private byNode = new WeakMap<Node, Range[]>();
  private readonly entityOf = new WeakMap<Range, string>();
  private generation = 0;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  enabled = false;

  /** The page's lifetime: the flash's timer ends with it. */
  constructor(private readonly life: Lifetime) {}

  /** Underlines the page's mentions (article first, at most MAX_HIGHLIGHTS), reusing ranges of unchanged blocks. */
  async refresh(blocks: Blocks, clock: SliceClock): Promise<void> {
    if (!this.enabled || !SUPPORTED) return;
    const generation = ++this.generation;
    const confirmed = confirmedEntities(blocks);
    const chosen: Range[] = [];
    const byNode = new WeakMap<Node, Range[]>();
    for (const inArticle of [true, false]) {
      for (const block of Array.from(blocks.values())) {
        if (block.inArticle !== inArticle || !block.nodes) continue;
        for (let i = 0; i < block.candidates.length && chosen.length < MAX_HIGHLIGHTS; i++) {
          const candidate = block.candidates[i];
          if (candidate.weak && !confirmed.has(candidate.id)) continue;
          const range = this.rangeOf(block, i);
          if (!range) continue;
          chosen.push(range);
          for (const node of nodesOf(block, candidate.start, candidate.end)) {
            const list = byNode.get(node);
            if (list) list.push(range);
            else byNode.set(node, [range]);
          }
        }
        if (clock.due()) {
          await clock.pause();
          if (generation !== this.generation || !this.enabled) return;
        }
      }
    }
    this.byNode = byNode;
    this.installSheet();
    // A document's ::highlight() rule does not reach into shadow trees: each open shadow root
    // with a mention gets the same constructed sheet (adopted, so its HTML stays as it was).
    for (const range of chosen) {
      const root = range.startContainer.getRootNode();
      if (root.nodeType === 11 && (root as ShadowRoot).host) this.installSheetIn(root as ShadowRoot);
    }
    if (!this.highlight) {
      this.highlight = new Highlight();
      CSS.highlights.set(MENTION, this.highlight);
    }
    // New ranges first, then the stale ones go: a live page never flickers, and a long one is underlined in slices.
    const highlight = this.highlight;
    for (let i = 0; i < chosen.length; i++) {
      highlight.add(chosen[i]);
      if ((i & 127) === 127 && clock.due()) {
        await clock.pause();
        if (generation !== this.generation || !this.enabled) return;
      }
    }
    // Our own record of what is in it: Firefox cannot iterate a Highlight through its Xray wrapper.
    const keep = new Set(chosen);
    for (const range of this.current) if (!keep.has(range)) highlight.delete(range);
    this.current = keep;
  }

  enable(): void {
    this.enabled = true;
  }

  /** Removes every highlight and the style sheet at once. */
  disable(): void {
    this.enabled = false;
    this.generation++;
    this.highlight = undefined;
    this.current = new Set();
    this.byNode = new WeakMap();
    if (SUPPORTED) CSS.highlights.delete(MENTION);
    this.endFlash();
  }

  /** The highlighted mention under the point, with its company's id. */
  mentionAt(x: number, y: number): { range: Range; id: string } | undefined {
    if (!this.highlight) return undefined;
    const caret = caretAt(x, y);
    if (!caret) return undefined;
    for (const range of this.byNode.get(caret) ?? []) {
      if (!this.highlight.has(range)) continue;
      const rects = range.getClientRects();
      for (let i = 0; i < rects.length; i++) {
        const rect = rects[i];
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return { range, id: this.entityOf.get(range)! };
      }
    }
    return undefined;
  }

  /**
   * Scrolls to the company's mention number `index` (wrapping around, page
   * order) and flashes it. Works with highlights off too: the reader asked.
   */
  show(blocks: Blocks, id: string, index: number): { index: number; total: number } {
    const ranges: Range[] = [];
    {
      const confirmed = confirmedEntities(blocks);
      for (const block of blocks.values()) {
        if (!block.nodes) continue;
        block.candidates.forEach((candidate, i) => {
          if (candidate.id !== id || (candidate.weak && !confirmed.has(id))) return;
          const range = this.rangeOf(block, i);
          if (range) ranges.push(range);
        });
      }
    }
    if (ranges.length === 0) return { index: 0, total: 0 };
    ranges.sort(inPageOrder);
    const at = ((index % ranges.length) + ranges.length) % ranges.length;
    const range = ranges[at];
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (!SUPPORTED) return { index: at, total: ranges.length };
    this.endFlash();
    this.installSheet();
    const flash = new Highlight(range);
    flash.priority = 1;
    CSS.highlights.set(FLASH, flash);
    this.flashTimer = this.life.setTimeout(() => this.endFlash(), FLASH_MS);
    return { index: at, total: ranges.length };
  }

  private endFlash(): void {
    this.life.clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    if (SUPPORTED) CSS.highlights.delete(FLASH);
    if (!this.enabled) this.removeSheet();
  }

  private rangeOf(block: TextBlock, i: number): Range | null {
    let list = this.ranges.get(block);
    if (!list) this.ranges.set(block, (list = []));
    let range = list[i];
    if (range === undefined) {
      const candidate = block.candidates[i];
      range = list[i] = makeRange(block, candidate.start, candidate.end);
      if (range) this.entityOf.set(range, candidate.id);
    }
    // A range whose text was removed collapses: it stands for nothing any more.
    return range && !range.collapsed ? range : null;
  }

  private installSheet(): void {
    // A page that assigns its own list drops ours: adopted again then.
    if (this.sheet?.document.adoptedStyleSheets.includes(this.sheet.sheet)) return;
    this.sheet = adoptSheet(CSS_TEXT);
  }

  private installSheetIn(root: ShadowRoot): void {
    const adopted = this.shadowSheets.get(root);
    if (adopted?.document.adoptedStyleSheets.includes(adopted.sheet)) return;
    const sheet = adoptSheet(CSS_TEXT, root);
    if (sheet) this.shadowSheets.set(root, sheet);
  }

  private removeSheet(): void {
    const sheets = [...this.shadowSheets.values()];
    this.shadowSheets.clear();
    if (this.sheet) sheets.push(this.sheet);
    this.sheet = undefined;
    for (const { sheet, document } of sheets) {
      try {
        const list = document.adoptedStyleSheets;
        const at = list.indexOf(sheet);
        if (at >= 0) list.splice(at, 1);
      } catch {
        // The page replaced the list: ours is gone already.
      }
    }
  }
}

/** Entities named plainly somewhere on the page: their weak candidates count too (as in `resolveCandidates`). */
function confirmedEntities(blocks: Blocks): Set<string> {
  const confirmed = new Set<string>();
  for (const block of blocks.values()) for (const candidate of block.candidates) if (!candidate.weak) confirmed.add(candidate.id);
  return confirmed;
}

/** Which of the block's text nodes holds offset `k` of its text (as a start, or as an end); -1 if none. */
function nodeAt(spans: number[], k: number, isEnd: boolean): number {
  let low = 0;
  let high = (spans.length >> 1) - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const from = spans[2 * middle];
    const to = spans[2 * middle + 1];
    if (isEnd ? k <= from : k < from) high = middle - 1;
    else if (isEnd ? k > to : k >= to) low = middle + 1;
    else return middle;
  }
  return -1;
}

function nodesOf(block: TextBlock, start: number, end: number): Text[] {
  const first = nodeAt(block.spans!, start, false);
  const last = nodeAt(block.spans!, end, true);
  return first < 0 || last < first ? [] : block.nodes!.slice(first, last + 1);
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12;

/**
 * Offset `k` of a node's text as the scanner read it, as an offset into the
 * node's data: the scanner collapsed each run of white space to one space
 * unless the text was preformatted (then the lengths agree).
 */
function rawOffset(data: string, k: number, readLength: number): number {
  if (data.length === readLength) return Math.min(k, data.length);
  let i = 0;
  for (let read = 0; read < k && i < data.length; read++) {
    if (isSpace(data.charCodeAt(i))) while (i < data.length && isSpace(data.charCodeAt(i))) i++;
    else i++;
  }
  return i;
}

function makeRange(block: TextBlock, start: number, end: number): Range | null {
  const { nodes, spans } = block;
  if (!nodes || !spans) return null;
  const first = nodeAt(spans, start, false);
  const last = nodeAt(spans, end, true);
  if (first < 0 || last < first || !nodes[first].isConnected || !nodes[last].isConnected) return null;
  try {
    const range = document.createRange();
    range.setStart(nodes[first], rawOffset(nodes[first].data, start - spans[2 * first], spans[2 * first + 1] - spans[2 * first]));
    range.setEnd(nodes[last], rawOffset(nodes[last].data, end - spans[2 * last], spans[2 * last + 1] - spans[2 * last]));
    return range;
  } catch {
    return null;
  }
}

function inPageOrder(a: Range, b: Range): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  return a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The text node under the point, if any. */
function caretAt(x: number, y: number): Node | undefined {
  const doc = document as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  const node = typeof doc.caretPositionFromPoint === 'function' ? doc.caretPositionFromPoint(x, y)?.offsetNode : doc.caretRangeFromPoint?.(x, y)?.startContainer;
  return node?.nodeType === 3 ? node : undefined;
}

/**
 * Firefox content scripts see the page through Xray wrappers, and a sheet
 * constructed in the script's own compartment may be refused by the page's
 * document; the page's own constructor is reached through `wrappedJSObject`
 * then. Chrome's isolated world shares the DOM objects and needs nothing.
 */
type PageWindow = Window & { wrappedJSObject?: Window & typeof globalThis };
/** A sheet and the document (as this script sees it) whose list holds it. */
interface AdoptedSheet {
  sheet: CSSStyleSheet;
  document: Document;
}

/** Adds a constructed sheet to a document or shadow root (`target`, else the page's document). */
export function adoptSheet(css: string, target: Document | ShadowRoot = document): AdoptedSheet | undefined {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    try {
      target.adoptedStyleSheets.push(sheet);
    } catch {
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    }
    if (target.adoptedStyleSheets.includes(sheet)) return { sheet, document: target as Document };
  } catch {
    // Fall through to the page's own constructor.
  }
  const page = (window as PageWindow).wrappedJSObject;
  if (!page) return undefined;
  try {
    const sheet = new page.CSSStyleSheet();
    sheet.replaceSync(css);
    const waived = target === document ? page.document : ((target as ShadowRoot & { wrappedJSObject?: ShadowRoot }).wrappedJSObject ?? target);
    waived.adoptedStyleSheets.push(sheet);
    return { sheet, document: waived as Document };
  } catch {
    return undefined;
  }
}
