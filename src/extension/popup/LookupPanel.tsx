import { useEffect, useRef } from 'preact/hooks';
import type { RelationshipType, SearchHit } from '../../core/index';
import { CompanyDetails } from './CompanyDetails';
import { t } from '../shared/i18n';
import { useDatasetIndex } from '../shared/use-dataset';

interface Props {
  entity: SearchHit;
  types: ReadonlySet<RelationshipType>;
  onPage: ReadonlySet<string>;
  tabId?: number;
  onClose: () => void;
}

/** A company looked up by name or picked in the graph: the same view as a page company, shown open. */
export function LookupPanel({ entity: hit, types, onPage, tabId, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [hit.id]);
  const index = useDatasetIndex([hit.id]);
  const entity = index?.entity(hit.id);
  const facts = entity ? index!.factsFor(entity.id, onPage).filter((fact) => types.has(fact.relationship.type)) : [];
  return (
    <section class="lookup" data-lookup={hit.id} aria-labelledby="lookup-title">
      <div class="company-head">
        <h2 id="lookup-title" class="company-name" tabIndex={-1} ref={heading}>
          {hit.name}
        </h2>
        <button type="button" class="link-button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {entity ? <CompanyDetails entity={entity} facts={facts} nameOf={index!.nameOf} chain={index!.controlChain(entity.id)} tabId={tabId} /> : <p class="lookup-loading" aria-busy="true" />}
    </section>
  );
}
