import { useState } from 'preact/hooks';
import type { Entity, Fact } from '../../core/index';
import { FactItem } from './FactItem';

const FIRST_FACTS = 5;

interface Props {
  entity: Entity;
  count: number;
  formerNames: string[];
  facts: Fact[];
}

export function CompanyCard({ entity, count, formerNames, facts }: Props) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? facts : facts.slice(0, FIRST_FACTS);
  return (
    <li class="company" data-company={entity.id}>
      <div class="company-head">
        <h2 class="company-name">{entity.name}</h2>
        <span class="mentions" title="Mentions on this page">
          {count === 1 ? '1 mention' : `${count} mentions`}
        </span>
      </div>
      {formerNames.length > 0 && <p class="former">formerly {formerNames.join(', ')}</p>}
      {entity.description && <p class="description">{entity.description}</p>}
      {facts.length === 0 ? (
        <p class="empty-facts">No ownership or partnership facts in our dataset yet.</p>
      ) : (
        <ul class="facts">
          {shown.map((fact, index) => (
            <FactItem key={index} fact={fact} />
          ))}
        </ul>
      )}
      {facts.length > FIRST_FACTS && (
        <button type="button" class="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${facts.length} facts`}
        </button>
      )}
    </li>
  );
}
