import { Matcher } from '../../core/index';

/**
 * The bundled `names.bin`, compiled at build time (`compileNameIndex`):
 * loading is a few typed-array views over the fetched bytes, so a worker
 * woken from cold answers its first request without building anything.
 */
export function loadNameIndex(bytes: ArrayBuffer): Matcher {
  return Matcher.fromCompiled(bytes);
}
