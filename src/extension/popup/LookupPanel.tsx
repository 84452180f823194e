import { useEffect, useRef } from 'preact/hooks';
import type { Entity, RelationshipType } from '../../core/index';
import { datasetIndex } from '../dataset';
import { CompanyDetails } from './CompanyDetails';
import { t } from './i18n';

interface Props {
  entity: Entity;
  types: ReadonlySet<RelationshipType>;
  onPage: ReadonlySet<string>;
  tabId?: number;
  onClose: () => void;
}

/** A company looked up by name or picked in the graph: the same view as a page company, shown open. */
export function LookupPanel({ entity, types, onPage, tabId, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'nearest' });
  }, [entity.id]);
  const facts = datasetIndex.factsFor(entity.id, onPage).filter((fact) => types.has(fact.relationship.type));
  return (
    <section class="lookup" data-lookup={entity.id} aria-labelledby="lookup-title">
      <div class="company-head">
        <h2 id="lookup-title" class="company-name" tabIndex={-1} ref={heading}>
          {entity.name}
        </h2>
        <button type="button" class="link-button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <CompanyDetails entity={entity} facts={facts} tabId={tabId} />
    </section>
  );
}
