import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Matcher } from '../../src/core/index';

/** Opens the matcher's store from a build, as the background does: `<build dir>/data/names.bin` through `Matcher.fromCompiled`. */
export function openStore(buildDir: string): { matcher: Matcher; format: string; bytes: number } {
  const bytes = readFileSync(join(buildDir, 'data', 'names.bin'));
  return { matcher: Matcher.fromCompiled(bytes), format: 'data/names.bin', bytes: bytes.length };
}
