import {
  ENTITY_KINDS,
  RELATIONSHIP_STATUSES,
  OWNERSHIP_STATUSES,
  RELATIONSHIP_TYPES,
  SOURCE_KINDS,
  type Alias,
  type Amount,
  type Dataset,
  type Entity,
  type NotACompany,
  type Ownership,
  type Relationship,
  type Share,
  type Source,
} from './dataset-types';
import { comparePartialDates, isPartialDate } from './partial-date';
import { expandWikipedia, isWikipediaArticleName, isWikipediaShorthand } from './wikipedia-source';

/** Checks (reading a source and finding the fact in it) began in 2026; an earlier `checked` date is a mistake. */
const CHECKED_SINCE = '2026-01-01';

export interface DatasetProblem {
  file: string;
  /** "entities[3] (meta)" or "relationships[12] (meta owns-stake scale-ai)". */
  entry: string;
  field: string;
  message: string;
  /** Warnings are reported but do not fail the build. */
  severity: 'error' | 'warning';
}

export interface DatasetSourceFile {
  path: string;
  data: unknown;
}

export interface DatasetMeta {
  version: string;
  asOf: string;
}

export interface ValidateOptions {
  /** The build date, YYYY-MM-DD: no source can have been checked after it. Defaults to today (UTC). */
  today?: string;
}

/** Where an entity and its outgoing relationships live: `entities/s/scale-ai.json`. */
export function entityFilePath(id: string): string {
  return `entities/${id.charAt(0)}/${id}.json`;
}

export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file}: ${problem.entry}: ${problem.field}: ${problem.message}`;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QID = /^Q[1-9]\d*$/;
const CURRENCY = /^[A-Z]{3}$/;
const COUNTRY = /^[A-Z]{2}$/;
const TICKER = /^[A-Z]+:[A-Z0-9.-]+$/;

const ENTITY_FIELDS = new Set(['id', 'name', 'kind', 'legalName', 'aliases', 'tickers', 'wikidata', 'website', 'country', 'sector', 'description', 'ownership']);
const OWNERSHIP_FIELDS = new Set(['status', 'listed', 'by', 'sources', 'asOf']);
const ROUND_FIELDS = new Set(['name', 'total', 'led']);
const EXCHANGE = /^[A-Z][A-Z0-9]*$/;
/** A name starts with a letter or a digit: a stray "~" or "?" is an editing accident. */
const NAME_START = /^[\p{L}\p{N}]/u;
const ALIAS_FIELDS = new Set(['name', 'common', 'former', 'from', 'until']);
const RELATIONSHIP_FIELDS = new Set(['subject', 'type', 'object', 'share', 'amount', 'round', 'start', 'end', 'status', 'unconfirmed', 'note', 'sources', 'asOf']);
const SOURCE_FIELDS = new Set(['publisher', 'title', 'date', 'url', 'checked', 'kind']);
const FILE_FIELDS = new Set(['entity', 'entities', 'relationships', 'notCompanies']);
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() === value && value.length > 0;
}

/** An absolute `https:` URL with a host and no spaces; written without `URL`, which the core's ES-only lib lacks. */
const HTTPS_URL = /^https:\/\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d+)?(?:[/?#][^\s]*)?$/i;

export function isHttpsUrl(value: unknown): value is string {
  return typeof value === 'string' && HTTPS_URL.test(value);
}

/** A key that identifies a relationship in messages and duplicate checks. */
export function relationshipKey(relationship: Pick<Relationship, 'subject' | 'type' | 'object' | 'start'>): string {
  return `${relationship.subject} ${relationship.type} ${relationship.object}${relationship.start ? ` ${relationship.start}` : ''}`;
}

/**
 * Checks every source file and the dataset as a whole. Returns all problems at
 * once, so a curator fixes a batch in one pass instead of one error per build.
 */
export function validateDataset(files: DatasetSourceFile[], meta: DatasetMeta, options: ValidateOptions = {}): { dataset: Dataset; problems: DatasetProblem[] } {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems: DatasetProblem[] = [];
  const entityPlaces = new Map<string, { file: string; entry: string }>();
  const entities: Entity[] = [];
  const relationships: Relationship[] = [];
  const entityFile = new Map<string, string>();
  const relationshipPlaces: { relationship: Relationship; file: string; entry: string }[] = [];
  const notCompanies: NotACompany[] = [];

  for (const file of files) {
    const report = (entry: string, field: string, message: string, severity: DatasetProblem['severity'] = 'error') => problems.push({ file: file.path, entry, field, message, severity });
    if (!isRecord(file.data)) {
      report('(file)', '(root)', 'must be an object: {"entity": {...}, "relationships": [...]}');
      continue;
    }
    for (const key of Object.keys(file.data)) {
      if (!FILE_FIELDS.has(key)) report('(file)', key, 'unknown top-level field');
    }
    const fileNotCompanies = file.data.notCompanies ?? [];
    if (!Array.isArray(fileNotCompanies)) report('(file)', 'notCompanies', 'must be an array');
    else
      fileNotCompanies.forEach((raw, index) => {
        const label = `notCompanies[${index}]`;
        if (!isRecord(raw)) return report(label, '(entry)', 'must be {"phrase": ..., "why": ...}');
        if (!isNonEmptyString(raw.phrase)) return report(label, 'phrase', 'required, a non-empty string');
        if (!isNonEmptyString(raw.why)) return report(label, 'why', 'required: say what the phrase names instead');
        notCompanies.push({ phrase: raw.phrase, why: raw.why });
      });
    // An entity file holds one entity and the relationships whose subject it is.
    const single = file.data.entity !== undefined;
    if (single && file.data.entities !== undefined) report('(file)', 'entities', 'a file holds either one "entity" or an "entities" array, not both');
    const fileEntities = single ? [file.data.entity] : (file.data.entities ?? []);
    const fileRelationships = file.data.relationships ?? [];
    let owner: string | undefined;
    if (!Array.isArray(fileEntities)) report('(file)', 'entities', 'must be an array');
    else
      fileEntities.forEach((raw, index) => {
        const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
        const label = single ? `entity${id ? ` (${id})` : ''}` : `entities[${index}]${id ? ` (${id})` : ''}`;
        const entity = checkEntity(raw, (field, message) => report(label, field, message), today);
        if (!entity) return;
        if (single) {
          owner = entity.id;
          const expected = entityFilePath(entity.id);
          if (file.path !== expected && !file.path.endsWith(`/${expected}`)) report(label, 'id', `an entity with id "${entity.id}" lives in ${expected}`);
        }
        const previous = entityFile.get(entity.id);
        if (previous !== undefined) {
          report(label, 'id', `duplicate id "${entity.id}", first defined in ${previous}`);
          return;
        }
        entityFile.set(entity.id, file.path);
        entityPlaces.set(entity.id, { file: file.path, entry: label });
        entities.push(entity);
      });
    if (!Array.isArray(fileRelationships)) report('(file)', 'relationships', 'must be an array');
    else
      fileRelationships.forEach((raw, index) => {
        const label = isRecord(raw) ? `relationships[${index}] (${[raw.subject, raw.type, raw.object].map(String).join(' ')})` : `relationships[${index}]`;
        const relationship = checkRelationship(raw, (field, message) => report(label, field, message), today);
        if (!relationship) return;
        if (single && owner !== undefined && relationship.subject !== owner) {
          report(label, 'subject', `every relationship lives in its subject's file: move it to ${entityFilePath(relationship.subject)}`);
          return;
        }
        relationshipPlaces.push({ relationship, file: file.path, entry: label });
      });
  }

  const seen = new Map<string, string>();
  const activeShares = new Map<string, { total: number; places: string[] }>();
  for (const { relationship, file, entry } of relationshipPlaces) {
    const report = (field: string, message: string, severity: DatasetProblem['severity'] = 'error') => problems.push({ file, entry, field, message, severity });
    let valid = true;
    for (const field of ['subject', 'object'] as const) {
      if (!entityFile.has(relationship[field])) {
        report(field, `unknown entity id "${relationship[field]}"`);
        valid = false;
      }
    }
    if (relationship.subject === relationship.object) {
      report('object', 'a relationship needs two different entities');
      valid = false;
    }
    if (!valid) continue;
    const key = relationshipKey(relationship);
    const duplicate = seen.get(key);
    if (duplicate) {
      report('(entry)', `duplicates ${duplicate}`);
      continue;
    }
    seen.set(key, `${file}: ${entry}`);
    if (relationship.type === 'owns-stake' && relationship.status === 'active' && relationship.share !== undefined) {
      const low = typeof relationship.share === 'number' ? relationship.share : relationship.share.min;
      const bucket = activeShares.get(relationship.object) ?? { total: 0, places: [] };
      bucket.total += low;
      bucket.places.push(`${file}: ${entry}`);
      activeShares.set(relationship.object, bucket);
    }
    relationships.push(relationship);
  }
  for (const [object, { total, places }] of activeShares) {
    if (total > 100 + 1e-9) {
      const [file, ...rest] = places[places.length - 1].split(': ');
      problems.push({
        file,
        entry: rest.join(': '),
        field: 'share',
        message: `active stakes in "${object}" add up to ${total}% (over 100%): ${places.join('; ')}`,
        severity: 'error',
      });
    }
  }
  checkContradictions(
    relationshipPlaces.filter((place) => relationships.includes(place.relationship)),
    problems,
  );
  checkOwnershipStatus(entities, relationships, entityPlaces, problems);
  checkAliasCollisions(entities, entityFile, problems);

  if (!isNonEmptyString(meta.version)) problems.push({ file: 'meta.json', entry: '(file)', field: 'version', message: 'required', severity: 'error' });
  if (!isPartialDate(meta.asOf)) problems.push({ file: 'meta.json', entry: '(file)', field: 'asOf', message: 'must be a date like 2025-11', severity: 'error' });

  return { dataset: { version: meta.version, asOf: meta.asOf, entities, relationships, notCompanies }, problems };
}

type Report = (field: string, message: string) => void;

function checkUnknownFields(raw: Record<string, unknown>, allowed: Set<string>, report: Report, prefix = '') {
  for (const key of Object.keys(raw)) if (!allowed.has(key)) report(prefix + key, 'unknown field');
}

function checkEntity(raw: unknown, report: Report, today: string): Entity | undefined {
  if (!isRecord(raw)) {
    report('(entry)', 'must be an object');
    return undefined;
  }
  const before = problemsCounter(report);
  checkUnknownFields(raw, ENTITY_FIELDS, before.report);
  if (!isNonEmptyString(raw.id) || !ID.test(raw.id)) before.report('id', 'must be a kebab-case slug like "scale-ai"');
  if (!isNonEmptyString(raw.name)) before.report('name', 'required, a non-empty string without surrounding spaces');
  else if (!NAME_START.test(raw.name)) before.report('name', `"${raw.name}" must start with a letter or a digit`);
  if (!ENTITY_KINDS.includes(raw.kind as never)) before.report('kind', `must be one of ${ENTITY_KINDS.join(', ')}`);
  for (const field of ['legalName', 'sector', 'description'] as const) {
    if (raw[field] !== undefined && !isNonEmptyString(raw[field])) before.report(field, 'must be a non-empty string');
  }
  if (raw.wikidata !== undefined && !(typeof raw.wikidata === 'string' && QID.test(raw.wikidata))) before.report('wikidata', 'must be a QID like "Q380"');
  if (raw.website !== undefined && !isHttpsUrl(raw.website)) before.report('website', 'must be an https: URL');
  if (raw.country !== undefined && !(typeof raw.country === 'string' && COUNTRY.test(raw.country))) before.report('country', 'must be an ISO 3166-1 alpha-2 code like "US"');
  if (raw.tickers !== undefined) {
    if (!Array.isArray(raw.tickers)) before.report('tickers', 'must be an array');
    else
      raw.tickers.forEach((ticker, index) => {
        if (!(typeof ticker === 'string' && TICKER.test(ticker))) before.report(`tickers[${index}]`, 'must look like "NASDAQ:META"');
      });
  }
  if (raw.aliases !== undefined) {
    if (!Array.isArray(raw.aliases)) before.report('aliases', 'must be an array');
    else {
      const names = new Set<string>();
      raw.aliases.forEach((alias, index) => {
        const field = `aliases[${index}]`;
        if (!isRecord(alias)) {
          before.report(field, 'must be an object like {"name": "Facebook"}');
          return;
        }
        checkUnknownFields(alias, ALIAS_FIELDS, before.report, `${field}.`);
        if (!isNonEmptyString(alias.name)) before.report(`${field}.name`, 'required, a non-empty string');
        else if (!NAME_START.test(alias.name)) before.report(`${field}.name`, `"${alias.name}" must start with a letter or a digit`);
        else if (names.has(alias.name)) before.report(`${field}.name`, `"${alias.name}" is listed twice`);
        else names.add(alias.name);
        for (const flag of ['common', 'former'] as const) {
          if (alias[flag] !== undefined && alias[flag] !== true) before.report(`${field}.${flag}`, 'must be true or absent');
        }
        for (const date of ['from', 'until'] as const) {
          if (alias[date] !== undefined && !isPartialDate(alias[date])) before.report(`${field}.${date}`, 'must be a date like 2021-10');
        }
        if (isPartialDate(alias.from) && isPartialDate(alias.until) && comparePartialDates(alias.from, alias.until) > 0) {
          before.report(`${field}.until`, 'is before "from"');
        }
      });
    }
  }
  let ownership: Ownership | undefined;
  if (raw.ownership !== undefined) ownership = checkOwnership(raw.ownership, before.report, today);
  if (before.count() > 0) return undefined;
  return (ownership ? { ...raw, ownership } : raw) as unknown as Entity;
}

function checkOwnership(raw: unknown, report: Report, today: string): Ownership | undefined {
  if (!isRecord(raw)) {
    report('ownership', 'must be {"status": "widely-held", ...}');
    return undefined;
  }
  checkUnknownFields(raw, OWNERSHIP_FIELDS, report, 'ownership.');
  if (!OWNERSHIP_STATUSES.includes(raw.status as never)) report('ownership.status', `must be one of ${OWNERSHIP_STATUSES.join(', ')}`);
  if (raw.listed !== undefined) {
    if (!Array.isArray(raw.listed) || raw.listed.length === 0) report('ownership.listed', 'must be a non-empty array of exchange codes like "NYSE"');
    else {
      const listed: unknown[] = raw.listed;
      listed.forEach((code, index) => {
        if (!(typeof code === 'string' && EXCHANGE.test(code))) report(`ownership.listed[${index}]`, 'must be an exchange code like "NYSE" or "LSE"');
        else if (listed.indexOf(code) !== index) report(`ownership.listed[${index}]`, `"${code}" is listed twice`);
      });
    }
  }
  if (raw.status === 'listed') {
    // A listing only: where the shares trade, not who holds them.
    if (raw.listed === undefined) report('ownership.listed', 'listed: say where the shares trade (exchange codes like "NYSE")');
    if (raw.by !== undefined) report('ownership.by', 'listed claims a listing only: record a controller as a relationship or another status');
  }
  if (raw.by !== undefined && !(typeof raw.by === 'string' && ID.test(raw.by))) report('ownership.by', 'must be an entity id');
  if (raw.asOf !== undefined && !isPartialDate(raw.asOf)) report('ownership.asOf', 'must be a date like 2025-11');
  let sources: (Source | undefined)[] | undefined;
  if (raw.sources !== undefined) {
    if (!Array.isArray(raw.sources) || raw.sources.length === 0) report('ownership.sources', 'must be a non-empty array of sources');
    else sources = raw.sources.map((source, index) => checkSource(source, `ownership.sources[${index}]`, report, today));
  }
  return { ...raw, ...(sources ? { sources: sources as Source[] } : {}) } as unknown as Ownership;
}

function checkShare(share: unknown, report: Report) {
  const inRange = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 100;
  if (typeof share === 'number') {
    if (!inRange(share)) report('share', 'must be a percentage above 0 and at most 100');
  } else if (isRecord(share)) {
    checkUnknownFields(share, new Set(['min', 'max']), report, 'share.');
    if (!inRange(share.min)) report('share.min', 'must be a percentage above 0 and at most 100');
    if (!inRange(share.max)) report('share.max', 'must be a percentage above 0 and at most 100');
    if (inRange(share.min) && inRange(share.max) && (share.min as number) >= (share.max as number)) report('share', 'min must be below max');
  } else report('share', 'must be a number or {"min": .., "max": ..}');
}

function checkAmount(amount: unknown, report: Report) {
  if (!isRecord(amount)) {
    report('amount', 'must be {"value": number, "currency": "USD"}');
    return;
  }
  checkUnknownFields(amount, new Set(['value', 'currency', 'approximate']), report, 'amount.');
  if (!(typeof amount.value === 'number' && Number.isFinite(amount.value) && amount.value > 0)) report('amount.value', 'must be a positive number');
  if (!(typeof amount.currency === 'string' && CURRENCY.test(amount.currency))) report('amount.currency', 'must be an ISO 4217 code like "USD"');
  if (amount.approximate !== undefined && amount.approximate !== true) report('amount.approximate', 'must be true or absent');
}

function checkSource(source: unknown, field: string, report: Report, today: string): Source | undefined {
  if (isWikipediaShorthand(source)) {
    if (!isWikipediaArticleName(source.wikipedia)) {
      report(`${field}.wikipedia`, 'must be an article name as in its URL, like "Scale_AI"');
      return undefined;
    }
    return expandWikipedia(source.wikipedia);
  }
  if (!isRecord(source)) {
    report(field, 'must be {"wikipedia": "Article_name"} or an object with publisher and title');
    return undefined;
  }
  let valid = true;
  const fail: Report = (name, message) => {
    valid = false;
    report(name, message);
  };
  checkUnknownFields(source, SOURCE_FIELDS, fail, `${field}.`);
  if (!isNonEmptyString(source.publisher)) fail(`${field}.publisher`, 'required');
  if (!isNonEmptyString(source.title)) fail(`${field}.title`, 'required');
  if (source.date !== undefined && !isPartialDate(source.date)) fail(`${field}.date`, "the page's own publication date, like 2025-06-12 (leave it out if the page has none)");
  if (source.url !== undefined && !isHttpsUrl(source.url)) fail(`${field}.url`, 'must be an https: URL');
  if (source.kind !== undefined && !SOURCE_KINDS.includes(source.kind as never)) fail(`${field}.kind`, `must be one of ${SOURCE_KINDS.join(', ')}`);
  if (source.checked !== undefined) {
    if (!(typeof source.checked === 'string' && FULL_DATE.test(source.checked) && isPartialDate(source.checked))) fail(`${field}.checked`, 'must be the full date the source was read, like 2026-01-15');
    else if (source.checked < CHECKED_SINCE) fail(`${field}.checked`, `is before ${CHECKED_SINCE}: no source was read before the checks began`);
    else if (source.checked > today) fail(`${field}.checked`, `is after today (${today})`);
  }
  return valid ? (source as unknown as Source) : undefined;
}

function checkRelationship(raw: unknown, report: Report, today: string): Relationship | undefined {
  if (!isRecord(raw)) {
    report('(entry)', 'must be an object');
    return undefined;
  }
  const counted = problemsCounter(report);
  const fail = counted.report;
  checkUnknownFields(raw, RELATIONSHIP_FIELDS, fail);
  for (const field of ['subject', 'object'] as const) {
    if (!(typeof raw[field] === 'string' && ID.test(raw[field] as string))) fail(field, 'must be an entity id');
  }
  if (!RELATIONSHIP_TYPES.includes(raw.type as never)) fail('type', `must be one of ${RELATIONSHIP_TYPES.join(', ')}`);
  if (!RELATIONSHIP_STATUSES.includes(raw.status as never)) fail('status', `must be one of ${RELATIONSHIP_STATUSES.join(', ')}`);
  if (raw.share !== undefined) checkShare(raw.share, fail);
  if (raw.share !== undefined && raw.type !== 'owns-stake' && raw.type !== 'acquired' && raw.type !== 'parent-of') {
    fail('share', `a share belongs to owns-stake, parent-of or acquired, not ${String(raw.type)}`);
  }
  if (raw.amount !== undefined) checkAmount(raw.amount, fail);
  if (raw.round !== undefined) {
    if (raw.type !== 'invested-in') fail('round', `a funding round belongs to invested-in, not ${String(raw.type)}`);
    if (!isRecord(raw.round)) fail('round', 'must be {"name": "Series J", "total": {...}, "led": true}');
    else {
      const round = raw.round;
      checkUnknownFields(round, ROUND_FIELDS, fail, 'round.');
      if (round.name !== undefined && !isNonEmptyString(round.name)) fail('round.name', 'must be a non-empty string like "Series J"');
      if (round.led !== undefined && round.led !== true) fail('round.led', 'must be true or absent');
      if (round.total !== undefined) checkAmount(round.total, (field, message) => fail(`round.${field === 'amount' ? 'total' : field.replace(/^amount\./, 'total.')}`, message));
      const total = round.total;
      const amount = raw.amount;
      if (isRecord(total) && isRecord(amount) && typeof total.value === 'number' && typeof amount.value === 'number') {
        if (total.currency !== amount.currency) fail('round.total', `is in ${String(total.currency)}, the amount in ${String(amount.currency)}: give both in one currency`);
        else if (amount.value > total.value) fail('amount', `the subject's own amount cannot exceed the round's total (${total.value})`);
      }
    }
  }
  for (const field of ['start', 'end'] as const) {
    if (raw[field] !== undefined && !isPartialDate(raw[field])) fail(field, 'must be a date like 2025-06');
  }
  if (isPartialDate(raw.start) && isPartialDate(raw.end) && comparePartialDates(raw.start, raw.end) > 0) fail('end', `is before start (${raw.start})`);
  if (raw.end !== undefined && raw.status === 'active') fail('status', 'an entry with an end date cannot be active');
  if (raw.unconfirmed !== undefined && raw.unconfirmed !== true) fail('unconfirmed', 'must be true or absent');
  if (raw.note !== undefined && !(isNonEmptyString(raw.note) && raw.note.length <= 80)) fail('note', 'must be a short phrase (at most 80 characters)');
  if (!isPartialDate(raw.asOf)) fail('asOf', 'required, the date the fact was last checked, like 2025-11');
  let sources: (Source | undefined)[] = [];
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) fail('sources', 'at least one source is required');
  else sources = raw.sources.map((source, index) => checkSource(source, `sources[${index}]`, fail, today));
  if (isPartialDate(raw.asOf) && isPartialDate(raw.start) && comparePartialDates(raw.start, raw.asOf) > 0) fail('asOf', `is before start (${raw.start})`);
  return counted.count() === 0 ? ({ ...raw, sources: sources as Source[] } as unknown as Relationship) : undefined;
}

function problemsCounter(report: Report) {
  let count = 0;
  return {
    report: (field: string, message: string) => {
      count++;
      report(field, message);
    },
    count: () => count,
  };
}

interface Placed {
  relationship: Relationship;
  file: string;
  entry: string;
}

/** `a` is known to be strictly before `b`. */
const before = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && comparePartialDates(a, b) < 0;

const describe = (place: Placed) => `${place.file}: ${place.entry}${place.relationship.start ? ` from ${place.relationship.start}` : ''}${place.relationship.end ? ` to ${place.relationship.end}` : ''}`;

/** Owns all of its object: an active `acquired`, or an active `parent-of` / `owns-stake` of 100%. */
function ownsAll(relationship: Relationship): boolean {
  if (relationship.status !== 'active') return false;
  if (relationship.type === 'acquired') return true;
  return (relationship.type === 'parent-of' || relationship.type === 'owns-stake') && shareAtLeast(relationship.share) === 100;
}

/**
 * Facts that cannot all hold at once: a tie both active and ended, a stake
 * shown after its sale, two owners of all of one company, an investment
 * beside a stake that was sold. Each error is reported on the active fact,
 * the one a reader would otherwise see as current.
 */
function checkContradictions(placed: Placed[], problems: DatasetProblem[]) {
  const report = (place: Placed, field: string, message: string) => problems.push({ file: place.file, entry: place.entry, field, message, severity: 'error' });
  const byPair = new Map<string, Placed[]>();
  for (const place of placed) {
    const key = `${place.relationship.subject} ${place.relationship.object}`;
    byPair.set(key, [...(byPair.get(key) ?? []), place]);
  }
  for (const pair of byPair.values()) {
    const active = pair.filter((place) => place.relationship.status === 'active');
    const ended = pair.filter((place) => place.relationship.status === 'ended');
    for (const now of active) {
      const a = now.relationship;
      for (const past of ended) {
        const e = past.relationship;
        // A re-acquisition: the old tie ended before the current one began.
        if (e.end !== undefined && a.start !== undefined && comparePartialDates(e.end, a.start) <= 0 && (before(e.end, a.start) || e.end.length === a.start.length)) continue;
        if (e.type === a.type) {
          report(now, 'status', `is active, but the same ${a.type} is ended in ${describe(past)}: mark one ended, or give the dates of a re-acquisition`);
        } else if ((e.type === 'owns-stake' || e.type === 'acquired') && (a.type === 'owns-stake' || a.type === 'acquired') && e.end !== undefined) {
          report(now, 'status', `is active, but the stake was sold: ${describe(past)} ended after this one started`);
        } else if (e.type === 'owns-stake' && a.type === 'invested-in' && e.end !== undefined) {
          report(now, 'status', `is active, but the stake it bought was sold: ${describe(past)} ended after this investment started`);
        }
      }
    }
  }
  const whole = new Map<string, Placed[]>();
  for (const place of placed) if (ownsAll(place.relationship)) whole.set(place.relationship.object, [...(whole.get(place.relationship.object) ?? []), place]);
  for (const owners of whole.values()) {
    for (let i = 1; i < owners.length; i++) {
      const now = owners[i];
      const other = owners.slice(0, i).find((place) => place.relationship.subject !== now.relationship.subject);
      if (other) report(now, 'status', `"${now.relationship.object}" cannot be wholly owned by both "${now.relationship.subject}" and "${other.relationship.subject}" (${describe(other)}): mark the stale one ended`);
    }
  }
}

/** The low end of a share: what a stake is known to be at least. */
function shareAtLeast(share: Share | undefined): number | undefined {
  return share === undefined ? undefined : typeof share === 'number' ? share : share.min;
}

/** An active fact that says another entity controls the object: `parent-of`, `acquired`, or a stake of 50% or more. */
export function isControllingFact(relationship: Relationship): boolean {
  if (relationship.status !== 'active') return false;
  if (relationship.type === 'parent-of' || relationship.type === 'acquired') return true;
  return relationship.type === 'owns-stake' && (shareAtLeast(relationship.share) ?? 0) >= 50;
}

function checkOwnershipStatus(entities: Entity[], relationships: Relationship[], places: Map<string, { file: string; entry: string }>, problems: DatasetProblem[]) {
  const ids = new Set(entities.map((entity) => entity.id));
  const controllers = new Map<string, Relationship[]>();
  for (const relationship of relationships) {
    if (!isControllingFact(relationship)) continue;
    controllers.set(relationship.object, [...(controllers.get(relationship.object) ?? []), relationship]);
  }
  for (const entity of entities) {
    const ownership = entity.ownership;
    if (!ownership) continue;
    const place = places.get(entity.id) ?? { file: '?', entry: `entity (${entity.id})` };
    const report = (field: string, message: string, severity: DatasetProblem['severity'] = 'error') => problems.push({ ...place, field, message, severity });
    if (ownership.by !== undefined && !ids.has(ownership.by)) report('ownership.by', `unknown entity id "${ownership.by}"`);
    if (ownership.by === entity.id) report('ownership.by', 'an entity cannot control itself');
    if ((ownership.status === 'state-owned' || ownership.status === 'family-controlled') && ownership.by === undefined) {
      report('ownership.by', `${ownership.status}: say by whom (the entity id of the state or family)`, 'warning');
    }
    if (ownership.status === 'widely-held') {
      const control = (controllers.get(entity.id) ?? []).filter((relationship) => relationship.subject !== entity.id);
      if (control.length) report('ownership.status', `is widely-held, but ${control.map((r) => relationshipKey(r)).join('; ')} says it has a controlling owner`);
    }
  }
}

/**
 * Two entities answering to the same name make a detected mention ambiguous;
 * the matcher then picks one, so curators must see every such pair.
 */
function checkAliasCollisions(entities: Entity[], entityFile: Map<string, string>, problems: DatasetProblem[]) {
  const owners = new Map<string, string>();
  for (const entity of entities) {
    for (const label of entityLabels(entity)) {
      const key = label.name.toLocaleLowerCase('en');
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, entity.id);
      else if (owner !== entity.id) {
        problems.push({
          file: entityFile.get(entity.id) ?? '?',
          entry: `entities (${entity.id})`,
          field: 'aliases',
          message: `"${label.name}" is also a name of "${owner}"`,
          severity: 'warning',
        });
      }
    }
  }
}

/** Every name an entity answers to: its display name, its legal name and its aliases, flags merged. */
export function entityLabels(entity: Entity): Alias[] {
  const labels = new Map<string, Alias>();
  const add = (alias: Alias) => {
    const existing = labels.get(alias.name);
    labels.set(alias.name, existing ? { ...existing, ...alias } : { ...alias });
  };
  add({ name: entity.name });
  if (entity.legalName) add({ name: entity.legalName });
  for (const alias of entity.aliases ?? []) add(alias);
  return [...labels.values()];
}

export type { Amount, Share, Source };
