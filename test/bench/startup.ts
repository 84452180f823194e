import { Matcher } from '../../src/core/matcher';
import type { NameTable } from '../../src/core/name-table';
import { median } from './measure';

/**
 * What the content script pays before it can scan: parsing the compiled name
 * table and building the matcher. The first run is cold (fresh fold caches,
 * unoptimised code), as on a real page load; the median shows the steady cost.
 */
export interface StartupTiming {
  firstMs: number;
  medianMs: number;
  runs: number;
}

export function measureStartup(json: string, runs: number): StartupTiming {
  const times: number[] = [];
  let names = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const matcher = new Matcher(JSON.parse(json) as NameTable);
    times.push(performance.now() - t0);
    names += matcher.nameCount;
  }
  if (names !== runs * (JSON.parse(json) as NameTable).names.length) throw new Error('The matcher lost names');
  return { firstMs: times[0], medianMs: median(times), runs };
}
