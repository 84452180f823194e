import type { NameTable } from '../core/index';

/** The bundled `names.bin`: for now the name table as UTF-8 JSON (see background/name-index-loader.ts). */
export function encodeNameIndex(table: NameTable): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(table));
}
