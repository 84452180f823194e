import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Heap measurements need a full collection before each reading. `npm run
 * bench` runs plain `tsx`, without `--expose-gc`, so the flag is set at run
 * time and `gc` taken from a fresh context, where V8 then defines it.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function heapUsedAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
