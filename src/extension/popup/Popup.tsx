import { formatPartialDate } from '../../core/index';
import browser from '../browser-api';
import { datasetIndex } from '../dataset';
import type { PageScan } from '../messages';
import { CompanyCard } from './CompanyCard';
import { FactItem } from './FactItem';
import { useTabScan } from './use-tab-scan';

export function Popup() {
  const view = useTabScan();
  return (
    <div class="popup" data-state={view.state}>
      <header class="popup-header">
        <h1>Stakes</h1>
        <span class="tagline">who owns whom on this page</span>
      </header>
      <main>
        {view.state === 'loading' && <p class="status">Loading…</p>}
        {view.state === 'unreadable' && (
          <div class="status">
            <p class="status-title">Stakes can’t read this page.</p>
            <p>Browser pages, extension stores and built-in viewers are off limits to extensions. Open a news article to see who owns whom.</p>
          </div>
        )}
        {view.state === 'not-scanned' && (
          <div class="status">
            <p class="status-title">This page hasn’t been scanned yet.</p>
            <p>If it was open before Stakes was installed or updated, reload it.</p>
          </div>
        )}
        {view.state === 'scanned' && <PageResults scan={view.scan} />}
      </main>
      <footer class="popup-footer">
        <span class="dataset-version">
          Dataset {datasetIndex.dataset.version} · facts as of {formatPartialDate(datasetIndex.dataset.asOf)}
        </span>
        {view.state !== 'loading' && view.state !== 'unreadable' && !new URLSearchParams(location.search).has('tab') && (
          <button type="button" class="link-button" onClick={() => openInTab(view.tabId)}>
            Open in a tab
          </button>
        )}
      </footer>
    </div>
  );
}

function openInTab(tabId: number) {
  void browser.tabs.create({ url: `${location.pathname}?tab=${tabId}` }).then(() => window.close());
}

function PageResults({ scan }: { scan: PageScan }) {
  const known = scan.companies.filter((company) => datasetIndex.entity(company.id));
  if (known.length === 0) {
    return (
      <div class="status">
        <p class="status-title">No companies found on this page.</p>
        <p>Stakes looks for the companies in its dataset; this page names none of them.</p>
      </div>
    );
  }
  const onPage = new Set(known.map((company) => company.id));
  const connections = datasetIndex.connections(onPage);
  const connectionFacts = connections.map((relationship) => datasetIndex.factsFor(relationship.subject, onPage).find((fact) => fact.relationship === relationship)!);
  return (
    <>
      <p class="summary">
        {known.length === 1 ? '1 company' : `${known.length} companies`} named on this page
      </p>
      {connectionFacts.length > 0 && (
        <section class="connections" aria-labelledby="connections-title">
          <h2 id="connections-title">How they connect</h2>
          <ul class="facts">
            {connectionFacts.map((fact, index) => (
              <FactItem key={index} fact={fact} full />
            ))}
          </ul>
        </section>
      )}
      <ul class="companies" aria-label="Companies on this page">
        {known.map((company) => (
          <CompanyCard
            key={company.id}
            entity={datasetIndex.entity(company.id)!}
            count={company.count}
            formerNames={company.formerNames}
            facts={datasetIndex.factsFor(company.id, onPage)}
          />
        ))}
      </ul>
    </>
  );
}
