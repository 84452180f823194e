import { datasetIndex } from '../dataset';
import { formatNumber, formatPartialDateIntl } from '../popup/format';
import { locale, t } from '../popup/i18n';

const TOP_PUBLISHERS = 8;

/** What the bundled dataset holds and where its facts come from, so a reader can judge what they are shown. */
export function DatasetDetails() {
  const { dataset } = datasetIndex;
  const byPublisher = new Map<string, number>();
  for (const relationship of dataset.relationships) for (const source of relationship.sources) byPublisher.set(source.publisher, (byPublisher.get(source.publisher) ?? 0) + 1);
  const publishers = [...byPublisher.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const detectable = dataset.entities.filter((entity) => entity.kind === 'company' || entity.kind === 'outlet' || entity.kind === 'fund').length;
  const number = (value: number) => formatNumber(value, locale);
  return (
    <section class="dataset" aria-labelledby="dataset-title">
      <h2 id="dataset-title">{t('optionsDatasetTitle')}</h2>
      <dl class="dataset-facts">
        <dt>{t('optionsDatasetVersion')}</dt>
        <dd>{dataset.version}</dd>
        <dt>{t('optionsDatasetAsOf')}</dt>
        <dd>{formatPartialDateIntl(dataset.asOf, locale)}</dd>
        <dt>{t('optionsDatasetEntities')}</dt>
        <dd>{t('optionsDatasetEntitiesValue', number(dataset.entities.length), number(detectable))}</dd>
        <dt>{t('optionsDatasetRelationships')}</dt>
        <dd>{number(dataset.relationships.length)}</dd>
        <dt>{t('optionsDatasetSources')}</dt>
        <dd>{t('optionsDatasetSourcesValue', number(publishers.length))}</dd>
      </dl>
      <h3>{t('optionsDatasetTopSources')}</h3>
      <ul class="publishers">
        {publishers.slice(0, TOP_PUBLISHERS).map(([publisher, count]) => (
          <li key={publisher}>{t('optionsDatasetPublisherCount', publisher, number(count))}</li>
        ))}
      </ul>
      <h3>{t('optionsDatasetLicenceTitle')}</h3>
      <p>{t('optionsDatasetLicence')}</p>
      <p>{t('optionsDatasetPrivacy')}</p>
    </section>
  );
}
