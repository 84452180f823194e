import { useState } from 'preact/hooks';
import type { ControlLink, Entity, Fact, NameOf } from '../../core/index';
import { FactItem } from './FactItem';
import { locale, t, tCount } from '../shared/i18n';
import { chainText } from './ownership-line';
import { openReport } from './open-report';

const FIRST_FACTS = 5;

interface Props {
  entity: Entity;
  formerNames?: string[];
  facts: Fact[];
  /** Names the other side of each fact. */
  nameOf: NameOf;
  /** Its owners up the chain; shown when there is more than one step to show. */
  chain?: readonly ControlLink[];
  tabId?: number;
}

/** A company's description and facts, the same under a page company and a looked-up one. */
export function CompanyDetails({ entity, formerNames = [], facts, nameOf, chain = [], tabId }: Props) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? facts : facts.slice(0, FIRST_FACTS);
  return (
    <>
      {formerNames.length > 0 && <p class="former">{t('formerly', formerNames.join(', '))}</p>}
      {entity.description && <p class="description">{entity.description}</p>}
      {chain.length > 1 && (
        <p class="chain">
          {`${t('ownChainLabel')} `}
          {chainText(entity, chain, locale)}
        </p>
      )}
      {facts.length === 0 ? (
        <p class="empty-facts">{t('noFacts')}</p>
      ) : (
        <ul class="facts">
          {shown.map((fact, index) => (
            <FactItem key={index} fact={fact} nameOf={nameOf} />
          ))}
        </ul>
      )}
      <div class="company-actions">
        {facts.length > FIRST_FACTS && (
          <button type="button" class="link-button" onClick={() => setShowAll(!showAll)}>
            {showAll ? t('showFewer') : t('showAllFacts', tCount('facts', facts.length))}
          </button>
        )}
        <button type="button" class="link-button report-company" onClick={() => openReport({ tabId, companyId: entity.id })}>
          {t('reportCompany')}
        </button>
      </div>
    </>
  );
}
