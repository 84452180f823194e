import { Matcher } from '../../src/core/matcher';
import { median } from './measure';

/**
 * What a page pays before it has its first candidates: loading the compiled
 * name index (views of its bytes) and the first `findCandidates` on a text.
 * The first run is cold (fresh fold caches, unoptimised code), as on a real
 * page load; the median shows the steady cost.
 */
export interface StartupTiming {
  firstMs: number;
  medianMs: number;
  runs: number;
  /** Candidates the first call found, so the work cannot be skipped. */
  candidates: number;
}

export function measureStartup(bytes: Uint8Array, text: string, runs: number): StartupTiming {
  const times: number[] = [];
  let candidates = -1;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const matcher = Matcher.fromCompiled(bytes);
    const found = matcher.findCandidates(text).length;
    times.push(performance.now() - t0);
    if (candidates >= 0 && found !== candidates) throw new Error('The matcher found different candidates on the same text');
    candidates = found;
  }
  return { firstMs: times[0], medianMs: median(times), runs, candidates };
}

/** Bytes through `page.evaluate`, which carries strings but not typed arrays. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
