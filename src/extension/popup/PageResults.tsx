import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DatasetIndex, RelationshipType } from '../../core/index';
import type { SearchHit } from '../../core/index';
import type { PageScan } from '../messages';
import { CompanyCard } from './CompanyCard';
import { ConnectionGraph } from './ConnectionGraph';
import { CopyButtons } from './CopyButtons';
import { pageAsMarkdown, pageAsText } from './copy-text';
import { FactItem } from './FactItem';
import { buildGraph, type Graph } from './graph-model';
import { canvasMeasure } from './measure-text';
import { locale, t, tCount } from '../shared/i18n';
import { buildPageView, type CompanyView } from './page-view';
import { StatusMessage } from './StatusMessage';
import { SEARCH_INPUT_ID } from './SearchBox';
import { useDatasetIndex } from '../shared/use-dataset';

interface Props {
  scan: PageScan;
  tabId: number;
  url: string;
  types: ReadonlySet<RelationshipType>;
  onLookup: (entity: SearchHit) => void;
}

const EMPTY_GRAPH: Graph = { nodes: [], edges: [], width: 0, height: 0 };

/** The strongest ties first; the rest one click away, so the companies stay in view. */
const FIRST_CONNECTIONS = 5;

/** Marks when the first results are on screen (read by `npm run bench`). */
export const FIRST_RESULTS_MARK = 'stakes:first-results';

/** The page's companies, once their records are loaded from the store. */
export function PageResults(props: Props) {
  const ids = useMemo(() => props.scan.companies.map((company) => company.id), [props.scan]);
  const index = useDatasetIndex(ids);
  if (!index) return <StatusMessage title={t('stateLoadingTitle')} />;
  return <LoadedPageResults {...props} index={index} />;
}

function LoadedPageResults({ scan, tabId, url, types, onLookup, index }: Props & { index: DatasetIndex }) {
  const view = useMemo(() => buildPageView(scan, index, types), [scan, types, index]);
  const all = [...view.article, ...view.elsewhere];
  const measure = useMemo(canvasMeasure, []);
  // The list paints first; the drawing and the collapsed facts follow a task later (first results in a busy popup come sooner).
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), 0);
    return () => clearTimeout(timer);
  }, []);
  const graph = useMemo(
    () =>
      settled
        ? buildGraph(
            all.map((company) => company.entity.id),
            index,
            types,
            locale,
            t,
            measure,
          )
        : EMPTY_GRAPH,
    [view, settled],
  );
  useEffect(() => {
    if (performance.getEntriesByName(FIRST_RESULTS_MARK).length === 0) performance.mark(FIRST_RESULTS_MARK);
  }, []);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string>();
  const [showAllConnections, setShowAllConnections] = useState(false);

  // After a graph node is picked and its card has opened, bring the card into view and focus its button.
  useEffect(() => {
    if (!selected) return;
    const button = document.querySelector<HTMLButtonElement>(`[data-company="${CSS.escape(selected)}"] .disclosure`);
    button?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    button?.focus({ preventScroll: true });
    setSelected(undefined);
  }, [selected]);

  if (all.length === 0) {
    return (
      <StatusMessage title={t('stateNoneTitle')} action={{ label: t('stateNoneAction'), onClick: () => document.getElementById(SEARCH_INPUT_ID)?.focus() }}>
        {t('stateNoneText')}
      </StatusMessage>
    );
  }

  const toggle = (id: string) => {
    const next = new Set(expanded);
    if (!next.delete(id)) next.add(id);
    setExpanded(next);
  };
  const select = (id: string) => {
    if (!all.some((company) => company.entity.id === id)) {
      const entity = index.entity(id);
      if (entity) onLookup(entity);
      return;
    }
    setExpanded(new Set([...expanded, id]));
    setSelected(id);
  };
  const copyContext = { pageUrl: url, datasetVersion: index.dataset.version, asOf: index.dataset.asOf, locale, t, nameOf: index.nameOf };
  const list = (companies: CompanyView[], title: string, className: string) =>
    companies.length > 0 && (
      <section class={`company-group ${className}`} aria-labelledby={`${className}-title`}>
        <h2 id={`${className}-title`} class="group-title">
          {title}
        </h2>
        <ul class="companies">
          {companies.map((company) => (
            <CompanyCard key={company.entity.id} company={company} expanded={expanded.has(company.entity.id)} onToggle={() => toggle(company.entity.id)} tabId={tabId} nameOf={index.nameOf} withDetails={settled} />
          ))}
        </ul>
      </section>
    );

  return (
    <>
      <p class="summary">{t('summary', tCount('companies', all.length))}</p>
      {(view.connections.length > 0 || graph.nodes.length > 0) && (
        <section class="connections" aria-labelledby="connections-title">
          <h2 id="connections-title">{t('connectionsTitle')}</h2>
          {view.connections.length > 0 && (
            <ul class="facts" aria-label={t('connectionsListLabel')}>
              {view.connections.map((fact, i) => (
                <FactItem key={i} fact={fact} nameOf={index.nameOf} full hidden={!showAllConnections && i >= FIRST_CONNECTIONS} />
              ))}
            </ul>
          )}
          {view.connections.length > FIRST_CONNECTIONS && (
            <button type="button" class="link-button" aria-expanded={showAllConnections} onClick={() => setShowAllConnections(!showAllConnections)}>
              {showAllConnections ? t('showFewer') : t('showAllFacts', tCount('facts', view.connections.length))}
            </button>
          )}
          {graph.nodes.length > 0 && <ConnectionGraph graph={graph} onSelect={select} />}
        </section>
      )}
      <CopyButtons text={() => pageAsText(view, copyContext)} markdown={() => pageAsMarkdown(view, copyContext)} />
      {list(view.article, t('companiesInArticle'), 'in-article')}
      {list(view.elsewhere, t('alsoOnThisPage'), 'also-on-page')}
    </>
  );
}
