import type { DatasetIndex, Relationship, RelationshipType } from '../../core/index';
import type { Translate } from './message-format';
import { presentShort } from './present-fact';

/**
 * The "How they connect" graph as plain data: which companies, which ties,
 * where each goes. Pure and deterministic (same page, same picture), so it is
 * unit-tested and the SVG component only draws it.
 */

export interface GraphNode {
  id: string;
  name: string;
  /** Shown name, cut to fit its place without overlapping a neighbour's. */
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
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

/** Beyond a dozen nodes, labels at popup width (360 px) start to collide. */
export const MAX_NODES = 10;
const MAX_PAGE_NODES = 8;
const MAX_OUTSIDE_PER_COMPANY = 2;
const MAX_LABEL_CHARS = 16;
const WIDTH = 440;

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

function truncate(name: string): string {
  return name.length <= MAX_LABEL_CHARS ? name : `${name.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…`;
}

export function buildGraph(pageIds: readonly string[], index: DatasetIndex, types: ReadonlySet<RelationshipType>, locale: string, t: Translate): Graph {
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

  const height = order.length <= 4 ? 240 : 300;
  const cx = WIDTH / 2;
  const cy = height / 2;
  const rx = 100;
  const ry = height / 2 - 42;
  const nodes = order.map<GraphNode>((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / order.length;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const x = cx + rx * cos;
    const y = cy + ry * sin;
    const r = onPage.has(id) ? 9 : 6;
    // Near the top and bottom a label sits above or below its node; at the sides it reads outward.
    const vertical = Math.abs(cos) < 0.35;
    return {
      id,
      name: index.nameOf(id),
      label: truncate(index.nameOf(id)),
      onPage: onPage.has(id),
      x: round(x),
      y: round(y),
      r,
      labelX: round(vertical ? x : x + (cos > 0 ? r + 6 : -(r + 6))),
      labelY: round(vertical ? (sin < 0 ? y - r - 7 : y + r + 15) : y + 4),
      anchor: vertical ? 'middle' : cos > 0 ? 'start' : 'end',
    };
  });
  const at = new Map(nodes.map((node) => [node.id, node]));
  const edges = [...pairs.entries()].map<GraphEdge>(([key, relationships]) => {
    const sorted = [...relationships].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || TYPE_RANK[a.type] - TYPE_RANK[b.type]);
    const [a, b] = key.split('|') as [string, string];
    const [from, to] = [at.get(a)!, at.get(b)!];
    return {
      key,
      from: a,
      to: b,
      // Lines to outside companies carry a label only when it says something (a figure, an end): the picture stays legible at 360 px.
      label: [...new Set(sorted.filter((relationship) => (onPage.has(a) && onPage.has(b)) || hasFigure(relationship)).map((relationship) => edgeLabel(relationship, locale, t)))].slice(0, 2).join(' · '),
      betweenPageCompanies: onPage.has(a) && onPage.has(b),
      past: sorted.every((relationship) => relationship.status === 'ended' || relationship.status === 'abandoned'),
      labelX: round((from.x + to.x) / 2),
      labelY: round((from.y + to.y) / 2),
    };
  });
  // Ties among page companies are drawn last, on top.
  edges.sort((x, y) => Number(x.betweenPageCompanies) - Number(y.betweenPageCompanies) || x.key.localeCompare(y.key));
  // A node with no line left (its ties were all between outside companies) only adds noise.
  const tied = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  return { nodes: nodes.filter((node) => tied.has(node.id)), edges, width: WIDTH, height };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
