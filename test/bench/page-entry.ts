/**
 * Entry point of the bundle injected into the Chromium page: the same
 * throughput and start-up code Node runs, on the real matcher source.
 */
import { measureStartup } from './startup';
import { runThroughput } from './throughput';

export interface PageBench {
  runThroughput: typeof runThroughput;
  measureStartup: typeof measureStartup;
}

(globalThis as { stakesBench?: PageBench }).stakesBench = { runThroughput, measureStartup };
