import type { CompanyView } from './page-view';
import { CompanyDetails } from './CompanyDetails';
import { tCount } from './i18n';

interface Props {
  company: CompanyView;
  expanded: boolean;
  onToggle: () => void;
  tabId: number;
}

/**
 * One company on the page: its name as a disclosure button, its facts below.
 * Collapsed facts stay in the document (hidden), so the list is searchable
 * with the browser's find and a screen reader's view matches the screen.
 */
export function CompanyCard({ company, expanded, onToggle, tabId }: Props) {
  const { entity } = company;
  const bodyId = `company-${entity.id}`;
  return (
    <li class="company" data-company={entity.id}>
      <div class="company-head">
        <h3 class="company-name">
          <button type="button" class="disclosure" aria-expanded={expanded} aria-controls={bodyId} onClick={onToggle}>
            {entity.name}
          </button>
        </h3>
        <span class="mentions">{tCount('mentions', company.count)}</span>
      </div>
      <div id={bodyId} class="company-body" hidden={!expanded}>
        <CompanyDetails entity={entity} formerNames={company.formerNames} facts={company.facts} tabId={tabId} />
      </div>
    </li>
  );
}
