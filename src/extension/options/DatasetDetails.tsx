import { formatPartialDate } from '../../core/index';
import { datasetIndex } from '../dataset';

/** What the bundled dataset holds, so a reader can judge what they are shown. */
export function DatasetDetails() {
  const { dataset } = datasetIndex;
  const publishers = new Set(dataset.relationships.flatMap((relationship) => relationship.sources.map((source) => source.publisher)));
  return (
    <div class="popup options">
      <header class="popup-header">
        <h1>Stakes</h1>
        <span class="tagline">settings and dataset</span>
      </header>
      <section>
        <h2>Dataset</h2>
        <dl class="dataset-facts">
          <dt>Version</dt>
          <dd>{dataset.version}</dd>
          <dt>Facts as of</dt>
          <dd>{formatPartialDate(dataset.asOf)}</dd>
          <dt>Companies and owners</dt>
          <dd>{dataset.entities.length}</dd>
          <dt>Relationships</dt>
          <dd>{dataset.relationships.length}</dd>
          <dt>Sources cited</dt>
          <dd>{publishers.size} publishers</dd>
        </dl>
        <p>Everything Stakes shows comes from this dataset, bundled in the extension. It reads pages in your browser and sends nothing anywhere.</p>
      </section>
    </div>
  );
}
