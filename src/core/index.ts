/**
 * The engine of Stakes: dataset schema and validation, the matcher, and
 * relationship sentences. Pure TypeScript with no DOM and no browser API, so
 * the extension, the CLI, the tests and the benchmarks all run this same code.
 */
export * from './dataset-types';
export { validateDataset, formatProblem, entityLabels, isHttpsUrl, relationshipKey, type DatasetProblem, type DatasetSourceFile, type DatasetMeta } from './validate-dataset';
export { compileNameTable, NameFlag, type NameTable, type IsOrdinaryWord } from './name-table';
export { Matcher, resolveCandidates, type Mention, type Candidate } from './matcher';
export { compileNameIndex, INDEX_FORMAT } from './name-index';
export { renderRelationship, renderWhen, type Perspective, type NameOf } from './render-relationship';
export { formatAmount, formatShare } from './format-figures';
export { formatPartialDate, isPartialDate, comparePartialDates } from './partial-date';
export { DatasetIndex, type Fact } from './dataset-index';
export { foldText, comparableName } from './fold-text';
export { summarizeMentions, type CompanyMentions, type NameLookup } from './summarize-mentions';
export { extractHtmlText, decodeEntities } from './extract-html-text';
export { canonicalizeDatasetFile } from './canonical-json';
export { reviewWikidataResult, slugify, type SparqlResult, type ImportReview, type ProposedRelationship } from './wikidata-import';
