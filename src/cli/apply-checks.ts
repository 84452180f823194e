import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  RELATIONSHIP_STATUSES,
  RELATIONSHIP_TYPES,
  SOURCE_KINDS,
  canonicalizeDatasetFile,
  compactSource,
  comparePartialDates,
  entityFilePath,
  expandWikipedia,
  formatProblem,
  isHttpsUrl,
  isPartialDate,
  isWikipediaShorthand,
  relationshipKey,
  validateDataset,
  type DatasetFile,
  type Entity,
  type Relationship,
  type Source,
} from '../core/index';
import { DATA_DIR, loadDataset } from '../build/dataset-files';

/**
 * Merges fact-check files (the format of /work/checks/INSTRUCTIONS.md: `checks[]`
 * with a key, a verdict, fields to `set` and the `sources` that were read;
 * `newFacts[]`; `newEntities[]`) into the entity files. Check records come
 * from other people's work, so every record is validated first and a
 * malformed one is rejected with the file and index, without stopping the
 * run. Applying the same files twice changes nothing the second time.
 */

export const VERDICTS = ['confirmed', 'corrected', 'ended', 'wrong', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Fields a check may set; `null` removes one. Identity (subject, type, object) and sources are not set this way. */
export const SETTABLE_FIELDS = ['share', 'amount', 'round', 'start', 'end', 'status', 'unconfirmed', 'note'] as const;

/** The file of decisions taken after the checks (contradictions resolved from the check comments); applied last. */
export const RESOLUTIONS_SLICE = 'resolutions';
export const CHECKS_DIR = 'checks';

const SOURCE_FIELDS = new Set(['publisher', 'title', 'date', 'url', 'checked', 'kind']);
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CHECKED_SINCE = '2026-01-01';

export interface CheckFileInput {
  /** Shown in messages: the file's name. */
  name: string;
  data: unknown;
}

export type Outcome =
  | 'applied' // confirmed, corrected or ended, merged into a relationship
  | 'removed' // wrong: the relationship was deleted
  | 'absent' // wrong, and no such relationship (already removed)
  | 'unverified'
  | 'unmatched'
  | 'ambiguous'
  | 'rejected';

export interface RecordResult {
  file: string;
  /** "checks[12]", "newFacts[3]", "newEntities[0]". */
  record: string;
  verdict?: string;
  key?: string;
  outcome: Outcome | 'added' | 'merged' | 'exists' | 'conflict' | 'withheld';
  /** The record changed the dataset in this run. */
  changed: boolean;
  message?: string;
}

export interface ApplyResult {
  results: RecordResult[];
  /** Paths (relative to the data folder) of entity files written or created. */
  changedFiles: string[];
  /** The newest month a fact was confirmed in ("2026-12"), if any. */
  newestMonth?: string;
  /** Sources left out of records that were applied: plain `http:` addresses. */
  droppedSources: { file: string; record: string; key: string; dropped: string[] }[];
  /** Slice name → the input it came from, for the record in src/data/checks/. */
  slices: { name: string; slice: string }[];
}

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const json = (value: unknown) => JSON.stringify(value);
/** A value as written to a file: keys sorted, Wikipedia citations in their shorthand; for telling whether a record changed anything. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => {
    const compact = compactSource(item);
    if (!isRecord(compact)) return compact;
    return Object.fromEntries(
      Object.keys(compact)
        .sort()
        .map((key) => [key, compact[key]]),
    );
  });

/** The problems of one source a check says was read, or [] when it is well-formed. */
export function checkedSourceProblems(source: unknown, today: string): string[] {
  if (!isRecord(source)) return ['must be an object with publisher, title, url, checked and kind'];
  const problems: string[] = [];
  for (const key of Object.keys(source)) if (!SOURCE_FIELDS.has(key)) problems.push(`${key}: unknown field`);
  for (const field of ['publisher', 'title'] as const) {
    const value = source[field];
    if (!(typeof value === 'string' && value.trim() === value && value.length > 0)) problems.push(`${field}: required, a non-empty string`);
  }
  if (!isHttpsUrl(source.url)) problems.push(`url: must be the https: address of the page that was read (got ${json(source.url)})`);
  const checked = source.checked;
  if (!(typeof checked === 'string' && FULL_DATE.test(checked) && isPartialDate(checked))) problems.push(`checked: must be the real date the page was read, like 2026-12-04 (got ${json(checked)})`);
  else if (checked < CHECKED_SINCE) problems.push(`checked: ${checked} is before the checks began (${CHECKED_SINCE})`);
  else if (checked > today) problems.push(`checked: ${checked} is after today (${today})`);
  if (!SOURCE_KINDS.includes(source.kind as never)) problems.push(`kind: must be one of ${SOURCE_KINDS.join(', ')} (got ${json(source.kind)})`);
  if (source.date !== undefined && !isPartialDate(source.date)) problems.push(`date: must be the page's own date like 2025-06-12 (got ${json(source.date)})`);
  return problems;
}

const sourceUrl = (source: unknown): string | undefined => {
  if (isWikipediaShorthand(source)) return expandWikipedia(source.wikipedia).url;
  return isRecord(source) && typeof source.url === 'string' ? source.url : undefined;
};

/**
 * The sources of a record that can be applied. A source whose one fault is a
 * plain `http:` address is left out (the page was read, but the dataset links
 * only `https:`), and named in `dropped`; any other fault goes to `problems`,
 * which rejects the record.
 */
export function usableSources(sources: unknown[], today: string, problems: string[]): { kept: Source[]; dropped: string[] } {
  const kept: Source[] = [];
  const dropped: string[] = [];
  sources.forEach((source, at) => {
    const faults = checkedSourceProblems(source, today);
    if (!faults.length) kept.push(source as Source);
    else if (faults.every((fault) => fault.startsWith('url:')) && isRecord(source) && typeof source.url === 'string' && source.url.startsWith('http://')) {
      dropped.push(`sources[${at}] ${source.url}`);
    } else for (const fault of faults) problems.push(`sources[${at}].${fault}`);
  });
  return { kept, dropped };
}

/** Adds sources, one per url: a read copy of a source already cited but unread replaces it (gaining `checked`, `date`); a source already read is kept. */
export function mergeSources(existing: unknown[], incoming: Source[]): unknown[] {
  const out = [...existing];
  for (const source of incoming) {
    const index = out.findIndex((old) => sourceUrl(old) === source.url);
    if (index < 0) out.push(source);
    else {
      const old = isWikipediaShorthand(out[index]) ? expandWikipedia((out[index] as { wikipedia: string }).wikipedia) : (out[index] as Source);
      // A page already recorded as read keeps its first record (gaining only a date it lacked); an unread citation becomes the read copy.
      out[index] = old.checked ? { ...old, ...(old.date === undefined && source.date !== undefined ? { date: source.date } : {}) } : { ...old, ...source };
    }
  }
  return out;
}

/** Validates one relationship on its own (fields, dates, sources), with stand-in entities for its ends. */
function relationshipProblems(relationship: Loose, today: string): string[] {
  const ends = [relationship.subject, relationship.object].filter((id): id is string => typeof id === 'string');
  const entities = [...new Set(ends)].map((id) => ({ id, name: 'x', kind: 'company' }));
  const { problems } = validateDataset([{ path: 'check', data: { entities, relationships: [relationship] } }], { version: 'check', asOf: '2026-01' }, { today });
  return problems.filter((problem) => problem.severity === 'error' && problem.entry.startsWith('relationships')).map((problem) => `${problem.field}: ${problem.message}`);
}

function entityProblems(entity: unknown, today: string): string[] {
  const { problems } = validateDataset([{ path: 'check', data: { entities: [entity] } }], { version: 'check', asOf: '2026-01' }, { today });
  return problems.filter((problem) => problem.severity === 'error' && problem.field !== 'ownership.by').map((problem) => `${problem.field}: ${problem.message}`);
}

/** The dataset's entity files, keyed by path ("entities/m/meta.json"), as parsed. */
export type EntityFiles = Map<string, DatasetFile>;

interface ParsedCheck {
  file: string;
  record: string;
  verdict: Verdict;
  key: { subject: string; type: string; object: string; start?: string };
  set: Loose;
  sources: Source[];
  month: string;
  comment?: string;
}

const keyText = (key: { subject: string; type: string; object: string; start?: string }) => relationshipKey(key as Relationship);

/**
 * Applies the check files, in order, to the entity files (changed in place).
 * Records are matched against the dataset as it was before this run, so the
 * order of records does not matter; two records on one fact that disagree
 * about a field set neither, and a `wrong` beside a confirmation removes nothing.
 */
export function applyChecks(files: EntityFiles, inputs: CheckFileInput[], options: { today: string }): ApplyResult {
  const { today } = options;
  const results: RecordResult[] = [];
  const changed = new Set<string>();
  const slices: ApplyResult['slices'] = [];
  let newestMonth: string | undefined;
  const noteMonth = (month: string) => {
    if (newestMonth === undefined || month > newestMonth) newestMonth = month;
  };

  const entityPath = (id: string) => entityFilePath(id);
  const relationshipsOf = (id: string): Loose[] => {
    const file = files.get(entityPath(id));
    return file ? ((file.relationships ??= []) as unknown as Loose[]) : [];
  };

  // 0. Entities two check files added under different ids: the resolutions file names the one to keep.
  const sameAs = new Map<string, { file: string; record: string; as: string; why: string }>();
  for (const input of inputs) {
    if (!isRecord(input.data) || !Array.isArray(input.data.sameAs)) continue;
    input.data.sameAs.forEach((raw: unknown, index: number) => {
      const record = `sameAs[${index}]`;
      if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.as !== 'string' || typeof raw.why !== 'string' || raw.id === raw.as) {
        results.push({ file: input.name, record, outcome: 'rejected', changed: false, message: 'must be {"id": the duplicate, "as": the id to keep, "why": "..."}' });
        return;
      }
      sameAs.set(raw.id, { file: input.name, record, as: raw.as, why: raw.why });
    });
  }
  const canonicalId = (id: unknown) => (typeof id === 'string' ? (sameAs.get(id)?.as ?? id) : id);

  // 1. Parse and validate every record.
  const parsed: ParsedCheck[] = [];
  const newFacts: { file: string; record: string; data: Loose; month: string }[] = [];
  const newEntities: { file: string; record: string; data: Loose }[] = [];
  const withheld: { file: string; record: string; key: ParsedCheck['key']; why: string }[] = [];
  const droppedSources: { file: string; record: string; key: string; dropped: string[] }[] = [];
  const ownershipChanges: { file: string; record: string; entity: string; set: Loose | null; why: string }[] = [];
  const websites: { file: string; record: string; entity: string; website: string; why: string }[] = [];
  for (const input of inputs) {
    const reject = (record: string, message: string, extra: Partial<RecordResult> = {}) => results.push({ file: input.name, record, outcome: 'rejected', changed: false, message, ...extra });
    if (!isRecord(input.data)) {
      reject('(file)', 'must be an object {"slice", "checks", "newFacts", "newEntities"}');
      continue;
    }
    const data = input.data;
    const slice = typeof data.slice === 'string' && /^[a-z0-9-]+$/.test(data.slice) ? data.slice : basename(input.name).replace(/\.json$/, '');
    slices.push({ name: input.name, slice });
    const fileMonth = typeof data.checkedOn === 'string' && isPartialDate(data.checkedOn) ? data.checkedOn.slice(0, 7) : today.slice(0, 7);
    for (const [field, list] of [
      ['checks', data.checks],
      ['newFacts', data.newFacts],
      ['newEntities', data.newEntities],
    ] as const) {
      if (list !== undefined && !Array.isArray(list)) reject(field, 'must be an array');
    }
    (Array.isArray(data.withheld) ? data.withheld : []).forEach((raw: unknown, index: number) => {
      const record = `withheld[${index}]`;
      const key = isRecord(raw) ? raw.key : undefined;
      if (!isRecord(raw) || !isRecord(key) || typeof key.subject !== 'string' || typeof key.type !== 'string' || typeof key.object !== 'string' || typeof raw.why !== 'string')
        return reject(record, 'must be {"key": {subject, type, object, start?}, "why": "..."}');
      withheld.push({ file: input.name, record, key: key as ParsedCheck['key'], why: raw.why });
    });
    (Array.isArray(data.ownership) ? data.ownership : []).forEach((raw: unknown, index: number) => {
      const record = `ownership[${index}]`;
      if (!isRecord(raw) || typeof raw.entity !== 'string' || !('set' in raw) || typeof raw.why !== 'string') return reject(record, 'must be {"entity": id, "set": {ownership} or null, "why": "..."}');
      if (raw.set !== null) {
        const problems = entityProblems({ id: raw.entity, name: 'x', kind: 'company', ownership: raw.set }, today);
        if (problems.length) return reject(record, problems.join('; '), { key: raw.entity });
      }
      ownershipChanges.push({ file: input.name, record, entity: raw.entity, set: raw.set as Loose | null, why: raw.why });
    });
    // An outlet's website, read on a page that shows it: how the popup knows who owns the site being read.
    (Array.isArray(data.websites) ? data.websites : []).forEach((raw: unknown, index: number) => {
      const record = `websites[${index}]`;
      if (!isRecord(raw) || typeof raw.entity !== 'string' || typeof raw.website !== 'string' || !isRecord(raw.source) || typeof raw.why !== 'string')
        return reject(record, 'must be {"entity": id, "website": "https://…", "source": {publisher, title, url, checked, kind}, "why": "..."}');
      const website = raw.website;
      if (!/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\/?$/.test(website)) return reject(record, `website: "${website}" is not an https: address of a site's home page`, { key: raw.entity });
      const source = raw.source;
      if (typeof source.url !== 'string' || !source.url.startsWith('https://') || typeof source.checked !== 'string') return reject(record, 'source: needs the https: url of the page read and the date it was read (checked)', { key: raw.entity });
      websites.push({ file: input.name, record, entity: raw.entity, website: website.replace(/\/$/, ''), why: raw.why });
    });
    (Array.isArray(data.checks) ? data.checks : []).forEach((raw: unknown, index: number) => {
      const record = `checks[${index}]`;
      if (!isRecord(raw)) return reject(record, 'must be an object {key, verdict, set, sources, comment}');
      const key = raw.key;
      const verdict = raw.verdict;
      const label = isRecord(key) ? keyText(key as ParsedCheck['key']) : undefined;
      const problems: string[] = [];
      if (!isRecord(key)) problems.push('key: must be {subject, type, object, start?}');
      else {
        for (const field of ['subject', 'object'] as const) if (!(typeof key[field] === 'string' && key[field])) problems.push(`key.${field}: must be an entity id`);
        if (!RELATIONSHIP_TYPES.includes(key.type as never)) problems.push(`key.type: must be one of ${RELATIONSHIP_TYPES.join(', ')}`);
        if (key.start !== undefined && !isPartialDate(key.start)) problems.push('key.start: must be a date like 2025-06');
        for (const field of Object.keys(key)) if (!['subject', 'type', 'object', 'start'].includes(field)) problems.push(`key.${field}: unknown field`);
      }
      if (!VERDICTS.includes(verdict as never)) problems.push(`verdict: must be one of ${VERDICTS.join(', ')} (got ${json(verdict)})`);
      const set = raw.set ?? {};
      if (!isRecord(set)) problems.push('set: must be an object of fields to change');
      else {
        for (const field of Object.keys(set)) if (!SETTABLE_FIELDS.includes(field as never)) problems.push(`set.${field}: not a field a check may set (${SETTABLE_FIELDS.join(', ')})`);
        if (set.status !== undefined && set.status !== null && !RELATIONSHIP_STATUSES.includes(set.status as never)) problems.push(`set.status: must be one of ${RELATIONSHIP_STATUSES.join(', ')}`);
        if (set.status === null) problems.push('set.status: cannot be removed');
      }
      const given = raw.sources ?? [];
      let sources: unknown[] = [];
      let dropped: string[] = [];
      if (!Array.isArray(given)) problems.push('sources: must be an array');
      else ({ kept: sources, dropped } = usableSources(given, today, problems));
      const applies = verdict === 'confirmed' || verdict === 'corrected' || verdict === 'ended';
      if (applies && Array.isArray(given) && sources.length === 0)
        problems.push(given.length ? `sources: none left once the plain-http ones are left out (${dropped.join('; ')})` : `sources: a ${String(verdict)} check must cite the page that was read`);
      if (problems.length) return reject(record, problems.join('; '), { verdict: String(verdict), key: label });
      if (dropped.length) droppedSources.push({ file: input.name, record, key: label ?? record, dropped });
      const months = (sources as Source[]).map((source) => source.checked!.slice(0, 7));
      const month = months.length ? months.sort().at(-1)! : fileMonth;
      parsed.push({
        file: input.name,
        record,
        verdict: verdict as Verdict,
        key: key as ParsedCheck['key'],
        set: set as Loose,
        sources: sources as Source[],
        month,
        comment: typeof raw.comment === 'string' ? raw.comment : undefined,
      });
    });
    (Array.isArray(data.newEntities) ? data.newEntities : []).forEach((raw: unknown, index: number) => {
      const record = `newEntities[${index}]`;
      const problems = entityProblems(raw, today);
      if (problems.length || !isRecord(raw)) return reject(record, problems.join('; ') || 'must be an entity object', { key: isRecord(raw) ? String(raw.id) : undefined });
      const duplicate = sameAs.get(String(raw.id));
      if (duplicate) {
        results.push({ file: input.name, record, key: String(raw.id), outcome: 'exists', changed: false, message: `the same entity as "${duplicate.as}" (${basename(duplicate.file)} ${duplicate.record}): ${duplicate.why}` });
        return;
      }
      newEntities.push({ file: input.name, record, data: raw });
    });
    (Array.isArray(data.newFacts) ? data.newFacts : []).forEach((given: unknown, index: number) => {
      const record = `newFacts[${index}]`;
      if (!isRecord(given)) return reject(record, 'must be a relationship object');
      let raw: Loose = sameAs.has(String(given.subject)) || sameAs.has(String(given.object)) ? { ...given, subject: canonicalId(given.subject), object: canonicalId(given.object) } : given;
      const label = keyText(raw as ParsedCheck['key']);
      const problems: string[] = [];
      const { kept: sources, dropped } = usableSources(Array.isArray(raw.sources) ? raw.sources : [], today, problems);
      if (Array.isArray(raw.sources) && raw.sources.length && !sources.length) problems.push(`sources: none left once the plain-http ones are left out (${dropped.join('; ')})`);
      raw = { ...raw, sources };
      problems.push(...relationshipProblems(raw, today).filter((problem) => !problem.startsWith('sources')));
      if (problems.length) return reject(record, [...new Set(problems)].join('; '), { key: label });
      if (dropped.length) droppedSources.push({ file: input.name, record, key: label, dropped });
      const months = (sources as Source[]).map((source) => source.checked!.slice(0, 7));
      newFacts.push({ file: input.name, record, data: raw, month: months.sort().at(-1) ?? fileMonth });
    });
  }

  // 2. New entities first, so new facts may name them.
  for (const item of newEntities) {
    const id = String(item.data.id);
    const path = entityPath(id);
    const existing = files.get(path);
    if (existing) {
      const same = canonicalizeDatasetFile({ entity: existing.entity, relationships: [] }) === canonicalizeDatasetFile({ entity: item.data as unknown as Entity, relationships: [] });
      results.push({ file: item.file, record: item.record, key: id, outcome: 'exists', changed: false, message: same ? 'already in the dataset' : `an entity "${id}" exists already (${path}); skipped, compare by hand` });
      continue;
    }
    files.set(path, { entity: item.data as unknown as Entity, relationships: [] });
    changed.add(path);
    results.push({ file: item.file, record: item.record, key: id, outcome: 'added', changed: true });
  }

  // 3. Match every check against the relationships as they are now; a key that
  // matches none may name a fact another file adds (step 5), so it waits.
  const matched = new Map<Loose, ParsedCheck[]>();
  const deferred: { check: ParsedCheck; result: RecordResult }[] = [];
  for (const check of parsed) {
    const label = keyText(check.key);
    const candidates = relationshipsOf(check.key.subject).filter((r) => r.type === check.key.type && r.object === check.key.object);
    let found = candidates.filter((r) => r.start === check.key.start);
    // Already applied in an earlier run: the check moved the start.
    if (!found.length && typeof check.set.start === 'string') found = candidates.filter((r) => r.start === check.set.start);
    if (!found.length && candidates.length === 1) found = candidates;
    const base = { file: check.file, record: check.record, verdict: check.verdict, key: label, changed: false };
    if (found.length === 0) {
      if (check.verdict === 'wrong') deferred.push({ check, result: { ...base, outcome: 'absent', message: 'no such relationship (already removed?)' } });
      else
        deferred.push({
          check,
          result: {
            ...base,
            outcome: 'unmatched',
            message: !candidates.length
              ? 'no such relationship in the dataset'
              : check.key.start === undefined
                ? `${candidates.length} relationships match; give the start (${candidates.map((r) => r.start ?? '(none)').join(', ')})`
                : `no relationship with this start; the dataset has ${candidates.map((r) => r.start ?? '(no start)').join(', ')}`,
          },
        });
      continue;
    }
    if (found.length > 1) {
      results.push({ ...base, outcome: 'ambiguous', message: `${found.length} relationships match; give the start` });
      continue;
    }
    matched.set(found[0], [...(matched.get(found[0]) ?? []), check]);
  }

  // 4. Apply, one relationship at a time.
  const applyGroup = (relationship: Loose, checks: ParsedCheck[]) => {
    const path = entityPath(String(relationship.subject));
    const file = files.get(path)!;
    const before = stable(relationship);
    const confirming = checks.filter((check) => check.verdict !== 'wrong' && check.verdict !== 'unverified');
    const wrong = checks.filter((check) => check.verdict === 'wrong');
    for (const check of checks.filter((c) => c.verdict === 'unverified')) {
      results.push({ file: check.file, record: check.record, verdict: check.verdict, key: keyText(check.key), outcome: 'unverified', changed: false, message: check.comment });
    }
    if (wrong.length && confirming.length) {
      for (const check of wrong)
        results.push({
          file: check.file,
          record: check.record,
          verdict: check.verdict,
          key: keyText(check.key),
          outcome: 'conflict',
          changed: false,
          message: `not removed: ${confirming.map((c) => `${c.file} ${c.record} (${c.verdict})`).join(', ')} found it holds`,
        });
    } else if (wrong.length) {
      const list = file.relationships as unknown as Loose[];
      list.splice(list.indexOf(relationship), 1);
      changed.add(path);
      wrong.forEach((check, index) => results.push({ file: check.file, record: check.record, verdict: check.verdict, key: keyText(check.key), outcome: 'removed', changed: index === 0, message: check.comment }));
      return;
    }
    // Fields two records set differently are left alone; of two dates where one
    // only refines the other ("2026-02" and "2026-02-02"), the precise one is set.
    const disputed = new Set<string>();
    const wanted = new Map<string, unknown>();
    for (const check of confirming) {
      const set = { ...check.set, ...(check.verdict === 'ended' && check.set.status === undefined ? { status: 'ended' } : {}) };
      for (const [field, value] of Object.entries(set)) {
        if (!wanted.has(field)) {
          wanted.set(field, value);
          continue;
        }
        const previous = wanted.get(field);
        if (json(previous) === json(value)) continue;
        if ((field === 'start' || field === 'end') && isPartialDate(previous) && isPartialDate(value) && comparePartialDates(previous, value) === 0) {
          wanted.set(field, value.length > previous.length ? value : previous);
        } else disputed.add(field);
      }
    }
    for (const check of confirming) {
      const set = { ...check.set, ...(check.verdict === 'ended' && check.set.status === undefined ? { status: 'ended' } : {}) };
      const next: Loose = { ...relationship };
      for (const [field, value] of Object.entries(set)) {
        if (disputed.has(field)) continue;
        if (value === null) delete next[field];
        else next[field] = wanted.get(field);
      }
      next.sources = mergeSources((next.sources as unknown[]) ?? [], check.sources);
      if (typeof next.asOf !== 'string' || comparePartialDates(next.asOf, check.month) < 0 || next.asOf.length < check.month.length) next.asOf = check.month;
      const problems = relationshipProblems(next, today);
      const base = { file: check.file, record: check.record, verdict: check.verdict, key: keyText(check.key) };
      if (problems.length) {
        results.push({ ...base, outcome: 'rejected', changed: false, message: `the fact would become invalid: ${problems.join('; ')}` });
        continue;
      }
      const was = stable(relationship);
      for (const field of Object.keys(relationship)) delete relationship[field];
      Object.assign(relationship, next);
      noteMonth(check.month);
      const message = disputed.size ? `not set (records disagree): ${[...disputed].join(', ')}` : undefined;
      results.push({ ...base, outcome: disputed.size ? 'conflict' : 'applied', changed: was !== stable(relationship), ...(message ? { message } : {}) });
    }
    if (stable(relationship) !== before) changed.add(path);
  };
  for (const [relationship, checks] of matched) applyGroup(relationship, checks);

  // 5. New facts: added to the subject's file, or merged into the same fact.
  const addedFacts: Loose[] = [];
  for (const fact of newFacts) {
    const label = keyText(fact.data as ParsedCheck['key']);
    const base = { file: fact.file, record: fact.record, key: label };
    const subject = String(fact.data.subject);
    const path = entityPath(subject);
    const file = files.get(path);
    const missing = [fact.data.subject, fact.data.object].filter((id) => !files.has(entityPath(String(id))));
    if (!file || missing.length) {
      results.push({ ...base, outcome: 'rejected', changed: false, message: `unknown entity id ${missing.map((id) => `"${String(id)}"`).join(', ')}` });
      continue;
    }
    const hold = withheld.find((w) => w.key.subject === fact.data.subject && w.key.type === fact.data.type && w.key.object === fact.data.object && w.key.start === fact.data.start);
    if (hold) {
      results.push({ ...base, outcome: 'withheld', changed: false, message: `withheld (${basename(hold.file)} ${hold.record}): ${hold.why}` });
      continue;
    }
    const list = (file.relationships ??= []) as unknown as Loose[];
    const same = list.find((r) => r.type === fact.data.type && r.object === fact.data.object && r.start === fact.data.start) ?? sameFact(list, fact.data);
    if (same) {
      const was = stable(same);
      same.sources = mergeSources((same.sources as unknown[]) ?? [], fact.data.sources as Source[]);
      if (typeof same.asOf !== 'string' || comparePartialDates(same.asOf, fact.month) < 0) same.asOf = fact.month;
      const differs = SETTABLE_FIELDS.filter((field) => json(same[field]) !== json(fact.data[field]));
      if (was !== stable(same)) changed.add(path);
      results.push({ ...base, outcome: 'merged', changed: was !== stable(same), message: differs.length ? `equivalent fact exists; sources merged, fields kept as they were (differ: ${differs.join(', ')})` : undefined });
      continue;
    }
    const added = { ...fact.data };
    list.push(added);
    addedFacts.push(added);
    changed.add(path);
    noteMonth(fact.month);
    results.push({ ...base, outcome: 'added', changed: true });
  }

  // 5b. Checks of facts that step 5 added (a later round checking an earlier round's new fact).
  const late = new Map<Loose, ParsedCheck[]>();
  for (const { check, result } of deferred) {
    const found = addedFacts.filter((r) => r.subject === check.key.subject && r.type === check.key.type && r.object === check.key.object && (r.start === check.key.start || (check.set.start !== undefined && r.start === check.set.start)));
    if (found.length === 1) late.set(found[0], [...(late.get(found[0]) ?? []), check]);
    else results.push(result);
  }
  for (const [relationship, checks] of late) applyGroup(relationship, checks);

  // 6. Ownership statuses the merged facts made untrue (decided in the resolutions file).
  for (const change of ownershipChanges) {
    const path = entityPath(change.entity);
    const file = files.get(path);
    const base = { file: change.file, record: change.record, key: change.entity };
    if (!file?.entity) {
      results.push({ ...base, outcome: 'unmatched', changed: false, message: `no entity "${change.entity}"` });
      continue;
    }
    const was = stable(file.entity.ownership);
    if (change.set === null) delete file.entity.ownership;
    else file.entity.ownership = change.set as unknown as Entity['ownership'];
    const now = stable(file.entity.ownership);
    if (was !== now) changed.add(path);
    results.push({ ...base, outcome: 'applied', changed: was !== now, message: change.why });
  }

  // 7. Websites of outlets: set where the entity has none; a different one already there is a conflict to settle by hand.
  for (const site of websites) {
    const path = entityPath(site.entity);
    const file = files.get(path);
    const base = { file: site.file, record: site.record, key: site.entity };
    if (!file?.entity) {
      results.push({ ...base, outcome: 'unmatched', changed: false, message: `no entity "${site.entity}"` });
      continue;
    }
    if (file.entity.website === site.website) {
      results.push({ ...base, outcome: 'merged', changed: false, message: site.why });
      continue;
    }
    if (file.entity.website !== undefined) {
      results.push({ ...base, outcome: 'conflict', changed: false, message: `has the website ${file.entity.website}; the page read shows ${site.website}` });
      continue;
    }
    file.entity.website = site.website;
    changed.add(path);
    results.push({ ...base, outcome: 'applied', changed: true, message: site.why });
  }

  return { results, changedFiles: [...changed].sort(), newestMonth, slices, droppedSources };
}

/**
 * The one fact of the same subject, type and object that a new fact restates
 * with a start only as precise ("2026-01" for "2026-01-27") or missing, the
 * same status and no other share or amount: two helpers reporting one deal.
 */
function sameFact(list: Loose[], fact: Loose): Loose | undefined {
  const compatibleStart = (a: unknown, b: unknown) => a === undefined || b === undefined || (typeof a === 'string' && typeof b === 'string' && comparePartialDates(a, b) === 0);
  const agrees = (a: unknown, b: unknown) => a === undefined || b === undefined || json(a) === json(b);
  const found = list.filter(
    (r) =>
      r.type === fact.type &&
      r.object === fact.object &&
      r.status === fact.status &&
      compatibleStart(r.start, fact.start) &&
      // An investor often joins several rounds: a round is the same only with a start to show it.
      (fact.type !== 'invested-in' || (r.start !== undefined && fact.start !== undefined)) &&
      agrees(r.share, fact.share) &&
      agrees(r.amount, fact.amount) &&
      agrees(isRecord(r.round) ? r.round.name : undefined, isRecord(fact.round) ? fact.round.name : undefined),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** Reads check files; the resolutions file (if any) goes last, the rest in name order. */
export function readCheckFiles(paths: string[]): { inputs: CheckFileInput[]; errors: string[] } {
  const inputs: CheckFileInput[] = [];
  const errors: string[] = [];
  for (const path of [...paths].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))) {
    try {
      inputs.push({ name: path, data: JSON.parse(readFileSync(path, 'utf8')) });
    } catch (error) {
      errors.push(`${path}: ${(error as Error).message}`);
    }
  }
  return { inputs, errors };
}

const rank = (path: string) => (basename(path) === `${RESOLUTIONS_SLICE}.json` ? 1 : 0);

/** A summary of a run: counts per file and verdict, then every record that was not applied as written. */
export function formatApplyLog(result: ApplyResult, date: string): string {
  const lines = [`# apply-checks ${date}`, ''];
  const byFile = new Map<string, RecordResult[]>(result.slices.map(({ name }) => [name, []]));
  for (const item of result.results) byFile.set(item.file, [...(byFile.get(item.file) ?? []), item]);
  const count = (items: RecordResult[], test: (item: RecordResult) => boolean) => items.filter(test).length;
  for (const [file, items] of byFile) {
    const checks = items.filter((item) => item.record.startsWith('checks'));
    lines.push(`## ${basename(file)}`);
    for (const verdict of VERDICTS) {
      const of = checks.filter((item) => item.verdict === verdict);
      if (!of.length) continue;
      const outcomes = [...new Set(of.map((item) => item.outcome))].map((outcome) => `${outcome} ${count(of, (item) => item.outcome === outcome)}`);
      lines.push(`- ${verdict}: ${of.length} (${outcomes.join(', ')})`);
    }
    const unparsed = count(checks, (item) => item.verdict === undefined || !VERDICTS.includes(item.verdict as Verdict));
    if (unparsed) lines.push(`- without a valid verdict: ${unparsed}`);
    for (const kind of ['newFacts', 'newEntities', 'withheld', 'ownership', 'sameAs', 'websites']) {
      const of = items.filter((item) => item.record.startsWith(kind));
      if (!of.length) continue;
      const outcomes = [...new Set(of.map((item) => item.outcome))].map((outcome) => `${outcome} ${count(of, (item) => item.outcome === outcome)}`);
      lines.push(`- ${kind}: ${of.length} (${outcomes.join(', ')})`);
    }
    lines.push(`- changed the dataset in this run: ${count(items, (item) => item.changed)}`, '');
  }
  const section = (title: string, test: (item: RecordResult) => boolean) => {
    const items = result.results.filter(test);
    if (!items.length) return;
    lines.push(`## ${title} (${items.length})`);
    for (const item of items) lines.push(`- ${basename(item.file)} ${item.record}${item.key ? ` (${item.key})` : ''}: ${item.message ?? item.outcome}`);
    lines.push('');
  };
  section('Rejected records', (item) => item.outcome === 'rejected');
  if (result.droppedSources.length) {
    lines.push(`## Sources left out: plain http: addresses (${result.droppedSources.length} records, applied with their other sources)`);
    for (const item of result.droppedSources) lines.push(`- ${basename(item.file)} ${item.record} (${item.key}): ${item.dropped.join('; ')}`);
    lines.push('');
  }
  section('Unmatched keys', (item) => item.outcome === 'unmatched' || item.outcome === 'ambiguous');
  section('Conflicts between records', (item) => item.outcome === 'conflict');
  section('Removed as wrong', (item) => item.outcome === 'removed' || item.outcome === 'absent');
  section('Unverified (left as they were)', (item) => item.outcome === 'unverified');
  section('New entities not created', (item) => item.outcome === 'exists');
  section('New facts withheld', (item) => item.outcome === 'withheld');
  section('Duplicate entities (sameAs)', (item) => item.record.startsWith('sameAs') || item.message?.startsWith('the same entity as') === true);
  section('Ownership statuses changed', (item) => item.record.startsWith('ownership'));
  section('Websites', (item) => item.record.startsWith('websites') && item.outcome !== 'applied');
  section('New facts merged into an existing fact', (item) => item.outcome === 'merged' && item.message !== undefined);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The entity files of a data folder, as parsed. */
export function readEntityFiles(dir = DATA_DIR): EntityFiles {
  const { files } = loadDataset(dir);
  return new Map(files.filter((file) => file.path.startsWith('entities/')).map((file) => [file.path, file.data as DatasetFile]));
}

/**
 * `stakes apply-checks <file.json>...`: merges the check files into the data
 * folder, copies each into `checks/<slice>.json` as the record of what was
 * looked up, writes `checks/apply-log.md`, and moves meta.json's `asOf` to
 * the newest month a fact was confirmed in. `--dry-run` writes nothing.
 */
export function runApplyChecks(args: string[], dir = DATA_DIR, today = new Date().toISOString().slice(0, 10)): number {
  const dryRun = args.includes('--dry-run');
  let paths = args.filter((arg) => !arg.startsWith('--'));
  if (!paths.length) {
    console.error('Usage: stakes apply-checks [--dry-run] <checks.json>...');
    return 2;
  }
  const resolutions = join(dir, CHECKS_DIR, `${RESOLUTIONS_SLICE}.json`);
  if (existsSync(resolutions) && !paths.some((path) => basename(path) === `${RESOLUTIONS_SLICE}.json`)) paths = [...paths, resolutions];
  const { inputs, errors } = readCheckFiles(paths);
  for (const error of errors) console.error(`error: ${error}`);
  const files = readEntityFiles(dir);
  const result = applyChecks(files, inputs, { today });
  const log = formatApplyLog(result, today);
  console.log(log);
  if (!dryRun) {
    for (const path of result.changedFiles) {
      const file = files.get(path)!;
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), canonicalizeDatasetFile(file));
    }
    mkdirSync(join(dir, CHECKS_DIR), { recursive: true });
    for (const { name, slice } of result.slices) {
      const target = join(dir, CHECKS_DIR, `${slice}.json`);
      if (name !== target) copyFileSync(name, target);
    }
    writeFileSync(join(dir, CHECKS_DIR, 'apply-log.md'), log);
    const metaPath = join(dir, 'meta.json');
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { version: string; asOf: string };
    if (result.newestMonth && comparePartialDates(meta.asOf, result.newestMonth) < 0) {
      meta.asOf = result.newestMonth;
      writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`);
    }
    console.log(`Wrote ${result.changedFiles.length} entity file(s); copied ${result.slices.length} check file(s) to ${CHECKS_DIR}/.`);
  }
  // Tell the curator what the validator now thinks of the merged data.
  const { problems } = loadDatasetFromFiles(files);
  const errorsAfter = problems.filter((problem) => problem.severity === 'error');
  if (errorsAfter.length) {
    console.log(`\nThe merged data has ${errorsAfter.length} error(s); resolve each from the check comments (${CHECKS_DIR}/${RESOLUTIONS_SLICE}.json):`);
    for (const problem of errorsAfter) console.log(`  ${formatProblem(problem)}`);
  }
  return errors.length ? 1 : 0;
}

/** Validates entity files held in memory (as the loader would read them). */
export function loadDatasetFromFiles(files: EntityFiles, today = new Date().toISOString().slice(0, 10)) {
  return validateDataset(
    [...files].map(([path, data]) => ({ path, data })),
    { version: 'memory', asOf: '2026-12' },
    { today },
  );
}
