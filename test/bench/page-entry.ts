/**
 * Entry point of the bundle injected into the Chromium page: the same
 * throughput and start-up code Node runs, on the real matcher source.
 */
import { newsText } from './news-text';
import { fromBase64, measureStartup, type StartupTiming } from './startup';
import { runThroughput, TEXT_SEED } from './throughput';

export interface PageBench {
  runThroughput: typeof runThroughput;
  /** Start-up from a compiled index handed over as base64 (decoded before the clock starts), on a seeded text naming `names`. */
  measureStartup(indexBase64: string, names: string[], textLength: number, runs: number): StartupTiming;
}

(globalThis as { stakesBench?: PageBench }).stakesBench = {
  runThroughput,
  measureStartup: (indexBase64, names, textLength, runs) => measureStartup(fromBase64(indexBase64), newsText({ length: textLength, seed: TEXT_SEED, names }), runs),
};
