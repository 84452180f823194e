import { RELATIONSHIP_TYPES, type RelationshipType } from '../../core/index';
import type { MessageKey } from '../shared/message-format';
import { t } from '../shared/i18n';

const LABELS: Record<RelationshipType, MessageKey> = {
  'owns-stake': 'typeOwnsStake',
  'parent-of': 'typeParentOf',
  acquired: 'typeAcquired',
  'invested-in': 'typeInvestedIn',
  partner: 'typePartner',
  'customer-of': 'typeCustomerOf',
  licensed: 'typeLicensed',
  merged: 'typeMerged',
};

export function RelationshipTypesField({ value, onChange }: { value: RelationshipType[]; onChange: (types: RelationshipType[]) => void }) {
  return (
    <fieldset class="types">
      <legend>{t('optionsTypesTitle')}</legend>
      <p class="hint">{t('optionsTypesHint')}</p>
      {RELATIONSHIP_TYPES.map((type) => (
        <label key={type} class="checkbox">
          <input type="checkbox" name="relationship-type" value={type} checked={value.includes(type)} onChange={(event) => onChange(event.currentTarget.checked ? [...value, type] : value.filter((entry) => entry !== type))} />
          {t(LABELS[type])}
        </label>
      ))}
    </fieldset>
  );
}
