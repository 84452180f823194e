import type { NameTable } from '../../src/core/name-table';
import { competitors, readerNames } from './competitors';
import { measureTogether, type MeasureOptions, type Timing } from './measure';
import { newsText } from './news-text';
import { fingerprint } from './random';

/**
 * The throughput comparison, run the same way in Node and in the page:
 * matcher, today's matcher, RegExp and floor, sampled in turn on each text.
 */

export interface TextPlan {
  label: string;
  length: number;
  measure: MeasureOptions;
}

export interface ThroughputRow {
  label: string;
  length: number;
  /** Proves both sides scanned the same text. */
  fingerprint: string;
  matcher: Timing;
  baseline: Timing;
  regexp: Timing;
  floor: Timing;
}

export interface ThroughputReport {
  regexpAliases: number;
  /** Milliseconds to compile the RegExp and build the matchers, for the record. */
  setupMs: number;
  rows: ThroughputRow[];
}

export const TEXT_SEED = 20250601;

export function newsTextFor(table: NameTable, length: number): string {
  return newsText({ length, seed: TEXT_SEED, names: readerNames(table) });
}

export function runThroughput(table: NameTable, plans: readonly TextPlan[]): ThroughputReport {
  const setupStart = performance.now();
  const scans = competitors(table);
  const setupMs = performance.now() - setupStart;
  const rows = plans.map(({ label, length, measure: options }) => {
    const text = newsTextFor(table, length);
    const timings = measureTogether({ matcher: () => scans.matcher(text), baseline: () => scans.baseline(text), regexp: () => scans.regexp(text), floor: () => scans.floor(text) }, options);
    return { label, length, fingerprint: fingerprint(text), ...timings };
  });
  return { regexpAliases: scans.regexpAliases, setupMs, rows };
}
