import { NameFlag, type NameTable } from './name-table';
import { CharClass, charClass, FOLD_IGNORABLE as IGNORABLE_FOLD, FOLD_UNKNOWN as UNKNOWN_FOLD, foldChar, isLowerCase, isUpperCase, learnWordFold, WORD_FOLD } from './fold-char';
import { findSlot, OCCUPIED, pairKey, scanKey } from './key-table';
import { COMPANY_NOUNS, COMPANY_VERBS, isPossessive, namesAFamilyOrPlace, OPENERS, SENTENCE_END, THE, URL_GLUE } from './match-rules';
import { sameExchange } from './exchange-notation';
import { compileNameIndex, Entry, EntryHint, loadNameIndex, RULE_TOKENS_AFTER, unpackString, type NameIndex } from './name-index';
import { ASCII_WORD, caseHashOf, emptyTokens, FNV_OFFSET, FNV_PRIME, KEY_MASK, TokenFlag, tokenizeInto, type Tokens } from './tokenize';

export interface Mention {
  start: number;
  end: number;
  /** Index into the name table's entities. */
  entity: number;
  /** Index into the name table's names: which alias matched. */
  name: number;
}

/** A possible mention before document-level evidence is weighed. */
export interface Candidate extends Mention {
  /** Could be an ordinary word here (a common name at a sentence start, in a headline, in capitals). */
  weak: boolean;
}

/** Tokens a window first reads from the word on: a one-word name and the three tokens its rules read after it. */
const FIRST_READ_TOKENS = 1 + RULE_TOKENS_AFTER;
/** Characters a window reaches back when the rules look before a name; rare texts (runs of quotes and dashes) need it widened. */
const CHARS_BEFORE = 16;

// Module-local copies of imported enum members and functions: hot loops read them per character or token,
// and some loaders (tsx, CommonJS interop) turn every read of an imported binding into a getter call.
const OFFSET = FNV_OFFSET;
const PRIME = FNV_PRIME;
const MASK = KEY_MASK;
const TAKEN = OCCUPIED;
const classOf = charClass;
const upperOf = isUpperCase;
const lowerOf = isLowerCase;
const wordFold = WORD_FOLD;
const learnFold = learnWordFold;
const FOLD_UNKNOWN = UNKNOWN_FOLD;
const FOLD_IGNORABLE = IGNORABLE_FOLD;
const asciiWord = ASCII_WORD;
const caseHash = caseHashOf;
const tokenizeWindow = tokenizeInto;
const newTokens = emptyTokens;
const slotOf = findSlot;
const scanKeyFor = scanKey;
const foldOf = foldChar;
const C_SPACE = CharClass.Space;
const C_WORD = CharClass.Word;
const C_PUNCT = CharClass.Punct;
const C_IGNORABLE = CharClass.Ignorable;
const C_NEWLINE = CharClass.Newline;
const T_WORD = TokenFlag.Word;
const T_ALL_UPPER = TokenFlag.AllUpper;
const T_ALL_LOWER = TokenFlag.AllLower;
const T_SPACE = TokenFlag.SpaceBefore;
const T_NEWLINE = TokenFlag.NewlineBefore;
const T_PARAGRAPH = TokenFlag.ParagraphBefore;
const T_FIRST_UPPER = TokenFlag.FirstUpper;
const FIRST_COUNT = Entry.FirstCount;
const TICKER_COUNT = Entry.TickerCount;
const ENTRY_SIZE = Entry.Size;
const HINT_CAPITAL = EntryHint.NeedsCapital;
const HINT_SINGLE = EntryHint.HasSingleWord;
const HINT_COMMON = EntryHint.HasCommon;

/** An index `fromCompiled` has loaded, on its way into the constructor. */
let handedOver: NameIndex | undefined;
const NO_TABLE: NameTable = { version: '', entities: [], names: [] };

/**
 * Finds the companies a text names. Scanning is one pass over the char codes
 * that finds each word, keys it by its length and five of its characters, and
 * probes a typed-array table of names' first words; a miss, which is almost
 * every word, costs nothing more. A hit gets the word's exact key and, unless
 * a cheap test rules its names out, a small window of tokens around it, where
 * the detection rules run exactly as a pass over the whole text would run
 * them. The cost grows with the text, not with the number of names.
 *
 * Everything it reads comes from a compiled name index (`compileNameIndex`),
 * as views of one buffer: `Matcher.fromCompiled` builds nothing.
 */
export class Matcher {
  private readonly index: NameIndex;
  private readonly slotKeys: Int32Array;
  private readonly slotMask: number;
  private readonly slotEntries: Int32Array;
  private readonly entries: Int32Array;
  private readonly options: Int32Array;
  private readonly pairSlots: Int32Array;
  private readonly pairMask: number;
  private readonly scanSlots: Int32Array;
  private readonly scanExact: Int32Array;
  private readonly scanEntries: Int32Array;
  private readonly scanMask: number;
  private readonly entityIds: (string | undefined)[] = [];
  private readonly nameTexts: (string | undefined)[] = [];
  private readonly versionText: string;

  // State of the scan in progress (scans never nest: nothing calls out while one runs).
  private text = '';
  private from = 0;
  private to = 0;
  private found: Candidate[] = [];
  /** Where the last match ended: words before it were swallowed by that match. */
  private consumedEnd = 0;
  private readonly window: Tokens = newTokens(128);
  private windowFrom = -1;
  private windowTo = -1;
  /** A rule needed tokens before the window's start: read the window again, wider. */
  private short = false;
  private lineFrom = -1;
  private lineTo = -1;
  private lineIsHeadline = false;

  /** Compiles the table and loads the result: the same matcher `fromCompiled` gives, without the bytes in between. */
  constructor(table: NameTable) {
    // `fromCompiled` hands its index over here, so both ways build objects of one shape for the JIT.
    const index = handedOver ?? loadNameIndex(compileNameIndex(table));
    handedOver = undefined;
    this.index = index;
    this.slotKeys = index.slotKeys;
    this.slotMask = index.slotMask;
    this.slotEntries = index.slotEntries;
    this.entries = index.entries;
    this.options = index.options;
    this.pairSlots = index.pairSlots;
    this.pairMask = index.pairMask;
    this.scanSlots = index.scanSlots;
    this.scanExact = index.scanExact;
    this.scanEntries = index.scanEntries;
    this.scanMask = index.scanMask;
    this.versionText = unpackString(new Int32Array([0, index.versionChars.length]), index.versionChars, 0);
  }

  /** A matcher over a buffer from `compileNameIndex`: views of its bytes, nothing built. */
  static fromCompiled(bytes: Uint8Array | ArrayBuffer): Matcher {
    handedOver = loadNameIndex(bytes);
    return new Matcher(NO_TABLE);
  }

  static fromNameTable(table: NameTable): Matcher {
    return new Matcher(table);
  }

  get nameCount(): number {
    return this.index.nameCount;
  }

  get entityCount(): number {
    return this.index.entityCount;
  }

  get version(): string {
    return this.versionText;
  }

  entityId(entity: number): string {
    if (!(entity >= 0 && entity < this.index.entityCount)) throw new RangeError(`No entity ${entity} in a name index of ${this.index.entityCount}`);
    return (this.entityIds[entity] ??= unpackString(this.index.entityOffsets, this.index.entityChars, entity));
  }

  nameText(name: number): string {
    if (!(name >= 0 && name < this.index.nameCount)) throw new RangeError(`No name ${name} in a name index of ${this.index.nameCount}`);
    return (this.nameTexts[name] ??= unpackString(this.index.nameOffsets, this.index.nameChars, name));
  }

  /** NameFlag bits of a name. */
  nameFlags(name: number): number {
    return this.index.nameFlags[name];
  }

  /** Entity index of a name (-1 for blocker phrases). */
  nameEntity(name: number): number {
    return this.index.nameEntity[name];
  }

  /** Every mention in the text, best-supported reading only, in text order and never overlapping. */
  scan(text: string): Mention[] {
    return resolveCandidates(this.findCandidates(text));
  }

  /**
   * Candidates in `text` (or its slice `from`–`to`; offsets stay relative to
   * `text`). Callers that scan a page piece by piece gather candidates from
   * each piece and resolve them together.
   */
  findCandidates(text: string, from = 0, to = text.length): Candidate[] {
    const found: Candidate[] = [];
    this.text = text;
    this.from = from;
    this.to = to;
    this.found = found;
    this.consumedEnd = from;
    this.windowFrom = this.windowTo = -1;
    this.lineFrom = this.lineTo = -1;
    const slotKeys = this.slotKeys;
    const slotEntries = this.slotEntries;
    const mask = this.slotMask;
    const fold = wordFold;
    const scanSlots = this.scanSlots;
    const scanExact = this.scanExact;
    const scanEntries = this.scanEntries;
    const scanMask = this.scanMask;
    /** The last character before the current word: one that ends words, an ignorable one before a word, or from - 1. */
    let wordBreak = from - 1;
    /** The current word holds an ignorable character, which the scan key cannot skip. */
    let rare = 0;
    // One loop over char codes doing no more per character than a table read and a
    // branch; the work per word happens at its end: a scan key from five of its
    // characters, and only when that key is an index's first word, the exact key.
    for (let i = from; i < to; i++) {
      const f = fold[text.charCodeAt(i)];
      if (f !== 0) {
        if (f >= FOLD_IGNORABLE) {
          // A character not seen before is looked up, then read again. An ignorable one
          // neither ends nor starts a word.
          if (f === FOLD_UNKNOWN) {
            learnFold(text.charCodeAt(i));
            i--;
          } else if (i === wordBreak + 1) wordBreak = i;
          else rare = 1;
        }
        continue;
      }
      const wordStart = wordBreak + 1;
      if (i === wordStart) {
        wordBreak = i;
        continue;
      }
      let hash = OFFSET;
      /** Not yet computed (-1), or whether folding changed a character of the word. */
      let changed = -1;
      if (rare === 0) {
        const n = i - wordStart;
        const sk = scanKeyFor(n, fold[text.charCodeAt(wordStart)], fold[text.charCodeAt(wordStart + (n > 1 ? 1 : 0))], fold[text.charCodeAt(wordStart + (n > 2 ? 2 : n - 1))], fold[text.charCodeAt(i - (n > 1 ? 2 : 1))], fold[text.charCodeAt(i - 1)]);
        const skStored = sk | TAKEN;
        for (let slot = sk & scanMask; ; slot = (slot + 1) & scanMask) {
          const seen = scanSlots[slot];
          if (seen === 0) break;
          if (seen !== skStored) continue;
          // The exact key, and on the way whether folding changes a character (a capital, an accent).
          if (changed < 0) {
            changed = 0;
            for (let k = wordStart; k < i; k++) {
              const c = text.charCodeAt(k);
              const folded = fold[c];
              hash = Math.imul(hash ^ folded, PRIME);
              changed |= folded ^ c;
            }
            hash &= MASK;
          }
          if (scanExact[slot] !== hash) continue;
          const entry = scanEntries[slot];
          // Only names needing a capital start with this word, and folding changes none of its characters: it has none.
          if (entry < 0 && changed === 0) break;
          // Resumes after what the rules matched; the loop's i++ steps over the character that ended the word or the match.
          i = (this.onHit(wordStart, i, hash, entry < 0 ? ~entry : entry) | 0) - 1;
          break;
        }
      } else {
        // An ignorable character inside: the exact key, from the characters it keeps.
        rare = 0;
        for (let k = wordStart; k < i; k++) {
          const folded = fold[text.charCodeAt(k)];
          if (folded !== FOLD_IGNORABLE) hash = Math.imul(hash ^ folded, PRIME);
        }
        const key = hash & MASK;
        const slot = slotOf(slotKeys, mask, key);
        if (slot >= 0) i = (this.onHit(wordStart, i, key, entryOf(slotEntries[slot])) | 0) - 1;
      }
      wordBreak = i;
    }
    if (wordBreak + 1 < to) {
      // The text ends inside a word: its exact key, without the scan key's shortcut.
      let hash = OFFSET;
      for (let k = wordBreak + 1; k < to; k++) {
        const folded = fold[text.charCodeAt(k)];
        if (folded !== FOLD_IGNORABLE) hash = Math.imul(hash ^ folded, PRIME);
      }
      const key = hash & MASK;
      const slot = slotOf(slotKeys, mask, key);
      if (slot >= 0) this.onHit(wordBreak + 1, to, key, entryOf(slotEntries[slot]));
    }
    this.text = '';
    this.found = [];
    return found;
  }

  /** A word whose key starts a name or a ticker: rules it out cheaply if it can, else runs the rules. Returns where scanning resumes. */
  private onHit(wordStart: number, wordEnd: number, key: number, entry: number): number {
    const e = entry * ENTRY_SIZE;
    const entries = this.entries;
    // "(NASDAQ: NVDA)": the exchange two tokens back is where the original reading starts.
    if (entries[e + TICKER_COUNT] > 0 && this.colonBefore(wordStart)) this.runRules(wordStart, -2, true);
    if (entries[e + FIRST_COUNT] > 0 && wordStart >= this.consumedEnd) {
      const hints = entries[e + Entry.Hints];
      const ruledOut = ((hints & HINT_CAPITAL) !== 0 && this.allLowerCase(wordStart, wordEnd)) || ((hints & HINT_SINGLE) === 0 && !this.pairFollows(key, wordEnd));
      if (!ruledOut) this.runRules(wordStart, 0, (hints & HINT_COMMON) !== 0);
    }
    return Math.max(wordEnd, this.consumedEnd);
  }

  private colonBefore(wordStart: number): boolean {
    for (let i = wordStart - 1; i >= this.from; i--) {
      const code = this.text.charCodeAt(i);
      const kind = classOf(code);
      if (kind === C_SPACE || kind === C_NEWLINE || kind === C_IGNORABLE) continue;
      return code === 58;
    }
    return false;
  }

  /** The tokenizer's AllLower flag, for one word. */
  private allLowerCase(start: number, end: number): boolean {
    let upper = false;
    let lower = false;
    for (let i = start; i < end; i++) {
      const code = this.text.charCodeAt(i);
      if (code < 128) {
        const kind = asciiWord[code];
        if (kind === 2) upper = true;
        else if (kind === 3) lower = true;
      } else if (classOf(code) === C_WORD) {
        if (isUpperCase(code)) upper = true;
        else if (isLowerCase(code)) lower = true;
      }
    }
    return lower && !upper;
  }

  /** Whether the token after a word could be the second word of a name starting with `key`. */
  private pairFollows(key: number, wordEnd: number): boolean {
    const text = this.text;
    let i = wordEnd;
    let kind = C_SPACE;
    while (i < this.to) {
      kind = classOf(text.charCodeAt(i));
      if (kind !== C_SPACE && kind !== C_NEWLINE && kind !== C_IGNORABLE) break;
      i++;
    }
    if (i >= this.to) return false;
    let next: number;
    if (kind === C_PUNCT) next = Math.imul(FNV_OFFSET ^ foldOf(text.charCodeAt(i)), FNV_PRIME) & KEY_MASK;
    else {
      let hash = FNV_OFFSET;
      for (; i < this.to; i++) {
        const code = text.charCodeAt(i);
        const cls = classOf(code);
        if (cls === C_IGNORABLE) continue;
        if (cls !== C_WORD) break;
        hash = Math.imul(hash ^ foldOf(code), FNV_PRIME);
      }
      next = hash & KEY_MASK;
    }
    return slotOf(this.pairSlots, this.pairMask, pairKey(key, next)) >= 0;
  }

  /**
   * Reads a window of tokens around the word starting at `wordStart` and
   * applies the rules at the token `shift` tokens from it, as a pass over the
   * whole text would at that token. The window starts right at the word
   * unless `lookBack` says the rules will read the words before it; when a
   * rule reaches past either end of the window, it is read again, wider.
   */
  private runRules(wordStart: number, shift: number, lookBack: boolean): void {
    let before = lookBack ? CHARS_BEFORE : 0;
    for (;;) {
      const at = this.windowAt(wordStart, before, FIRST_READ_TOKENS - shift);
      const token = at + shift;
      const tokens = this.window;
      if (at < 0 || token < 0) {
        // No exchange before the ticker: the window starts the text.
        if (at >= 0 && this.windowFrom === this.from) return;
        // Cannot happen (the window tokenizes words exactly as scanning found them); never loop on it.
        if (at < 0 && this.windowFrom === this.from) return;
        before = Math.max(before * 4, CHARS_BEFORE);
        this.windowFrom = this.windowTo = -1;
        continue;
      }
      if (tokens.start[token] < this.consumedEnd) return;
      this.short = false;
      this.rulesAt(token);
      if (!this.short) return;
      this.windowFrom = this.windowTo = -1;
      before = Math.max(before * 4, CHARS_BEFORE);
    }
  }

  /**
   * Index in the window of the token starting at `wordStart`, reading a new
   * window unless the current one holds it with `reach` tokens from it; -1 if
   * none does. A window is read only `reach` tokens past the word, or to the
   * end of the text: the rules never read further.
   */
  private windowAt(wordStart: number, before: number, reach: number): number {
    const tokens = this.window;
    if (wordStart >= this.windowFrom && wordStart - before >= this.windowFrom && wordStart < this.windowTo) {
      const at = tokenStartingAt(tokens, wordStart);
      if (at >= 0 && (tokens.count - at >= reach || this.windowTo >= this.to)) return at;
    }
    const windowFrom = before === 0 ? this.spaceBefore(wordStart) : this.boundaryBefore(wordStart, wordStart - before);
    this.windowTo = tokenizeWindow(tokens, this.text, windowFrom, this.to, windowFrom === this.from, wordStart, reach);
    this.windowFrom = windowFrom;
    return tokenStartingAt(tokens, wordStart);
  }

  /** Makes the window hold `count` tokens, or all that are left, reading on from where it stopped. */
  private ensureTokens(count: number): void {
    const tokens = this.window;
    if (tokens.count >= count || this.windowTo >= this.to) return;
    this.windowTo = tokenizeWindow(tokens, this.text, this.windowTo, this.to, false, this.windowTo, count - tokens.count, tokens.count);
  }

  /** Start of the white space before a word: right after the previous token, where a tokenizer can start afresh. */
  private spaceBefore(wordStart: number): number {
    let q = wordStart;
    while (q > this.from) {
      const kind = classOf(this.text.charCodeAt(q - 1));
      if (kind !== C_SPACE && kind !== C_NEWLINE && kind !== C_IGNORABLE) break;
      q--;
    }
    return q;
  }

  /** The window starts mid-text and a rule wants the token before its first: read it again, wider. */
  private needsEarlier(): boolean {
    if (this.windowFrom > this.from) this.short = true;
    return this.short;
  }

  /** A place at or before `target` where a tokenizer can start as if it had read everything before: right after a token, before any space. */
  private boundaryBefore(wordStart: number, target: number): number {
    const text = this.text;
    for (let q = Math.min(target, wordStart); q > this.from; q--) {
      const previous = classOf(text.charCodeAt(q - 1));
      if (previous === C_PUNCT) return q;
      if (previous !== C_WORD) continue;
      const current = classOf(text.charCodeAt(q));
      if (current === C_SPACE || current === C_NEWLINE || current === C_PUNCT) return q;
    }
    return this.from;
  }

  /**
   * The loop body of a whole-text pass at token `i` of the window: a ticker,
   * a name, a blocker, or nothing. A match is recorded only on the way out,
   * so a rule that finds the window too short (`short`) leaves no trace.
   */
  private rulesAt(i: number): void {
    const text = this.text;
    const tokens = this.window;
    const { count, key, flags } = tokens;
    if ((flags[i] & T_WORD) === 0) return undefined;
    // The exchange in "(NASDAQ: NVDA)" names a listing venue, not a company.
    if (i + 1 < count && (flags[i + 1] & (T_WORD | T_SPACE)) === 0 && text.charCodeAt(tokens.start[i + 1]) === 58) {
      this.ensureTokens(i + 2 + this.index.maxTickerTokens);
      if (this.matchTicker(i + 1)) return;
    }
    const slot = slotOf(this.slotKeys, this.slotMask, key[i]);
    if (slot < 0) return undefined;
    const e = entryOf(this.slotEntries[slot]) * ENTRY_SIZE;
    const optionCount = this.entries[e + FIRST_COUNT];
    if (optionCount === 0) return undefined;
    const second = i + 1 < count ? key[i + 1] : -1;
    if (i === 0 && (flags[i] & T_SPACE) === 0 && this.needsEarlier()) return undefined;
    if (i > 0 && (flags[i] & T_SPACE) === 0 && URL_GLUE.has(text[tokens.start[i - 1]])) return undefined;
    const index = this.index;
    for (let o = this.entries[e + Entry.FirstStart], end = o + optionCount; o < end; o++) {
      const name = this.options[o];
      const length = index.nameLength[name];
      // Cheap pre-check: most multi-word names fail on their second word.
      if (length > 1 && index.tokenKey[index.nameFirst[name] + 1] !== second) continue;
      this.ensureTokens(i + length + RULE_TOKENS_AFTER);
      const verdict = this.matchAt(i, name);
      if (this.short) return undefined;
      if (verdict === undefined || !this.sameFoldedText(i, name)) continue;
      const last = i + length - 1;
      const entity = index.nameEntity[name];
      // A blocker ("Dow Jones Industrial Average") swallows its words and reports nothing.
      this.consumedEnd = tokens.end[last];
      if (entity < 0) return;
      const previous = this.found[this.found.length - 1];
      // "Nvidia RTX", "Google Pixel": a name right after another company's names its product line.
      const trailsAnother = previous !== undefined && previous.entity !== entity && previous.end === tokens.start[i] - 1 && text.charCodeAt(previous.end) === 32;
      this.found.push({ start: tokens.start[i], end: tokens.end[last], entity, name, weak: verdict === 'weak' || trailsAnother });
      return;
    }
    return undefined;
  }

  private matchAt(at: number, name: number): 'strong' | 'weak' | undefined {
    const text = this.text;
    const tokens = this.window;
    const index = this.index;
    const length = index.nameLength[name];
    const first = index.nameFirst[name];
    const nameFlags = index.nameFlags[name];
    if (at + length > tokens.count) return undefined;
    if ((nameFlags & NameFlag.Blocker) !== 0) return this.matchesBlocker(at, name) ? 'strong' : undefined;
    const common = (nameFlags & NameFlag.Common) !== 0;
    const ordinaryWord = (nameFlags & NameFlag.OrdinaryWord) !== 0;
    let shouted = false;
    for (let j = 0; j < length; j++) {
      const t = at + j;
      if (tokens.key[t] !== index.tokenKey[first + j]) return undefined;
      const textFlags = tokens.flags[t];
      const tokenFlags = index.tokenFlags[first + j];
      if (j > 0) {
        // Words of a name may wrap onto the next line, but never across a paragraph;
        // punctuation inside a name ("AT&T", "Amazon.com") must stay attached.
        const nameSpaced = (tokenFlags & T_SPACE) !== 0;
        const textSpaced = (textFlags & T_SPACE) !== 0;
        if (nameSpaced !== textSpaced || (textFlags & T_PARAGRAPH) !== 0) return undefined;
      }
      if ((tokenFlags & T_WORD) === 0 || caseHash(text, tokens.start[t], tokens.end[t]) === index.tokenCase[first + j]) continue;
      if ((textFlags & T_ALL_UPPER) !== 0 && (textFlags & T_WORD) !== 0) {
        if ((tokenFlags & T_ALL_UPPER) === 0) shouted = true;
        continue;
      }
      // A common word matches only as written ("Apple", never "apple");
      // other names tolerate case variants ("Nvidia"/"NVIDIA") but not all
      // lower case, which is how ordinary words look.
      if (common) return undefined;
      if ((textFlags & T_ALL_LOWER) !== 0 && (tokenFlags & T_ALL_LOWER) === 0) return undefined;
    }
    const last = at + length - 1;
    // "Meta" must not match the start of "Meta.ai.com"-like glued strings.
    const after = last + 1;
    if (after + 1 < tokens.count && (tokens.flags[after] & T_SPACE) === 0 && URL_GLUE.has(text[tokens.start[after]]) && text[tokens.start[after]] !== '.') {
      if ((tokens.flags[after + 1] & (T_SPACE | T_WORD)) === T_WORD) return undefined;
    }
    // "AWS-4", "GPT-5": a name joined to a number designates a band, a model or a product.
    if (after + 1 < tokens.count && (tokens.flags[after] & T_SPACE) === 0 && text.charCodeAt(tokens.start[after]) === 45) {
      const next = tokens.flags[after + 1];
      const code = text.charCodeAt(tokens.start[after + 1]);
      if ((next & (T_WORD | T_SPACE)) === T_WORD && code >= 48 && code <= 57) return undefined;
    }
    if (!common) return 'strong';
    if (isPossessive(text, tokens, after)) return 'strong';
    if (namesAFamilyOrPlace(tokens, after)) return undefined;
    const writtenLowerCase = (index.tokenFlags[first] & T_ALL_LOWER) !== 0;
    if (ordinaryWord && writtenLowerCase) {
      // A brand written in lower case ("smart") is an adjective unless a word like "brand" follows it.
      if (after < tokens.count && (tokens.flags[after] & T_SPACE) === 0) return undefined;
      return after < tokens.count && COMPANY_NOUNS.has(tokens.key[after]) ? 'strong' : 'weak';
    }
    // "Ferdinand Porsche", "French Tech Visa": a capitalised word just before makes it part of another name.
    if (at === 0 && (tokens.flags[at] & (T_SPACE | T_NEWLINE)) === T_SPACE && this.needsEarlier()) return undefined;
    // So does an initialism just before: "the U.S. Mint", "the U.K. Post".
    if (at > 0 && (tokens.flags[at] & (T_SPACE | T_NEWLINE)) === T_SPACE) {
      const capitalisedBefore = (tokens.flags[at - 1] & (T_WORD | T_FIRST_UPPER | T_ALL_UPPER)) === (T_WORD | T_FIRST_UPPER) && !this.isSentenceStart(at - 1) && tokens.key[at - 1] !== THE;
      if (capitalisedBefore || this.initialismEndsAt(at - 1)) return undefined;
    }
    if (!ordinaryWord) return 'strong';
    if (after < tokens.count && (tokens.flags[after] & T_ALL_LOWER) !== 0 && COMPANY_VERBS.has(tokens.key[after])) return 'strong';
    // "The Block party was cancelled.": after a sentence-opening "The", as unsure as at the sentence start itself.
    if (shouted || this.isSentenceStart(at) || this.isHeadlineLine(at) || (at > 0 && tokens.key[at - 1] === THE && (tokens.flags[at] & T_NEWLINE) === 0 && this.isSentenceStart(at - 1))) return 'weak';
    // "Epic Universe", "Apple Valley": an ordinary word opening a longer proper name is not proof of the company.
    if (after < tokens.count && (tokens.flags[after] & (T_WORD | T_FIRST_UPPER | T_NEWLINE)) === (T_WORD | T_FIRST_UPPER)) return 'weak';
    return 'strong';
  }

  /** Whether tokens up to `end` spell an initialism written with periods ("U.S.", "U.K."): capital letter, period, at least twice, no spaces. */
  private initialismEndsAt(end: number): boolean {
    const text = this.text;
    const tokens = this.window;
    let letters = 0;
    let i = end;
    while (i >= 1 && text[tokens.start[i]] === '.' && tokens.end[i] - tokens.start[i] === 1 && (tokens.flags[i] & T_SPACE) === 0) {
      const letter = i - 1;
      if ((tokens.flags[letter] & T_WORD) === 0 || tokens.end[letter] - tokens.start[letter] !== 1 || !upperOf(text.charCodeAt(tokens.start[letter]))) break;
      letters++;
      if ((tokens.flags[letter] & (T_SPACE | T_NEWLINE)) !== 0 || letter === 0) break;
      i = letter - 1;
    }
    // The window starts at a period of what may be a longer initialism: what came before it decides.
    if (letters < 2 && i === 0 && text[tokens.start[0]] === '.') this.needsEarlier();
    return letters >= 2;
  }

  /** Blockers compare folded words only: an index name is an index name in any case. */
  private matchesBlocker(at: number, name: number): boolean {
    const tokens = this.window;
    const index = this.index;
    const first = index.nameFirst[name];
    for (let j = 0; j < index.nameLength[name]; j++) {
      if (tokens.key[at + j] !== index.tokenKey[first + j]) return false;
      if (j > 0 && ((tokens.flags[at + j] & T_SPACE) !== 0) !== ((index.tokenFlags[first + j] & T_SPACE) !== 0)) return false;
    }
    return true;
  }

  /** "(NASDAQ: NVDA)", "NYSE:T": a ticker counts only in exchange notation. */
  private matchTicker(colon: number): boolean {
    const text = this.text;
    const tokens = this.window;
    if (text[tokens.start[colon]] !== ':' || colon === 0 || colon + 1 >= tokens.count) return false;
    const exchange = colon - 1;
    if ((tokens.flags[exchange] & T_WORD) === 0 || (tokens.flags[colon] & T_SPACE) !== 0) return false;
    const slot = slotOf(this.slotKeys, this.slotMask, tokens.key[colon + 1]);
    if (slot < 0) return false;
    const e = entryOf(this.slotEntries[slot]) * ENTRY_SIZE;
    const exchangeName = text.slice(tokens.start[exchange], tokens.end[exchange]);
    const index = this.index;
    for (let o = this.entries[e + Entry.TickerStart], end = o + this.entries[e + TICKER_COUNT]; o < end; o++) {
      const name = this.options[o];
      const [, written] = this.nameText(name).match(/^([^:]+):/) ?? [];
      if (!sameExchange(written, exchangeName)) continue;
      const first = colon + 1;
      const length = index.nameLength[name];
      if (first + length > tokens.count) continue;
      let ok = true;
      for (let j = 0; j < length && ok; j++) {
        const t = first + j;
        ok = caseHash(text, tokens.start[t], tokens.end[t]) === index.tokenCase[index.nameFirst[name] + j] && (j === 0 || (tokens.flags[t] & T_SPACE) === 0);
      }
      if (!ok) continue;
      const last = first + length - 1;
      this.consumedEnd = tokens.end[last];
      this.found.push({ start: tokens.start[first], end: tokens.end[last], entity: index.nameEntity[name], name, weak: false });
      return true;
    }
    return false;
  }

  /** Hashes matched; this compares the folded characters themselves, so a collision can never name a company. */
  private sameFoldedText(at: number, name: number): boolean {
    const text = this.text;
    const tokens = this.window;
    const { foldChars, tokenFold } = this.index;
    const first = this.index.nameFirst[name];
    for (let j = 0; j < this.index.nameLength[name]; j++) {
      let f = tokenFold[first + j];
      const fEnd = tokenFold[first + j + 1];
      for (let i = tokens.start[at + j], end = tokens.end[at + j]; i < end; i++) {
        const code = text.charCodeAt(i);
        if (code >= 128 && classOf(code) === C_IGNORABLE) continue;
        if (f === fEnd || foldChars[f++] !== foldOf(code)) return false;
      }
      if (f !== fEnd) return false;
    }
    return true;
  }

  private isSentenceStart(at: number): boolean {
    const text = this.text;
    const tokens = this.window;
    let i = at;
    while (i > 0 && (tokens.flags[i] & T_PARAGRAPH) === 0 && (tokens.flags[i - 1] & T_WORD) === 0 && OPENERS.has(text[tokens.start[i - 1]])) i--;
    if ((tokens.flags[i] & T_PARAGRAPH) !== 0) return true;
    if (i === 0) {
      // The window starts mid-text: what came before it decides.
      this.needsEarlier();
      return true;
    }
    const previous = i - 1;
    return (tokens.flags[previous] & T_WORD) === 0 && SENTENCE_END.has(text[tokens.start[previous]]);
  }

  /** A line where nearly every longer word is capitalised is a headline. The line is read whole, once per line. */
  private isHeadlineLine(at: number): boolean {
    const position = this.window.start[at];
    if (position >= this.lineFrom && position < this.lineTo) return this.lineIsHeadline;
    const text = this.text;
    let lineFrom = position;
    while (lineFrom > this.from && classOf(text.charCodeAt(lineFrom - 1)) !== C_NEWLINE) lineFrom--;
    let lineTo = position;
    while (lineTo < this.to && classOf(text.charCodeAt(lineTo)) !== C_NEWLINE) lineTo++;
    this.lineFrom = lineFrom;
    this.lineTo = lineTo;
    this.lineIsHeadline = headlineBetween(text, lineFrom, lineTo);
    return this.lineIsHeadline;
  }
}

/**
 * Whether a line is a headline by `looksLikeHeadline`'s count, taken straight
 * from the characters: the words a tokenizer would cut, their lengths and
 * capitals, without storing tokens (lines can be long; headlines are checked often).
 */
function headlineBetween(text: string, from: number, to: number): boolean {
  const fold = wordFold;
  let words = 0;
  let capitalised = 0;
  let start = -1;
  let end = 0;
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : 32;
    const f = fold[code];
    if (f === FOLD_UNKNOWN) {
      learnFold(code);
      i--;
      continue;
    }
    if (f === FOLD_IGNORABLE) continue;
    if (f === 0) {
      if (start >= 0 && end - start >= 4) {
        words++;
        if (firstUpper || (upper > 0 && lower === 0)) capitalised++;
      }
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      upper = lower = 0;
      firstUpper = code < 128 ? code >= 65 && code <= 90 : upperOf(code);
    }
    end = i + 1;
    if (code < 128) {
      if (code >= 65 && code <= 90) upper++;
      else if (code >= 97 && code <= 122) lower++;
    } else if (upperOf(code)) upper++;
    else if (lowerOf(code)) lower++;
  }
  return words >= 3 && capitalised >= words * 0.75;
}

/** A slot's entry index, whichever way the index stored it. */
function entryOf(stored: number): number {
  return stored < 0 ? ~stored : stored;
}

/** Index of the token starting at `position`, or -1 (binary search: token starts increase). */
function tokenStartingAt(tokens: Tokens, position: number): number {
  let low = 0;
  let high = tokens.count - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = tokens.start[middle];
    if (start === position) return middle;
    if (start < position) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/**
 * Keeps a weak candidate only when the same company is named unmistakably
 * elsewhere in the document: "Apple" opening a sentence is the company in an
 * article about Apple, and fruit in a recipe.
 */
export function resolveCandidates(candidates: Candidate[]): Mention[] {
  const confirmed = new Set<number>();
  for (const candidate of candidates) if (!candidate.weak) confirmed.add(candidate.entity);
  const mentions: Mention[] = [];
  for (const { start, end, entity, name, weak } of candidates) {
    if (!weak || confirmed.has(entity)) mentions.push({ start, end, entity, name });
  }
  return mentions;
}
