import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { applyChecks, readCheckFiles, type EntityFiles } from '../../src/cli/apply-checks';
import { loadDataset } from '../../src/build/dataset-files';
import { DROPPED_AMOUNTS, ROUND_FIXES } from '../../src/cli/migrate-schema';
import { ALIAS_ADDITIONS, KIND_FIXES, NAME_FIXES, NOT_COMPANY_ADDITIONS, RELATIONSHIP_FIXES, fixRelationship, isFactFreeAddition, isSecListing, matchesFix } from './data-fixes';
import { DatasetIndex, entityFilePath, isControllingFact, validateDataset, type Dataset, type Entity, type Relationship } from '../../src/core/index';

/**
 * The dataset as compiled from the old sector files (release 2025.11.0, before
 * the move to one file per entity), frozen so this test runs offline from a
 * clean clone. The new layout must compile to the same dataset.
 */
const before: Dataset = JSON.parse(gunzipSync(readFileSync(new URL('../../src/data/releases/2025.11.0.json.gz', import.meta.url))).toString('utf8'));

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A source's fields in a fixed order, so that two equal sources sort alike whatever order their keys were written in. */
const sourceKey = (source: object) => JSON.stringify(Object.entries(source).sort(([a], [b]) => compare(a, b)));

/** Order does not carry meaning: the loader sorts, and so does this. */
function sorted(dataset: Dataset): Dataset {
  return {
    ...dataset,
    entities: [...dataset.entities].sort((a, b) => compare(a.id, b.id)),
    // A fact's sources are a set: a curator's reformatting or a replay may list them in another order.
    relationships: [...dataset.relationships]
      .map((r) => ({ ...r, sources: [...r.sources].sort((a, b) => compare(sourceKey(a), sourceKey(b))) }))
      .sort((a, b) => compare(a.subject, b.subject) || compare(a.type, b.type) || compare(a.object, b.object) || compare(a.start ?? '', b.start ?? '')),
  };
}

const key = (r: Pick<Relationship, 'subject' | 'object' | 'start'>) => `${r.subject} ${r.object} ${r.start}`;

/**
 * The old dataset with exactly the changes the schema migration makes on
 * purpose (src/cli/migrate-schema.ts), and nothing else:
 * - Wikipedia sources are `kind: reference` and lose the invented consultation date;
 * - the listed investments move a round's total out of `amount` into `round`;
 * - entity ownership statuses are compared separately, below;
 * - the contradiction fixes listed in ./data-fixes.ts (unverified, each needs a source).
 */
function withDeliberateChanges(dataset: Dataset): Dataset {
  const rounds = new Map(ROUND_FIXES.map((fix) => [key(fix), fix]));
  const drops = new Set(DROPPED_AMOUNTS.map(key));
  return {
    ...dataset,
    relationships: dataset.relationships.map((original) => {
      const r: Relationship = { ...original, sources: original.sources.map((s) => (s.publisher === 'Wikipedia' ? (({ date: _date, ...rest }) => ({ ...rest, kind: 'reference' as const }))(s) : s)) };
      const fix = r.type === 'invested-in' ? rounds.get(key(r)) : undefined;
      if (fix) {
        expect(r.amount?.value).toBe(fix.was);
        r.round = fix.round;
        if (!fix.keepAmount) delete r.amount;
        if (fix.dropNote) delete r.note;
      }
      if (r.type === 'invested-in' && drops.has(key(r))) delete r.amount;
      const repair = RELATIONSHIP_FIXES.find((candidate) => matchesFix(original, candidate));
      return repair ? fixRelationship(r, repair) : r;
    }),
    notCompanies: [...dataset.notCompanies, ...NOT_COMPANY_ADDITIONS].sort((a, b) => compare(a.phrase, b.phrase)),
    entities: dataset.entities.map((original) => {
      const added = ALIAS_ADDITIONS.filter((addition) => addition.id === original.id).map((addition) => addition.alias);
      const kindFix = KIND_FIXES.find((fix) => fix.id === original.id);
      const entity = { ...original, ...(added.length ? { aliases: [...(original.aliases ?? []), ...added] } : {}), ...(kindFix ? { kind: kindFix.kind } : {}) };
      const repair = NAME_FIXES.find((candidate) => candidate.id === entity.id);
      if (!repair) return entity;
      return {
        ...entity,
        ...(repair.name ? { name: repair.name } : {}),
        ...(repair.alias ? { aliases: entity.aliases!.map((alias) => (alias.name === repair.alias![0] ? { ...alias, name: repair.alias![1] } : alias)) } : {}),
      };
    }),
  };
}

/** The fact checks recorded in src/data/checks (INSTRUCTIONS format), applied in the order `apply-checks` uses. */
const CHECKS_DIR = fileURLToPath(new URL('../../src/data/checks/', import.meta.url));
const checkFiles = existsSync(CHECKS_DIR)
  ? readCheckFiles(
      readdirSync(CHECKS_DIR)
        .filter((name) => name.endsWith('.json'))
        .map((name) => join(CHECKS_DIR, name)),
    ).inputs
  : [];
const CHECKED_ON = '2026-12-04';

/** The dataset with the recorded checks applied, as `npm run stakes -- apply-checks` applies them to the entity files. */
function withChecks(dataset: Dataset, current: Pick<Dataset, 'version' | 'asOf'>): Dataset {
  const files: EntityFiles = new Map();
  for (const entity of dataset.entities) files.set(entityFilePath(entity.id), { entity: structuredClone(entity), relationships: [] });
  for (const relationship of dataset.relationships) files.get(entityFilePath(relationship.subject))!.relationships!.push(structuredClone(relationship));
  applyChecks(files, checkFiles, { today: CHECKED_ON });
  const result = validateDataset(
    [...files].map(([path, data]) => ({ path, data })),
    current,
    { today: CHECKED_ON },
  );
  return { ...result.dataset, notCompanies: dataset.notCompanies };
}

/** Ownership statuses the resolutions file sets or removes (facts the checks found made the migration's status untrue). */
const ownershipChanges = new Map<string, Entity['ownership'] | null>(
  checkFiles.flatMap((file) => ((file.data as { ownership?: { entity: string; set: Entity['ownership'] | null }[] }).ownership ?? []).map((change) => [change.entity, change.set] as const)),
);

const withoutOwnership = (dataset: Dataset): Dataset => ({ ...dataset, entities: dataset.entities.map(({ ownership: _ownership, ...entity }) => entity) });

/** An entity a recorded check added (newEntities). */
function checkedEntity(id: string): Entity | undefined {
  for (const file of checkFiles) {
    const found = ((file.data as { newEntities?: Entity[] }).newEntities ?? []).find((entity) => entity.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * The SEC ticker list `stakes import sec` read, as "EXCHANGE:SYMBOL" keys
 * ("NYSE:BRK.B"), when it is beside the checkout (../shared/reference-data);
 * without it, a `listed` status is still checked against the entity's own tickers.
 */
const SEC_FILE = new URL('../../../shared/reference-data/sec-tickers/company_tickers_exchange.json', import.meta.url);
const SEC_EXCHANGES: Record<string, string> = { NYSE: 'NYSE', Nasdaq: 'NASDAQ', CBOE: 'CBOE' };
const secListings: Set<string> | undefined = existsSync(SEC_FILE)
  ? new Set(
      (JSON.parse(readFileSync(SEC_FILE, 'utf8')) as { data: [number, string, string, string | null][] }).data
        .filter(([, , , exchange]) => exchange !== null && SEC_EXCHANGES[exchange] !== undefined)
        .map(([, , ticker, exchange]) => `${SEC_EXCHANGES[exchange!]}:${ticker.replace(/-/g, '.')}`),
    )
  : undefined;

describe('the one-file-per-entity layout', () => {
  const started = performance.now();
  const { dataset, files } = loadDataset();
  const elapsed = performance.now() - started;

  it('loses nothing: it compiles to the dataset of the old sector files, changed only as the migration, the listed fixes and the recorded checks intend', () => {
    for (const fix of RELATIONSHIP_FIXES) expect(before.relationships.filter((r) => matchesFix(r, fix))).toHaveLength(1);
    // Entities an importer added since (the S&P 500 constituents): names only, no fact of their own. They join the
    // old dataset before the checks are replayed, since recorded checks may state facts about them.
    const released = new Set(before.entities.map((entity) => entity.id));
    const checked = new Set(checkFiles.flatMap((file) => ((file.data as { newEntities?: Entity[] }).newEntities ?? []).map((entity) => entity.id)));
    const imported = dataset.entities.filter((entity) => !released.has(entity.id) && !checked.has(entity.id) && isFactFreeAddition(entity, false, secListings));
    const expected = sorted(withoutOwnership(withChecks(withDeliberateChanges({ ...before, entities: [...before.entities, ...imported] }), dataset)));
    const actual = sorted(withoutOwnership(dataset));
    expect(actual).toEqual(expected);
  });

  it('marks widely-held only listed companies with no controlling owner or 20% holder, on the exchanges of their tickers; an added company listed only as the SEC list says', () => {
    const held = new Set(before.relationships.filter((r) => isControllingFact(r) || (r.status === 'active' && r.type === 'owns-stake' && (typeof r.share === 'number' ? r.share : (r.share?.min ?? 0)) >= 20)).map((r) => r.object));
    const old = new Map(before.entities.map((entity) => [entity.id, entity]));
    for (const entity of dataset.entities) {
      const tickers = old.get(entity.id)?.tickers ?? [];
      const migrated = tickers.length && !held.has(entity.id) ? { status: 'widely-held', listed: [...new Set(tickers.map((t) => t.split(':')[0]))] } : undefined;
      const added = !old.has(entity.id) && !ownershipChanges.has(entity.id) && !checkedEntity(entity.id);
      // An entity added since the release may carry the SEC listing `stakes import sec` writes, in exactly that form.
      const expected = ownershipChanges.has(entity.id) ? (ownershipChanges.get(entity.id) ?? undefined) : old.has(entity.id) ? migrated : added && isSecListing(entity, secListings) ? entity.ownership : checkedEntity(entity.id)?.ownership;
      expect([entity.id, entity.ownership]).toEqual([entity.id, expected]);
    }
  });

  it('cites Wikipedia as a reference work without an invented date, and claims a source was read only where a recorded check read it', () => {
    const sources = dataset.relationships.flatMap((r) => r.sources);
    expect(sources.filter((s) => s.publisher === 'Wikipedia' && s.checked === undefined && (s.date !== undefined || s.kind !== 'reference'))).toEqual([]);
    const read = new Set(
      checkFiles.flatMap((file) => {
        const data = file.data as { checks?: { sources?: { url: string; checked: string }[] }[]; newFacts?: { sources?: { url: string; checked: string }[] }[] };
        return [...(data.checks ?? []), ...(data.newFacts ?? [])].flatMap((record) => record.sources ?? []).map((s) => `${s.url} ${s.checked}`);
      }),
    );
    expect(sources.filter((s) => s.checked !== undefined && !read.has(`${s.url} ${s.checked}`))).toEqual([]);
  });

  it('says a round total is the round’s, not the investor’s money', () => {
    const index = new DatasetIndex(dataset);
    const sentences = index.factsFor('databricks').map((fact) => fact.fullSentence);
    expect(sentences).toContain("Thrive Capital led Databricks' $10B Series J round (since Dec 2024)");
    expect(
      index
        .factsFor('thrive-capital')
        .map((fact) => fact.fullSentence)
        .some((s) => s.includes('invested $10B')),
    ).toBe(false);
    // The 2026-12 checks put that round at $41B (SoftBank's own money still about $30B).
    expect(index.factsFor('openai').map((fact) => fact.fullSentence)).toContain("SoftBank led OpenAI's $41B round with about $30B (since Mar 2025)");
  });

  it('holds each entity in entities/<first char>/<id>.json with the relationships it is the subject of', () => {
    for (const file of files) {
      const data = file.data as { entity?: { id: string }; relationships?: { subject: string }[] };
      if (file.path === 'not-companies.json') continue;
      expect(file.path).toBe(`entities/${data.entity!.id[0]}/${data.entity!.id}.json`);
      expect((data.relationships ?? []).filter((relationship) => relationship.subject !== data.entity!.id)).toEqual([]);
    }
  });

  it('loads in well under a second', () => {
    expect(elapsed).toBeLessThan(1000);
  });
});
