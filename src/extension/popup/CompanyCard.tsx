import { useState } from 'preact/hooks';
import browser from '../browser-api';
import { request, type MentionPosition } from '../messages';
import type { CompanyView } from './page-view';
import { CompanyDetails } from './CompanyDetails';
import { locale, t, tCount } from '../shared/i18n';
import { ownershipLine } from './ownership-line';

interface Props {
  company: CompanyView;
  expanded: boolean;
  onToggle: () => void;
  tabId: number;
  nameOf: (id: string) => string;
  /** Render the collapsed facts too (after the first paint; always once opened). */
  withDetails?: boolean;
}

/**
 * One company on the page: its name as a disclosure button, its facts below.
 * Collapsed facts stay in the document (hidden), so the list is searchable
 * with the browser's find and a screen reader's view matches the screen.
 * "Show on page" scrolls the tab to the company's first mention and flashes
 * it; then previous and next step through the others.
 */
export function CompanyCard({ company, expanded, onToggle, tabId, nameOf, withDetails = true }: Props) {
  const { entity } = company;
  const owned = ownershipLine(entity, company.chain, nameOf, t, locale);
  const bodyId = `company-${entity.id}`;
  // undefined: not asked yet; null: the page has no such mention now (or cannot be reached).
  const [position, setPosition] = useState<MentionPosition | null>();
  const show = async (index: number) => {
    const reply = await request((message) => browser.tabs.sendMessage(tabId, message), 'popup→content:show-mention', { id: entity.id, index });
    setPosition(reply && reply.total > 0 ? reply : null);
  };
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
      {owned && <p class="ownership">{owned}</p>}
      <div class="mention-nav">
        <button type="button" class="link-button show-on-page" onClick={() => void show(0)}>
          {t('showOnPage')}
          <span class="visually-hidden">: {entity.name}</span>
        </button>
        {position && position.total > 1 && (
          <button type="button" class="link-button previous-mention" aria-label={t('previousMention')} title={t('previousMention')} onClick={() => void show(position.index - 1)}>
            ‹
          </button>
        )}
        {position && (
          <span class="mention-position" role="status">
            {t('mentionPosition', position.index + 1, position.total)}
          </span>
        )}
        {position && position.total > 1 && (
          <button type="button" class="link-button next-mention" aria-label={t('nextMention')} title={t('nextMention')} onClick={() => void show(position.index + 1)}>
            ›
          </button>
        )}
        {position === null && (
          <span class="mention-position" role="status">
            {t('mentionNotFound')}
          </span>
        )}
      </div>
      <div id={bodyId} class="company-body" hidden={!expanded}>
        {(withDetails || expanded) && <CompanyDetails entity={entity} formerNames={company.formerNames} facts={company.facts} nameOf={nameOf} chain={company.chain} tabId={tabId} />}
      </div>
    </li>
  );
}
