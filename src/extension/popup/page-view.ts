import type { ControlLink, DatasetIndex, Entity, Fact, RelationshipType } from '../../core/index';
import type { PageCompany, PageScan } from '../messages';

export interface CompanyView {
  entity: Entity;
  count: number;
  /** Mentions inside the article body; equal to `count` when the scan does not say. */
  inArticle: number;
  formerNames: string[];
  facts: Fact[];
  /** Its owner, its owner's owner…: empty when no owner is recorded. */
  chain: ControlLink[];
}

export interface PageView {
  /** Companies the article itself names, in the scan's order (most mentioned first). */
  article: CompanyView[];
  /** Companies named only around the article: navigation, teasers, footer. */
  elsewhere: CompanyView[];
  /** Ties between two companies on the page, as full sentences. */
  connections: Fact[];
}

/**
 * `inArticle` is new in the scan message: a scan from an older content
 * script (or one still in storage.session) lacks it, and then every mention
 * counts as in the article, which is how the popup read it before.
 */
export function mentionsInArticle(company: PageCompany): number {
  const value = (company as PageCompany & { inArticle?: unknown }).inArticle;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : company.count;
}

/** What the popup shows for a scan: known companies split by where they appear, facts filtered by the reader's types. */
export function buildPageView(scan: PageScan, index: DatasetIndex, types: ReadonlySet<RelationshipType>): PageView {
  const known = scan.companies.filter((company) => index.entity(company.id));
  const onPage = new Set(known.map((company) => company.id));
  const shown = (fact: Fact) => types.has(fact.relationship.type);
  const views = known.map<CompanyView>((company) => ({
    entity: index.entity(company.id)!,
    count: company.count,
    inArticle: mentionsInArticle(company),
    formerNames: company.formerNames,
    facts: index.factsFor(company.id, onPage).filter(shown),
    chain: index.controlChain(company.id),
  }));
  const connections = index
    .connections(onPage)
    .filter((relationship) => types.has(relationship.type))
    .map((relationship) => index.factsFor(relationship.subject, onPage).find((fact) => fact.relationship === relationship))
    .filter((fact): fact is Fact => fact !== undefined)
    .sort(byImportance);
  return {
    article: views.filter((view) => view.inArticle > 0),
    elsewhere: views.filter((view) => view.inArticle === 0),
    connections,
  };
}

const STATUS_RANK: Record<string, number> = { active: 0, pending: 1, announced: 2, ended: 3, abandoned: 4 };
const TYPE_RANK: Record<string, number> = { 'parent-of': 0, 'owns-stake': 1, acquired: 2, merged: 3, 'invested-in': 4, licensed: 5, partner: 6, 'customer-of': 7 };

/** Ownership before money before partnerships; current before past; newest first. */
function byImportance(a: Fact, b: Fact): number {
  const ra = a.relationship;
  const rb = b.relationship;
  const latest = (fact: Fact) => fact.relationship.end ?? fact.relationship.start ?? '';
  return STATUS_RANK[ra.status] - STATUS_RANK[rb.status] || TYPE_RANK[ra.type] - TYPE_RANK[rb.type] || (latest(b) < latest(a) ? -1 : latest(b) > latest(a) ? 1 : 0);
}
