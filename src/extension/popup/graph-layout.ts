import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

/**
 * Where each company of the "How they connect" drawing goes: a force layout
 * (d3-force: linked companies pull together, all push apart, boxes collide),
 * then a pass that moves boxes apart until no name overlaps another name or
 * a node. Deterministic: the same companies always give the same picture.
 */

/** A node's box: its circle with its full name centred below it. */
export interface LayoutBox {
  id: string;
  /** Circle radius. */
  r: number;
  /** Width of the name as drawn. */
  labelWidth: number;
}

export interface PlacedBox extends LayoutBox {
  x: number;
  y: number;
}

/** Measures a name as the drawing renders it; `bold` for page companies. */
export type MeasureText = (text: string, bold: boolean) => number;

/** Names are drawn at 12 px: a generous average glyph width, for tests and when no canvas is at hand. */
export const estimateTextWidth: MeasureText = (text, bold) => text.length * (bold ? 7.6 : 7.1) + 2;

export const LABEL_GAP = 3;
export const LABEL_HEIGHT = 15;
/** Space kept between any two boxes. */
const MARGIN = 6;
const TICKS = 300;
const SEPARATION_ROUNDS = 400;

/** The rectangle a placed node covers: circle above, name below. */
export function boxOf(node: PlacedBox): { left: number; right: number; top: number; bottom: number } {
  const half = Math.max(node.labelWidth, node.r * 2) / 2;
  return { left: node.x - half, right: node.x + half, top: node.y - node.r, bottom: node.y + node.r + LABEL_GAP + LABEL_HEIGHT };
}

interface SimNode extends SimulationNodeDatum {
  index: number;
  half: number;
  height: number;
}

/** A seeded random source: d3-force only uses it to break exact ties, but it must not vary between runs. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Places the boxes within `width` (the drawing grows downwards instead of
 * wider, so names stay at their size in a narrow popup) and returns them with
 * the height the drawing needs.
 */
export function layoutGraph(boxes: readonly LayoutBox[], links: readonly [number, number][], width: number): { placed: PlacedBox[]; height: number } {
  const count = boxes.length;
  const rows = Math.max(1, Math.ceil(count / 3));
  const nodes: SimNode[] = boxes.map((box, index) => {
    const half = Math.min(width / 2 - MARGIN, Math.max(box.labelWidth, box.r * 2) / 2);
    // Start on a circle in the given order, so the first picture is already close to the list's order.
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, count);
    return { index, half, height: box.r * 2 + LABEL_GAP + LABEL_HEIGHT, x: width / 2 + (width / 3) * Math.cos(angle), y: rows * 40 + rows * 40 * Math.sin(angle) };
  });
  const simulationLinks: SimulationLinkDatum<SimNode>[] = links.map(([source, target]) => ({ source, target }));
  const clampX = (node: SimNode) => {
    node.x = Math.min(width - node.half - MARGIN, Math.max(node.half + MARGIN, node.x!));
  };
  // Walls at the drawing's sides, applied at every tick so boxes slide along them rather than pile up at the end.
  const walls = () => nodes.forEach(clampX);
  forceSimulation(nodes)
    .randomSource(seeded(count * 7919 + links.length))
    .force('link', forceLink(simulationLinks).distance(110).strength(0.3))
    .force('charge', forceManyBody().strength(-400).distanceMax(400))
    .force('x', forceX(width / 2).strength(0.03))
    .force('y', forceY(rows * 40).strength(0.05))
    .force('collide', forceCollide<SimNode>((node) => Math.hypot(node.half, node.height / 2) * 0.8 + MARGIN).iterations(2))
    .force('walls', walls)
    .stop()
    .tick(TICKS);
  nodes.forEach(clampX);
  separate(nodes, clampX);
  const top = Math.min(...nodes.map((node) => node.y! - boxes[node.index].r)) - MARGIN * 2;
  const placed = nodes.map((node) => ({ ...boxes[node.index], x: round(node.x!), y: round(node.y! - top) }));
  const height = Math.ceil(Math.max(...placed.map((node) => boxOf(node).bottom)) + MARGIN * 2);
  return { placed, height };
}

/** Moves overlapping boxes apart along the axis that overlaps least, until none overlap (names can be long). */
function separate(nodes: SimNode[], clampX: (node: SimNode) => void): void {
  const top = (node: SimNode) => node.y! - (node.height - LABEL_HEIGHT - LABEL_GAP) / 2;
  for (let round = 0; round < SEPARATION_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        const overlapX = a.half + b.half + MARGIN - Math.abs(a.x! - b.x!);
        const aTop = top(a);
        const bTop = top(b);
        const overlapY = Math.min(aTop + a.height, bTop + b.height) + MARGIN - Math.max(aTop, bTop);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // Vertical moves are always possible (the drawing grows); sideways ones only within the width.
        if (overlapX < overlapY * 0.6) {
          const shift = overlapX / 2 + 0.5;
          const [left, right] = a.x! <= b.x! ? [a, b] : [b, a];
          left.x! -= shift;
          right.x! += shift;
          clampX(left);
          clampX(right);
          // Against a wall the sideways move falls short: then move apart vertically too.
          if (a.half + b.half + MARGIN - Math.abs(a.x! - b.x!) <= 0) continue;
        }
        const shift = overlapY / 2 + 0.5;
        const [upper, lower] = aTop <= bTop ? [a, b] : [b, a];
        upper.y! -= shift;
        lower.y! += shift;
      }
    }
    if (!moved) return;
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
