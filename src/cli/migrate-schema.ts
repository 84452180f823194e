/**
 * One-time migration of the dataset files to the schema of issue #9, part 5.
 * Idempotent: a second run changes nothing.
 *
 * 1. Every source citing Wikipedia is a reference work (`kind: reference`) and
 *    loses the consultation `date` ("2025-11") that was written for it: nobody
 *    recorded when the article was read, and the page has no date of its own.
 *    No source gets `checked`: nothing was read against a copy.
 * 2. Investments whose `amount` was a round's total, not the investor's own
 *    money, move it to `round.total` (or gain a `round` beside their own
 *    amount), per the table below.
 * 3. Entities with tickers and no active controlling owner (parent-of,
 *    acquired, or a stake of 50% or more) and no holder of 20% or more are
 *    `widely-held`, listed on the exchanges of their tickers. Tickers prove a listing, nothing more; other
 *    entities are left without a status.
 *
 *   npm run stakes -- migrate-schema
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { canonicalizeDatasetFile, isControllingFact, type Amount, type Entity, type Relationship, type Round } from '../core/index';
import { DATA_DIR, listDataFiles, loadDataset } from '../build/dataset-files';

export interface RoundFix {
  subject: string;
  object: string;
  start: string;
  /** The amount the entry had before, to refuse to touch an entry edited since. */
  was: number;
  round: Round;
  /** Keep `amount`: it is the investor's own money. Otherwise it was the round's total and goes. */
  keepAmount?: true;
  /** The note only repeated what `round` now says. */
  dropNote?: true;
}

const usd = (value: number, approximate?: true): Amount => ({ value, currency: 'USD', ...(approximate ? { approximate } : {}) });

/** Amounts that were a round's or a deal's total (from the entry's note and sources, and the well-known round sizes). */
export const ROUND_FIXES: RoundFix[] = [
  { subject: 'thrive-capital', object: 'databricks', start: '2024-12', was: 10e9, round: { name: 'Series J', total: usd(10e9), led: true }, dropNote: true },
  { subject: 'alphabet', object: 'waymo', start: '2024-10', was: 5.6e9, round: { total: usd(5.6e9), led: true }, dropNote: true },
  { subject: 'andreessen-horowitz', object: 'thinking-machines-lab', start: '2025-07', was: 2e9, round: { name: 'seed', total: usd(2e9, true), led: true }, dropNote: true },
  { subject: 'humain', object: 'luma-ai', start: '2025-11', was: 900e6, round: { name: 'Series C', total: usd(900e6), led: true }, dropNote: true },
  { subject: 'softbank-group', object: 'wayve', start: '2024-05', was: 1.05e9, round: { name: 'Series C', total: usd(1.05e9), led: true }, dropNote: true },
  { subject: 'capitalg', object: 'lyft', start: '2017-10', was: 1e9, round: { total: usd(1e9), led: true }, dropNote: true },
  { subject: 'thrive-capital', object: 'isomorphic-labs', start: '2025-03', was: 600e6, round: { total: usd(600e6), led: true } },
  { subject: 'amazon', object: 'x-energy', start: '2024-10', was: 500e6, round: { total: usd(500e6, true), led: true } },
  { subject: 'gv', object: 'uber', start: '2013-08', was: 258e6, round: { total: usd(258e6), led: true } },
  // The investor's own money inside a larger round: the amount stays, the round is added.
  { subject: 'asml', object: 'mistral-ai', start: '2025-09', was: 1.3e9, round: { name: 'Series C', total: { value: 1.7e9, currency: 'EUR' }, led: true }, keepAmount: true, dropNote: true },
  { subject: 'softbank-group', object: 'openai', start: '2025-03', was: 30e9, round: { total: usd(40e9), led: true }, keepAmount: true, dropNote: true },
  { subject: 'tencent', object: 'reddit', start: '2019-02', was: 150e6, round: { name: 'Series D', total: usd(300e6), led: true }, keepAmount: true },
  { subject: 'sony-group', object: 'epic-games', start: '2022-04', was: 1e9, round: { total: usd(2e9) }, keepAmount: true },
];

/** Amounts that were a deal's total, not the subject's money, and not a funding round: dropped. */
export const DROPPED_AMOUNTS: { subject: string; object: string; start: string; was: number }[] = [
  // ¥2T was the price the whole consortium paid for Toshiba Memory.
  { subject: 'bain-capital', object: 'kioxia', start: '2018-06', was: 2e12 },
];

type Source = Record<string, unknown>;

/** A holder of this share or more (low end of a range) means the company is not widely held. */
const BLOCKHOLDING = 20;

function migrateSource(source: unknown): unknown {
  if (typeof source !== 'object' || source === null || (source as Source).publisher !== 'Wikipedia') return source;
  const { date: _consulted, ...rest } = source as Source;
  return { ...rest, kind: 'reference' };
}

function exchangesOf(entity: Entity): string[] {
  return [...new Set((entity.tickers ?? []).map((ticker) => ticker.split(':')[0]))];
}

export function runMigrateSchema(_args: string[] = [], dir = DATA_DIR): number {
  const { dataset } = loadDataset(dir);
  // Control (parent-of, acquired, a stake of 50% or more) rules a company out, and so does a blockholder
  // with 20% or more: "widely held" in the usual sense of corporate-ownership studies.
  const blockholding = (r: Relationship) => r.status === 'active' && r.type === 'owns-stake' && (typeof r.share === 'number' ? r.share : (r.share?.min ?? 0)) >= BLOCKHOLDING;
  const controlled = new Set(dataset.relationships.filter((r) => r.subject !== r.object && (isControllingFact(r) || blockholding(r))).map((r) => r.object));
  const fixes = new Map(ROUND_FIXES.map((fix) => [`${fix.subject} ${fix.object} ${fix.start}`, fix]));
  const drops = new Map(DROPPED_AMOUNTS.map((drop) => [`${drop.subject} ${drop.object} ${drop.start}`, drop]));
  const applied = new Set<string>();
  let changed = 0;
  let widelyHeld = 0;
  for (const path of listDataFiles(dir)) {
    const before = readFileSync(path, 'utf8');
    const data = JSON.parse(before) as { entity?: Entity; relationships?: Relationship[] };
    if (!data.entity) continue;
    const entity = data.entity;
    for (const relationship of data.relationships ?? []) {
      relationship.sources = relationship.sources.map(migrateSource) as Relationship['sources'];
      const key = `${relationship.subject} ${relationship.object} ${relationship.start}`;
      const fix = relationship.type === 'invested-in' ? fixes.get(key) : undefined;
      if (fix && relationship.amount?.value === fix.was && !relationship.round) {
        relationship.round = fix.round;
        if (!fix.keepAmount) delete relationship.amount;
        if (fix.dropNote) delete relationship.note;
        applied.add(key);
      } else if (fix && relationship.round) applied.add(key);
      const drop = relationship.type === 'invested-in' ? drops.get(key) : undefined;
      if (drop && relationship.amount?.value === drop.was) {
        delete relationship.amount;
        applied.add(key);
      } else if (drop && !relationship.amount) applied.add(key);
    }
    if (entity.ownership) entity.ownership.sources = entity.ownership.sources?.map(migrateSource) as Relationship['sources'] | undefined;
    if (!entity.ownership && entity.tickers?.length && !controlled.has(entity.id)) {
      entity.ownership = { status: 'widely-held', listed: exchangesOf(entity) };
      widelyHeld++;
    }
    const after = canonicalizeDatasetFile(data);
    if (after !== before) {
      writeFileSync(path, after);
      changed++;
    }
  }
  const missing = [...fixes.keys(), ...drops.keys()].filter((key) => !applied.has(key));
  for (const key of missing) console.error(`not found or edited since: invested-in ${key}`);
  console.log(`Rewrote ${changed} file(s); ${widelyHeld} entities marked widely-held from their tickers.`);
  return missing.length ? 1 : 0;
}
