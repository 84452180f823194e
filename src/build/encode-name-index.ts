import { compileNameIndex, type NameTable } from '../core/index';

/** The bundled `names.bin`: the binary name index the background loads (see core/name-index.ts). */
export function encodeNameIndex(table: NameTable): Uint8Array {
  return compileNameIndex(table);
}
