/**
 * Median-of-samples timing, shared by Node and the page in Chromium so both
 * sides measure the same way. Uses only `performance.now()`.
 *
 * Competitors are sampled in turn (matcher, RegExp, floor, matcher, …) rather
 * than one after the other: on a shared two-core machine the load changes
 * over seconds, and interleaving spreads it over all competitors alike, so
 * their ratios hold even when the absolute figures drift.
 */

export interface MeasureOptions {
  /** Keep sampling until each competitor has been timed for this long (after warm-up). */
  budgetMs: number;
  /** And until each has at least this many samples. */
  minSamples: number;
  /** Warm up each (let the JIT optimise, let RegExp tier up) for at least this long, and at least two calls. */
  warmupMs?: number;
}

export interface Timing {
  /** Median milliseconds per call. */
  ms: number;
  samples: number;
  callsPerSample: number;
  /** The scan's result (a count), identical on every call. */
  result: number;
}

/** A sample should be long enough that timer granularity (100 µs in a page) is noise. */
const SAMPLE_MS = 20;

interface Contestant {
  fn: () => number;
  result: number;
  callsPerSample: number;
  samples: number[];
  spentMs: number;
}

export function measureTogether<K extends string>(fns: Record<K, () => number>, { budgetMs, minSamples, warmupMs = 100 }: MeasureOptions): Record<K, Timing> {
  const contestants = new Map<K, Contestant>();
  for (const name of Object.keys(fns) as K[]) contestants.set(name, warmUp(fns[name], warmupMs));
  const done = () => [...contestants.values()].every((c) => c.samples.length >= minSamples && c.spentMs >= budgetMs);
  while (!done()) {
    for (const contestant of contestants.values()) {
      if (contestant.samples.length >= minSamples && contestant.spentMs >= budgetMs) continue;
      const t0 = performance.now();
      for (let i = 0; i < contestant.callsPerSample; i++) contestant.result = check(contestant.fn(), contestant.result);
      const elapsed = performance.now() - t0;
      contestant.spentMs += elapsed;
      contestant.samples.push(elapsed / contestant.callsPerSample);
    }
  }
  const timings = {} as Record<K, Timing>;
  for (const [name, { samples, callsPerSample, result }] of contestants) timings[name] = { ms: median(samples), samples: samples.length, callsPerSample, result };
  return timings;
}

function warmUp(fn: () => number, warmupMs: number): Contestant {
  const result = fn();
  const start = performance.now();
  let calls = 0;
  while (calls < 2 || performance.now() - start < warmupMs) {
    check(fn(), result);
    calls++;
  }
  const perCall = (performance.now() - start) / calls;
  // Batch short calls so each sample is timed well above the clock's resolution.
  const callsPerSample = Math.max(1, Math.ceil(SAMPLE_MS / Math.max(perCall, 1e-6)));
  return { fn, result, callsPerSample, samples: [], spentMs: 0 };
}

/** Consuming the result keeps the work alive, and a changing count would mean a broken scanner. */
function check(value: number, expected: number): number {
  if (value !== expected) throw new Error(`A scan returned ${value} after returning ${expected} on the same text`);
  return value;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Megabytes (2^20 UTF-16 code units) per second. */
export function mbPerSecond(length: number, ms: number): number {
  return length / 1048576 / (ms / 1000);
}

/** For work too slow to repeat much (building a 100k-name matcher): the median of a few plain runs. */
export function medianOfRuns(fn: () => number, runs: number): { ms: number; result: number } {
  const times: number[] = [];
  let result = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}
