/**
 * Open-addressing hash tables of 30-bit token keys laid out as two typed
 * arrays, so a compiled name index holds them as bytes and a matcher probes
 * them without building anything. A slot holds `key | OCCUPIED` (never 0,
 * so 0 marks an empty slot) and, beside it, a value.
 */
export const OCCUPIED = 0x40000000;

export interface KeySlots {
  mask: number;
  keys: Int32Array;
  values: Int32Array;
}

/**
 * Sizes the table at four slots per key or more: scanning probes it once per
 * word of the page, and almost every word misses, so a sparse table lets most
 * misses stop at the first, empty, slot.
 */
export function buildKeySlots(keys: ArrayLike<number>, values: ArrayLike<number>): KeySlots {
  let size = 16;
  while (size < keys.length * 4) size *= 2;
  const mask = size - 1;
  const slotKeys = new Int32Array(size);
  const slotValues = new Int32Array(size);
  for (let k = 0; k < keys.length; k++) {
    const stored = keys[k] | OCCUPIED;
    let slot = keys[k] & mask;
    while (slotKeys[slot] !== 0 && slotKeys[slot] !== stored) slot = (slot + 1) & mask;
    slotKeys[slot] = stored;
    slotValues[slot] = values[k];
  }
  return { mask, keys: slotKeys, values: slotValues };
}

/** The slot holding `key`, or -1. */
export function findSlot(slotKeys: Int32Array, mask: number, key: number): number {
  const stored = key | OCCUPIED;
  let slot = key & mask;
  for (;;) {
    const found = slotKeys[slot];
    if (found === stored) return slot;
    if (found === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** Key of a pair of consecutive tokens, for the table that rules out most multi-word names on their second word. */
export function pairKey(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & 0x3fffffff;
}

/**
 * The scan's cheap key of a word: its length and five of its folded
 * characters (the first three and the last two), mixed once. Computing it
 * needs no work per character, only a few reads at the word's end; a word
 * whose scan key is in the index then gets its exact key, from every character.
 */
export function scanKey(length: number, a: number, b: number, c: number, y: number, z: number): number {
  let h = Math.imul(a ^ (b << 5) ^ (c << 10) ^ (y << 15) ^ (z << 20) ^ (length << 25), 0x9e3779b1);
  h ^= h >>> 15;
  return h & 0x3fffffff;
}

/** The scan key of a word given as folded characters `chars[from]`–`chars[to - 1]`. */
export function scanKeyOf(chars: ArrayLike<number>, from: number, to: number): number {
  const n = to - from;
  return scanKey(n, chars[from], chars[from + (n > 1 ? 1 : 0)], chars[from + (n > 2 ? 2 : n - 1)], chars[to - (n > 1 ? 2 : 1)], chars[to - 1]);
}
