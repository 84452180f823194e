import { formatNumber, formatPartialDateIntl } from '../shared/format';
import { locale, t } from '../shared/i18n';
import { useStoreMeta } from '../shared/use-dataset';
import { DatasetChanges } from './DatasetChanges';

/** What the bundled dataset holds and where its facts come from, so a reader can judge what they are shown. */
export function DatasetDetails() {
  const meta = useStoreMeta();
  if (!meta) return null;
  const detectable = (meta.kinds.company ?? 0) + (meta.kinds.outlet ?? 0) + (meta.kinds.fund ?? 0);
  const number = (value: number) => formatNumber(value, locale);
  return (
    <section class="dataset" aria-labelledby="dataset-title">
      <h2 id="dataset-title">{t('optionsDatasetTitle')}</h2>
      <dl class="dataset-facts">
        <dt>{t('optionsDatasetVersion')}</dt>
        <dd>{meta.version}</dd>
        <dt>{t('optionsDatasetAsOf')}</dt>
        <dd>{formatPartialDateIntl(meta.asOf, locale)}</dd>
        <dt>{t('optionsDatasetEntities')}</dt>
        <dd>{t('optionsDatasetEntitiesValue', number(meta.entities), number(detectable))}</dd>
        <dt>{t('optionsDatasetRelationships')}</dt>
        <dd>{number(meta.relationships)}</dd>
        <dt>{t('optionsDatasetSources')}</dt>
        <dd>{t('optionsDatasetSourcesValue', number(meta.publishers.count))}</dd>
      </dl>
      <DatasetChanges />
      <h3>{t('optionsDatasetTopSources')}</h3>
      <ul class="publishers">
        {meta.publishers.top.map(([publisher, count]) => (
          <li key={publisher}>{t('optionsDatasetPublisherCount', publisher, number(count))}</li>
        ))}
      </ul>
      <h3>{t('optionsDatasetLicenceTitle')}</h3>
      <p>{t('optionsDatasetLicence')}</p>
      <p>{t('optionsDatasetPrivacy')}</p>
    </section>
  );
}
