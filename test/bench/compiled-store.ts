import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Matcher } from '../../src/core/matcher';
import type { NameTable } from '../../src/core/name-table';

/**
 * Opens the matcher's store from a build, as the background will: the
 * compiled `<build dir>/data/names.bin` through `Matcher.fromCompiled`,
 * once both exist; until then today's equivalent, JSON.parse of the name
 * table plus `new Matcher`. The one place to change when the format lands.
 */
export function openStore(buildDir: string, namesJson: string): { matcher: Matcher; format: string; bytes: number } {
  const compiled = join(buildDir, 'data', 'names.bin');
  const fromCompiled = (Matcher as unknown as { fromCompiled?: (bytes: Uint8Array) => Matcher }).fromCompiled;
  if (typeof fromCompiled === 'function' && existsSync(compiled)) {
    const bytes = readFileSync(compiled);
    return { matcher: fromCompiled.call(Matcher, bytes), format: 'data/names.bin', bytes: bytes.length };
  }
  const json = readFileSync(namesJson, 'utf8');
  return { matcher: new Matcher(JSON.parse(json) as NameTable), format: 'names.json + new Matcher (today)', bytes: json.length };
}
