/**
 * An open-addressing hash table from 30-bit token keys to lists, in typed
 * arrays: probing integers is several times faster than a `Map` whose keys
 * V8 would have to hash as numbers.
 */
export class KeyTable<T> {
  private keys = new Int32Array(64);
  /** Index + 1 into `lists`; 0 marks an empty slot. */
  private slots = new Int32Array(64);
  private readonly lists: T[][] = [];
  private mask = 63;

  add(key: number, value: T): void {
    if ((this.lists.length + 1) * 2 > this.mask) this.grow();
    const slot = this.find(key);
    if (this.slots[slot] === 0) {
      this.keys[slot] = key;
      this.lists.push([]);
      this.slots[slot] = this.lists.length;
    }
    this.lists[this.slots[slot] - 1].push(value);
  }

  get(key: number): T[] | undefined {
    let slot = key & this.mask;
    for (;;) {
      const index = this.slots[slot];
      if (index === 0) return undefined;
      if (this.keys[slot] === key) return this.lists[index - 1];
      slot = (slot + 1) & this.mask;
    }
  }

  sortEach(compare: (a: T, b: T) => number): void {
    for (const list of this.lists) if (list.length > 1) list.sort(compare);
  }

  /** Sizes the table for about this many keys at once, sparing the rehashing of growth. */
  reserve(count: number): void {
    while ((count + 1) * 2 > this.mask) this.grow();
  }

  private find(key: number): number {
    let slot = key & this.mask;
    while (this.slots[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldSlots = this.slots;
    this.mask = this.mask * 2 + 1;
    this.keys = new Int32Array(this.mask + 1);
    this.slots = new Int32Array(this.mask + 1);
    for (let slot = 0; slot < oldSlots.length; slot++) {
      if (oldSlots[slot] === 0) continue;
      const target = this.find(oldKeys[slot]);
      this.keys[target] = oldKeys[slot];
      this.slots[target] = oldSlots[slot];
    }
  }
}
