/**
 * The engine of Stakes: dataset schema and validation, the matcher, and
 * relationship sentences. Pure TypeScript with no DOM and no browser API, so
 * the extension, the CLI, the tests and the benchmarks all run this same code.
 */
export * from './dataset-types';
export { validateDataset, formatProblem, entityLabels, entityFilePath, isControllingFact, isHttpsUrl, relationshipKey, type DatasetProblem, type DatasetSourceFile, type DatasetMeta, type ValidateOptions } from './validate-dataset';
export { expandWikipedia, compactSource, isWikipediaShorthand, WIKIPEDIA_URL, type WikipediaShorthand } from './wikipedia-source';
export { compileNameTable, NameFlag, type NameTable, type IsOrdinaryWord } from './name-table';
export { Matcher, resolveCandidates, type Mention, type Candidate } from './matcher';
export { compileNameIndex, INDEX_FORMAT } from './name-index';
export { renderRelationship, renderWhen, type Perspective, type NameOf } from './render-relationship';
export {
  describeRelationship,
  describeWhen,
  sentenceKey,
  roundKey,
  roundPhraseKey,
  allRelationshipMessageKeys,
  FACT_ARGUMENTS,
  ROUND_ARGUMENTS,
  WHEN_ARGUMENTS,
  type RelationshipMessage,
  type RoundMessage,
  type WhenMessage,
} from './relationship-message';
export { formatAmount, formatShare, roundToTenth } from './format-figures';
export { formatPartialDate, isPartialDate, comparePartialDates } from './partial-date';
export { DatasetIndex, type Fact } from './dataset-index';
export { foldText, comparableName } from './fold-text';
export { summarizeMentions, type CompanyMentions, type NameLookup } from './summarize-mentions';
export { canonicalizeDatasetFile } from './canonical-json';
export { describeOwnership, factIsChecked, lastChecked, sourcesByStrength } from './ownership';
export { reviewWikidataResult, slugify, type SparqlResult, type ImportReview, type ProposedRelationship } from './wikidata-import';
export { compileStore, shardOf, STORE_FORMAT, type StoreMeta, type StoreShard, type EntityRecord, type SearchIndexData, type NeighbourEntry } from './compiled-store';
export { StoreReader, NameSearch, type StoreLoader, type SearchHit } from './store-reader';
export { controlChain, ownerOf, MIN_OWNER_SHARE, type ControlLink } from './control-chain';
export { datasetChangelog, formatChangelog, CHANGELOG_FIELDS, type DatasetChangelog, type ChangedRelationship, type RenamedEntity, type ChangelogField } from './dataset-changelog';
