import { controlChain, type ControlLink } from './control-chain';
import type { Dataset, Entity, Relationship } from './dataset-types';
import { comparePartialDates } from './partial-date';
import { renderRelationship, type Perspective } from './render-relationship';
import { foldText } from './fold-text';
import { entityLabels } from './validate-dataset';

export interface Fact {
  relationship: Relationship;
  /** The side of the relationship the viewed company is on. */
  perspective: Perspective;
  /** The company on the other side. */
  other: Entity;
  /** The sentence under the viewed company's heading ("49% owned by Meta"). */
  sentence: string;
  /** The sentence that names both sides ("Meta owns 49% of Scale AI"). */
  fullSentence: string;
  /** Both companies are named on the page being read. */
  bothOnPage: boolean;
}

const STATUS_ORDER: Record<Relationship['status'], number> = { active: 0, announced: 1, pending: 2, ended: 3, abandoned: 4 };

/** Read-side view of the dataset: look-ups by id and name, and facts in reading order. */
export class DatasetIndex {
  readonly dataset: Dataset;
  private readonly byId = new Map<string, Entity>();
  private readonly byEntity = new Map<string, Relationship[]>();
  private readonly byFoldedName = new Map<string, Entity[]>();

  /**
   * `chains`: each entity's chain of owners, where it was worked out from the
   * whole dataset (the compiled store ships them, since a partial index lacks
   * the owners' own owners).
   */
  constructor(
    dataset: Dataset,
    private readonly chains?: ReadonlyMap<string, ControlLink[]>,
  ) {
    this.dataset = dataset;
    for (const entity of dataset.entities) {
      this.byId.set(entity.id, entity);
      // Tickers are names too: "NVDA" and "NASDAQ:NVDA" find Nvidia.
      const tickers = (entity.tickers ?? []).flatMap((ticker) => [ticker, ticker.slice(ticker.indexOf(':') + 1)]);
      for (const name of [...entityLabels(entity).map((label) => label.name), ...tickers]) {
        const key = foldText(name);
        const list = this.byFoldedName.get(key) ?? [];
        if (!list.includes(entity)) list.push(entity);
        this.byFoldedName.set(key, list);
      }
    }
    for (const relationship of dataset.relationships) {
      for (const id of [relationship.subject, relationship.object]) {
        const list = this.byEntity.get(id) ?? [];
        list.push(relationship);
        this.byEntity.set(id, list);
      }
    }
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  nameOf = (id: string): string => this.byId.get(id)?.name ?? id;

  /** Exact look-up by any name, ignoring case and accents. */
  findByName(name: string): Entity[] {
    return this.byFoldedName.get(foldText(name)) ?? [];
  }

  /** Names that start with or contain the query, best first, for a search box. */
  search(query: string, limit = 10): Entity[] {
    const key = foldText(query);
    if (!key) return [];
    const scored: { entity: Entity; score: number }[] = [];
    const seen = new Set<string>();
    for (const [name, entities] of this.byFoldedName) {
      const at = name.indexOf(key);
      if (at < 0) continue;
      const score = (name === key ? 0 : at === 0 ? 1 : 2) * 1000 + name.length;
      for (const entity of entities) scored.push({ entity, score });
    }
    scored.sort((a, b) => a.score - b.score || a.entity.name.localeCompare(b.entity.name));
    const results: Entity[] = [];
    for (const { entity } of scored) {
      if (seen.has(entity.id)) continue;
      seen.add(entity.id);
      results.push(entity);
      if (results.length === limit) break;
    }
    return results;
  }

  /** Who owns the company, up to the last owner recorded (empty when no owner is). */
  controlChain(id: string): ControlLink[] {
    return (
      this.chains?.get(id) ??
      controlChain(
        id,
        (other) => this.relationshipsOf(other),
        (other) => this.byId.get(other),
      )
    );
  }

  relationshipsOf(id: string): Relationship[] {
    return this.byEntity.get(id) ?? [];
  }

  /**
   * The company's facts in the order a reader wants them: ties to other
   * companies on the same page first, then current facts before past ones,
   * newest first.
   */
  factsFor(id: string, onPage: ReadonlySet<string> = new Set()): Fact[] {
    const facts: Fact[] = [];
    for (const relationship of this.relationshipsOf(id)) {
      const perspective: Perspective = relationship.subject === id ? 'subject' : 'object';
      const other = this.byId.get(perspective === 'subject' ? relationship.object : relationship.subject);
      if (!other) continue;
      facts.push({
        relationship,
        perspective,
        other,
        sentence: renderRelationship(relationship, this.nameOf, perspective),
        fullSentence: renderRelationship(relationship, this.nameOf, 'subject'),
        bothOnPage: onPage.has(other.id),
      });
    }
    const latest = (r: Relationship) => r.end ?? r.start ?? '0000';
    return facts.sort(
      (a, b) =>
        Number(b.bothOnPage) - Number(a.bothOnPage) || STATUS_ORDER[a.relationship.status] - STATUS_ORDER[b.relationship.status] || comparePartialDates(latest(b.relationship), latest(a.relationship)) || a.fullSentence.localeCompare(b.fullSentence),
    );
  }

  /** Relationships whose two sides are both in `ids`: how the companies on a page connect. */
  connections(ids: ReadonlySet<string>): Relationship[] {
    const found = new Set<Relationship>();
    for (const id of ids) for (const relationship of this.relationshipsOf(id)) if (ids.has(relationship.subject) && ids.has(relationship.object)) found.add(relationship);
    return [...found];
  }
}
