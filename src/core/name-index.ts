import { buildKeySlots, OCCUPIED, pairKey, scanKeyOf } from './key-table';
import { NameFlag, type NameTable } from './name-table';
import { CharClass, charClass, foldChar } from './fold-char';
import { caseHashOf, TokenFlag, tokenize } from './tokenize';

/**
 * The binary name index: everything the matcher needs, laid out as typed
 * arrays in one little-endian buffer, so a page can start matching by taking
 * views of bytes it was handed instead of tokenizing thousands of names.
 *
 * Layout: a header of 32-bit words (magic, format version, byte length,
 * counts, then one byte offset and byte length per section), followed by the
 * sections in `SECTIONS` order, each starting on a 4-byte boundary.
 */
export const INDEX_MAGIC = 0x494b5453; // "STKI" as bytes
export const INDEX_FORMAT = 3;

/** Fields of one entry of `entries`: a distinct first-token key and what starts with it. */
export const enum Entry {
  FirstStart = 0,
  FirstCount = 1,
  TickerStart = 2,
  TickerCount = 3,
  Hints = 4,
  Size = 5,
}

/** What scanning may conclude about a key's names before reading the text around a word. */
export const enum EntryHint {
  /** A one-word name starts with this key, so the next word cannot rule the names out. */
  HasSingleWord = 1,
  /** No name starting here can match a word written all in lower case. */
  NeedsCapital = 2,
  /** A common name starts here: its rules read the words before it. */
  HasCommon = 4,
}

/** The decoded index: views into the buffer, nothing copied but the header. */
export interface NameIndex {
  entityCount: number;
  nameCount: number;
  tokenCount: number;
  /** Most tokens in one name, and most characters: how far a match can reach past its first word. */
  maxNameTokens: number;
  maxNameChars: number;
  maxTickerTokens: number;
  nameEntity: Int32Array;
  nameFlags: Uint8Array;
  /** First token of each name in the token arrays, and its token count (0: the name can never match). */
  nameFirst: Int32Array;
  nameLength: Int32Array;
  tokenKey: Int32Array;
  tokenCase: Int32Array;
  tokenFlags: Uint8Array;
  /** Offsets into `foldChars` of each token's folded text, tokenCount + 1 of them. */
  tokenFold: Int32Array;
  foldChars: Uint16Array;
  slotMask: number;
  slotKeys: Int32Array;
  /**
   * Entry index per slot, bitwise-negated (so negative) when no name from the
   * slot's key can match a word without capitals: the scan then skips such a
   * word after one look at its characters.
   */
  slotEntries: Int32Array;
  entries: Int32Array;
  /** Name indices, each entry's first-word names then its tickers, longest first. */
  options: Int32Array;
  pairMask: number;
  pairSlots: Int32Array;
  entityOffsets: Int32Array;
  entityChars: Uint16Array;
  nameOffsets: Int32Array;
  nameChars: Uint16Array;
  versionChars: Uint16Array;
  /**
   * The scan's table: scan keys (see `scanKey`) of all first-token keys as
   * `key | OCCUPIED`, a power of two of them, and beside each slot the exact
   * first-token key and its `slotEntries` value (negated entry when gated).
   */
  scanSlots: Int32Array;
  scanExact: Int32Array;
  scanEntries: Int32Array;
  scanMask: number;
}

type SectionName = Exclude<keyof NameIndex, 'entityCount' | 'nameCount' | 'tokenCount' | 'maxNameTokens' | 'maxNameChars' | 'maxTickerTokens' | 'slotMask' | 'pairMask' | 'scanMask'>;
type ArrayKind = 'i32' | 'u16' | 'u8';

const SECTIONS: readonly [SectionName, ArrayKind][] = [
  ['nameEntity', 'i32'],
  ['nameFlags', 'u8'],
  ['nameFirst', 'i32'],
  ['nameLength', 'i32'],
  ['tokenKey', 'i32'],
  ['tokenCase', 'i32'],
  ['tokenFlags', 'u8'],
  ['tokenFold', 'i32'],
  ['foldChars', 'u16'],
  ['slotKeys', 'i32'],
  ['slotEntries', 'i32'],
  ['entries', 'i32'],
  ['options', 'i32'],
  ['pairSlots', 'i32'],
  ['entityOffsets', 'i32'],
  ['entityChars', 'u16'],
  ['nameOffsets', 'i32'],
  ['nameChars', 'u16'],
  ['versionChars', 'u16'],
  ['scanSlots', 'i32'],
  ['scanExact', 'i32'],
  ['scanEntries', 'i32'],
];

const enum Header {
  Magic = 0,
  Format = 1,
  ByteLength = 2,
  EntityCount = 3,
  NameCount = 4,
  TokenCount = 5,
  EntryCount = 6,
  SlotMask = 7,
  PairMask = 8,
  MaxNameTokens = 9,
  MaxNameChars = 10,
  MaxTickerTokens = 11,
  SectionCount = 12,
  Sections = 13,
}
/** The rules read up to three tokens past a name: "the Porsche and Piëch families". */
export const RULE_TOKENS_AFTER = 3;
const HEADER_BYTES = (Header.Sections + SECTIONS.length * 2) * 4;
const BYTES: Record<ArrayKind, number> = { i32: 4, u16: 2, u8: 1 };

/** Serialises what the matcher needs from a name table into one buffer for `Matcher.fromCompiled`. */
export function compileNameIndex(table: NameTable): Uint8Array {
  assertLittleEndian();
  const names = table.names;
  // All names are cut into tokens in one pass over one joined string: a
  // tokenizer call per name would cost more than the scan of a long page.
  let joined = '';
  const offsets: number[] = [];
  for (const [, text, flags] of names) {
    offsets.push(joined.length);
    joined += (flags & NameFlag.Ticker) !== 0 ? text.slice(text.indexOf(':') + 1) : text;
    joined += '\n\n';
  }
  const tokens = tokenize(joined);
  const nameEntity = new Int32Array(names.length);
  const nameFlags = new Uint8Array(names.length);
  const nameFirst = new Int32Array(names.length);
  const nameLength = new Int32Array(names.length);
  // Options grouped by first key, in a Map only here, at compile time.
  const byKey = new Map<number, { first: number[]; tickers: number[] }>();
  let maxNameTokens = 1;
  let maxNameChars = 1;
  let maxTickerTokens = 1;
  let t = 0;
  for (let name = 0; name < names.length; name++) {
    const [entity, text, flags] = names[name];
    nameEntity[name] = entity;
    nameFlags[name] = flags;
    const from = offsets[name];
    const to = name + 1 < offsets.length ? offsets[name + 1] : joined.length;
    while (t < tokens.count && tokens.start[t] < from) t++;
    let last = t;
    while (last < tokens.count && tokens.start[last] < to) last++;
    const first = t;
    t = last;
    nameFirst[name] = first;
    if (last === first || (tokens.flags[first] & TokenFlag.Word) === 0) continue;
    nameLength[name] = last - first;
    maxNameTokens = Math.max(maxNameTokens, last - first);
    maxNameChars = Math.max(maxNameChars, text.length);
    if ((flags & NameFlag.Ticker) !== 0) maxTickerTokens = Math.max(maxTickerTokens, last - first);
    const key = tokens.key[first];
    let group = byKey.get(key);
    if (group === undefined) byKey.set(key, (group = { first: [], tickers: [] }));
    ((flags & NameFlag.Ticker) !== 0 ? group.tickers : group.first).push(name);
  }

  const byLength = (a: number, b: number) => nameLength[b] - nameLength[a] || a - b;
  const keys: number[] = [];
  const entries = new Int32Array(byKey.size * Entry.Size);
  const options: number[] = [];
  const pairs: number[] = [];
  for (const [key, group] of byKey) {
    const e = keys.length * Entry.Size;
    keys.push(key);
    group.first.sort(byLength);
    group.tickers.sort(byLength);
    let hints = EntryHint.NeedsCapital;
    for (const name of group.first) {
      const first = nameFirst[name];
      if ((nameFlags[name] & NameFlag.Common) !== 0) hints |= EntryHint.HasCommon;
      if (nameLength[name] === 1) hints |= EntryHint.HasSingleWord;
      else pairs.push(pairKey(key, tokens.key[first + 1]));
      if ((nameFlags[name] & NameFlag.Blocker) !== 0 || (tokens.flags[first] & TokenFlag.AllLower) !== 0) hints &= ~EntryHint.NeedsCapital;
    }
    entries[e + Entry.FirstStart] = options.length;
    entries[e + Entry.FirstCount] = group.first.length;
    options.push(...group.first);
    entries[e + Entry.TickerStart] = options.length;
    entries[e + Entry.TickerCount] = group.tickers.length;
    options.push(...group.tickers);
    entries[e + Entry.Hints] = hints;
  }
  // A word that folds to itself has no capital; if the name's first word has an ASCII letter, the text's word then
  // has that letter in lower case, so it is all lower case, which NeedsCapital rules out (tickers aside: they have their own rule).
  const gated = (e: number, first: number) =>
    (entries[e * Entry.Size + Entry.Hints] & EntryHint.NeedsCapital) !== 0 && entries[e * Entry.Size + Entry.TickerCount] === 0 && /[a-z]/.test(String.fromCharCode(...fold.slice(tokenFold[first], tokenFold[first + 1])));
  const firstTokenOf = keys.map((key) => nameFirst[byKey.get(key)!.first[0] ?? byKey.get(key)!.tickers[0]]);

  const tokenCase = new Int32Array(tokens.count);
  const tokenFold = new Int32Array(tokens.count + 1);
  const fold: number[] = [];
  for (let k = 0; k < tokens.count; k++) {
    tokenCase[k] = caseHashOf(joined, tokens.start[k], tokens.end[k]);
    tokenFold[k] = fold.length;
    for (let i = tokens.start[k]; i < tokens.end[k]; i++) {
      const code = joined.charCodeAt(i);
      if (code >= 128 && charClass(code) === CharClass.Ignorable) continue;
      fold.push(foldChar(code));
    }
  }
  tokenFold[tokens.count] = fold.length;
  const slots = buildKeySlots(
    keys,
    keys.map((_, e) => (gated(e, firstTokenOf[e]) ? ~e : e)),
  );
  const pairSlots = buildKeySlots(pairs, pairs);
  // Distinct first keys may share a scan key; each gets its own slot, told apart by the exact key.
  let scanSize = 16;
  while (scanSize < keys.length * 4) scanSize *= 2;
  const scanMask = scanSize - 1;
  const scanSlots = new Int32Array(scanSize);
  const scanExact = new Int32Array(scanSize);
  const scanEntries = new Int32Array(scanSize);
  keys.forEach((key, e) => {
    const first = firstTokenOf[e];
    const scan = scanKeyOf(fold, tokenFold[first], tokenFold[first + 1]);
    let slot = scan & scanMask;
    while (scanSlots[slot] !== 0) slot = (slot + 1) & scanMask;
    scanSlots[slot] = scan | OCCUPIED;
    scanExact[slot] = key;
    scanEntries[slot] = gated(e, first) ? ~e : e;
  });
  const entityStrings = packStrings(table.entities);
  const nameStrings = packStrings(names.map(([, text]) => text));

  const sections: Record<SectionName, Int32Array | Uint16Array | Uint8Array> = {
    nameEntity,
    nameFlags,
    nameFirst,
    nameLength,
    tokenKey: tokens.key.slice(0, tokens.count),
    tokenCase,
    tokenFlags: tokens.flags.slice(0, tokens.count),
    tokenFold,
    foldChars: Uint16Array.from(fold),
    slotKeys: slots.keys,
    slotEntries: slots.values,
    entries,
    options: Int32Array.from(options),
    pairSlots: pairSlots.keys,
    entityOffsets: entityStrings.offsets,
    entityChars: entityStrings.chars,
    nameOffsets: nameStrings.offsets,
    nameChars: nameStrings.chars,
    versionChars: packStrings([table.version]).chars,
    scanSlots,
    scanExact,
    scanEntries,
  };
  let byteLength = HEADER_BYTES;
  const placed = SECTIONS.map(([name]) => {
    const offset = byteLength;
    byteLength = align4(offset + sections[name].byteLength);
    return offset;
  });
  const bytes = new Uint8Array(byteLength);
  const header = new Int32Array(bytes.buffer, 0, HEADER_BYTES / 4);
  header[Header.Magic] = INDEX_MAGIC;
  header[Header.Format] = INDEX_FORMAT;
  header[Header.ByteLength] = byteLength;
  header[Header.EntityCount] = table.entities.length;
  header[Header.NameCount] = names.length;
  header[Header.TokenCount] = tokens.count;
  header[Header.EntryCount] = keys.length;
  header[Header.SlotMask] = slots.mask;
  header[Header.PairMask] = pairSlots.mask;
  header[Header.MaxNameTokens] = maxNameTokens;
  header[Header.MaxNameChars] = maxNameChars;
  header[Header.MaxTickerTokens] = maxTickerTokens;
  header[Header.SectionCount] = SECTIONS.length;
  SECTIONS.forEach(([name], s) => {
    const array = sections[name];
    header[Header.Sections + s * 2] = placed[s];
    header[Header.Sections + s * 2 + 1] = array.byteLength;
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), placed[s]);
  });
  return bytes;
}

/** Takes views of a compiled index, after checking that it is one and that every section lies inside it. */
export function loadNameIndex(input: Uint8Array | ArrayBuffer): NameIndex {
  assertLittleEndian();
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  // Int32 views need 4-byte alignment; a buffer handed over at an odd offset is copied once.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const fail = (why: string): never => {
    throw new Error(`Not a usable Stakes name index: ${why}`);
  };
  if (bytes.byteLength < HEADER_BYTES) fail(`${bytes.byteLength} bytes is shorter than the ${HEADER_BYTES}-byte header`);
  const header = new Int32Array(bytes.buffer, bytes.byteOffset, HEADER_BYTES / 4);
  if (header[Header.Magic] !== INDEX_MAGIC) fail('wrong magic number (expected "STKI")');
  if (header[Header.Format] !== INDEX_FORMAT) fail(`format version ${header[Header.Format]}, this matcher reads version ${INDEX_FORMAT}`);
  if (header[Header.ByteLength] !== bytes.byteLength) fail(`truncated or padded: header says ${header[Header.ByteLength]} bytes, got ${bytes.byteLength}`);
  if (header[Header.SectionCount] !== SECTIONS.length) fail(`${header[Header.SectionCount]} sections, expected ${SECTIONS.length}`);
  const entityCount = header[Header.EntityCount];
  const nameCount = header[Header.NameCount];
  const tokenCount = header[Header.TokenCount];
  const entryCount = header[Header.EntryCount];
  const slotMask = header[Header.SlotMask];
  const pairMask = header[Header.PairMask];
  const views: Partial<Record<SectionName, Int32Array | Uint16Array | Uint8Array>> = {};
  SECTIONS.forEach(([name, kind], s) => {
    const offset = header[Header.Sections + s * 2];
    const length = header[Header.Sections + s * 2 + 1];
    if (offset < HEADER_BYTES || offset % 4 !== 0 || length < 0 || length % BYTES[kind] !== 0 || offset + length > bytes.byteLength) fail(`section ${name} (offset ${offset}, ${length} bytes) does not fit`);
    const at = bytes.byteOffset + offset;
    const count = length / BYTES[kind];
    views[name] = kind === 'i32' ? new Int32Array(bytes.buffer, at, count) : kind === 'u16' ? new Uint16Array(bytes.buffer, at, count) : new Uint8Array(bytes.buffer, at, count);
  });
  const scanMask = (views.scanSlots?.length ?? 0) - 1;
  const index = { entityCount, nameCount, tokenCount, slotMask, pairMask, scanMask, maxNameTokens: header[Header.MaxNameTokens], maxNameChars: header[Header.MaxNameChars], maxTickerTokens: header[Header.MaxTickerTokens], ...views } as NameIndex;
  // Sizes the matcher relies on without bounds checks in its loops.
  const expect = (name: SectionName, count: number) => {
    if (index[name].length !== count) fail(`section ${name} holds ${index[name].length} items, expected ${count}`);
  };
  for (const name of ['nameEntity', 'nameFlags', 'nameFirst', 'nameLength'] as const) expect(name, nameCount);
  for (const name of ['tokenKey', 'tokenCase', 'tokenFlags'] as const) expect(name, tokenCount);
  expect('tokenFold', tokenCount + 1);
  expect('entries', entryCount * Entry.Size);
  expect('slotKeys', slotMask + 1);
  expect('slotEntries', slotMask + 1);
  expect('pairSlots', pairMask + 1);
  expect('scanExact', scanMask + 1);
  expect('scanEntries', scanMask + 1);
  expect('entityOffsets', entityCount + 1);
  expect('nameOffsets', nameCount + 1);
  if (scanMask < 0 || (slotMask & (slotMask + 1)) !== 0 || (pairMask & (pairMask + 1)) !== 0 || (scanMask & (scanMask + 1)) !== 0) fail('hash table sizes are not powers of two');
  if (index.tokenFold[tokenCount] > index.foldChars.length || index.entityOffsets[entityCount] > index.entityChars.length || index.nameOffsets[nameCount] > index.nameChars.length) fail('string offsets run past their text');
  return index;
}

/** Strings as UTF-16 code units with offsets: decoded one at a time, only when asked for. */
function packStrings(strings: readonly string[]): { offsets: Int32Array; chars: Uint16Array } {
  const offsets = new Int32Array(strings.length + 1);
  let length = 0;
  strings.forEach((text, i) => {
    offsets[i] = length;
    length += text.length;
  });
  offsets[strings.length] = length;
  const chars = new Uint16Array(length);
  strings.forEach((text, i) => {
    for (let c = 0; c < text.length; c++) chars[offsets[i] + c] = text.charCodeAt(c);
  });
  return { offsets, chars };
}

export function unpackString(offsets: Int32Array, chars: Uint16Array, i: number): string {
  let text = '';
  // Chunks keep the argument count far below engines' limits on spread calls.
  for (let at = offsets[i], end = offsets[i + 1]; at < end; at += 4096) text += String.fromCharCode(...chars.subarray(at, Math.min(end, at + 4096)));
  return text;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function assertLittleEndian(): void {
  // Typed-array views use the host's byte order; every browser engine and Node platform Stakes targets is little-endian.
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('The Stakes name index needs a little-endian host');
}
