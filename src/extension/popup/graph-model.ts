import type { DatasetIndex, Relationship, RelationshipType } from '../../core/index';
import { boxOf, estimateTextWidth, LABEL_GAP, layoutGraph, type MeasureText } from './graph-layout';
import type { Translate } from '../shared/message-format';
import { presentShort } from '../shared/present-fact';

/**
 * The "How they connect" graph as plain data: which companies, which ties,
 * where each goes. Pure and deterministic (same page, same picture), so it is
 * unit-tested and the SVG component only draws it.
 */

export interface GraphNode {
  id: string;
  name: string;
  /** Shown name: the full name, placed where it overlaps no other name or node. */
  label: string;
  onPage: boolean;
  x: number;
  y: number;
  r: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface GraphEdge {
  key: string;
  from: string;
  to: string;
  label: string;
  /** Both ends are named on the page: the ties the reader came for. */
  betweenPageCompanies: boolean;
  /** Every tie between the two has ended or was abandoned. */
  past: boolean;
  labelX: number;
  labelY: number;
  /** The label's box, for placing it clear of names and nodes. */
  labelWidth: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

/** A busy page's twenty companies and a few of their owners; the layout grows downwards to fit them. */
export const MAX_NODES = 26;
const MAX_PAGE_NODES = 20;
const MAX_OUTSIDE_PER_COMPANY = 2;
/** The popup's content width: names are drawn at their CSS size, not scaled down. */
const WIDTH = 340;
/** An 11 px label's box as browsers draw it (Firefox's text boxes run taller than the font size). */
const EDGE_LABEL_HEIGHT = 17;

/** Outside companies worth a node: those that own, control, fund or partner with a page company. */
function isDirectTie(relationship: Relationship, pageId: string): boolean {
  if (relationship.type === 'partner') return true;
  return relationship.object === pageId && ['owns-stake', 'parent-of', 'invested-in', 'acquired', 'merged'].includes(relationship.type);
}

const STATUS_RANK: Record<Relationship['status'], number> = { active: 0, pending: 1, announced: 2, ended: 3, abandoned: 4 };
/** With several ties between two companies, the label names the weightiest: ownership before money before business. */
const TYPE_RANK: Record<RelationshipType, number> = { 'parent-of': 0, acquired: 1, merged: 2, 'owns-stake': 3, 'invested-in': 4, licensed: 5, partner: 6, 'customer-of': 7 };

/** "49%", "acquired 2022", "$13B", "ended 2025", else the kind of tie ("partner"): the presenter's short form. */
export function edgeLabel(relationship: Relationship, locale: string, t: Translate): string {
  return presentShort(relationship, { t, locale });
}

function hasFigure(relationship: Relationship): boolean {
  return relationship.share !== undefined || relationship.amount !== undefined || relationship.status === 'ended' || relationship.status === 'abandoned';
}

export function buildGraph(pageIds: readonly string[], index: DatasetIndex, types: ReadonlySet<RelationshipType>, locale: string, t: Translate, measure: MeasureText = estimateTextWidth): Graph {
  const onPage = new Set(pageIds);
  const shown = (relationship: Relationship) => types.has(relationship.type) && index.entity(relationship.subject) && index.entity(relationship.object);
  const otherEnd = (relationship: Relationship, id: string) => (relationship.subject === id ? relationship.object : relationship.subject);

  // Page companies tied to another page company come first; then those with outside ties.
  const linked = pageIds.filter((id) => index.relationshipsOf(id).some((r) => shown(r) && otherEnd(r, id) !== id && onPage.has(otherEnd(r, id))));
  const outsideTies = new Map<string, Relationship[]>();
  for (const id of pageIds) {
    const ties = index
      .relationshipsOf(id)
      .filter((r) => shown(r) && !onPage.has(otherEnd(r, id)) && isDirectTie(r, id))
      .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || otherEnd(a, id).localeCompare(otherEnd(b, id)));
    outsideTies.set(id, ties);
  }
  const withOutside = pageIds.filter((id) => !linked.includes(id) && outsideTies.get(id)!.length > 0);
  const pageNodes = [...linked, ...withOutside].slice(0, MAX_PAGE_NODES);
  // Keep the scan's order around the circle, so the graph reads like the list.
  pageNodes.sort((a, b) => pageIds.indexOf(a) - pageIds.indexOf(b));

  // Each outside node sits right after the page company it is tied to, which keeps lines short.
  const order: string[] = [];
  const outsideBudget = Math.max(0, MAX_NODES - pageNodes.length);
  let outsideCount = 0;
  for (const id of pageNodes) {
    order.push(id);
    let added = 0;
    for (const tie of outsideTies.get(id)!) {
      const other = otherEnd(tie, id);
      if (added === MAX_OUTSIDE_PER_COMPANY || outsideCount === outsideBudget) break;
      if (order.includes(other)) continue;
      order.push(other);
      added++;
      outsideCount++;
    }
  }
  if (order.length < 2) return { nodes: [], edges: [], width: WIDTH, height: 0 };

  const inGraph = new Set(order);
  const pairs = new Map<string, Relationship[]>();
  for (const id of order) {
    for (const relationship of index.relationshipsOf(id)) {
      if (!shown(relationship) || !inGraph.has(relationship.subject) || !inGraph.has(relationship.object) || relationship.subject === relationship.object) continue;
      // Two outside companies' own ties are not what the page is about.
      if (!onPage.has(relationship.subject) && !onPage.has(relationship.object)) continue;
      const key = [relationship.subject, relationship.object].sort().join('|');
      const list = pairs.get(key) ?? [];
      if (!list.includes(relationship)) list.push(relationship);
      pairs.set(key, list);
    }
  }

  const keys = [...pairs.keys()];
  const position = new Map(order.map((id, i) => [id, i]));
  const { placed, height } = layoutGraph(
    order.map((id) => ({ id, r: onPage.has(id) ? 9 : 6, labelWidth: measure(index.nameOf(id), onPage.has(id)) + 4 })),
    keys.map((key) => key.split('|').map((id) => position.get(id)!) as [number, number]),
    WIDTH,
  );
  const nodes = placed.map<GraphNode>((box) => ({
    id: box.id,
    name: index.nameOf(box.id),
    label: index.nameOf(box.id),
    onPage: onPage.has(box.id),
    x: box.x,
    y: box.y,
    r: box.r,
    labelX: box.x,
    // The name's baseline, 12 px text in a box of LABEL_HEIGHT under the circle.
    labelY: round(box.y + box.r + LABEL_GAP + 11),
    anchor: 'middle',
  }));
  const at = new Map(placed.map((box) => [box.id, box]));
  // Edge labels go only where they overlap no name, node or other label, at the middle of their line or a little to either side.
  const taken = placed.map(boxOf);
  // Three pixels to spare: rounding, a circle's stroke and font metrics never turn a near miss into an overlap.
  const overlaps = (box: Box) => taken.some((other) => box.left - 3 < other.right && box.right + 3 > other.left && box.top - 3 < other.bottom && box.bottom + 3 > other.top);
  const bothOnPage = (key: string) => key.split('|').every((id) => onPage.has(id));
  // Ties among page companies choose their label's place first.
  const edges = [...pairs.entries()]
    .sort(([x], [y]) => Number(bothOnPage(y)) - Number(bothOnPage(x)))
    .map<GraphEdge>(([key, relationships]) => {
      const sorted = [...relationships].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || TYPE_RANK[a.type] - TYPE_RANK[b.type]);
      const [a, b] = key.split('|') as [string, string];
      const [from, to] = [at.get(a)!, at.get(b)!];
      // Lines to outside companies carry a label only when it says something (a figure, an end).
      let label = [...new Set(sorted.filter((relationship) => (onPage.has(a) && onPage.has(b)) || hasFigure(relationship)).map((relationship) => edgeLabel(relationship, locale, t)))].slice(0, 2).join(' · ');
      let labelX = round((from.x + to.x) / 2);
      let labelY = round((from.y + to.y) / 2);
      const labelWidth = label ? measure(label, false) * (11 / 12) + 6 : 0;
      if (label) {
        const spot = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]
          .map((f) => ({ x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f }))
          .map((point) => ({ point, box: { left: point.x - labelWidth / 2, right: point.x + labelWidth / 2, top: point.y - EDGE_LABEL_HEIGHT / 2, bottom: point.y + EDGE_LABEL_HEIGHT / 2 } }))
          .find(({ box }) => !overlaps(box));
        if (spot) {
          taken.push(spot.box);
          labelX = round(spot.point.x);
          labelY = round(spot.point.y);
        } else label = '';
      }
      return {
        key,
        from: a,
        to: b,
        label,
        betweenPageCompanies: onPage.has(a) && onPage.has(b),
        past: sorted.every((relationship) => relationship.status === 'ended' || relationship.status === 'abandoned'),
        labelX,
        labelY,
        labelWidth,
      };
    });
  // Ties among page companies are drawn last, on top.
  edges.sort((x, y) => Number(x.betweenPageCompanies) - Number(y.betweenPageCompanies) || x.key.localeCompare(y.key));
  // A node with no line left (its ties were all between outside companies) only adds noise.
  const tied = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  return { nodes: nodes.filter((node) => tied.has(node.id)), edges, width: WIDTH, height };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
