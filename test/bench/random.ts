/** The benchmarks' seeded PRNG is the build's (synthetic datasets use it too). */
export { seededRandom, type Random } from '../../src/build/seeded-random';

/** FNV-1a over UTF-16 code units: a cheap fingerprint to prove Node and the page scan the same text. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
