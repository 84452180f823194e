import { CharClass, charClass, foldChar, isLowerCase, isUpperCase } from './fold-char';

// Module-local copies of imported enum members and functions: hot loops read them per character or token,
// and some loaders (tsx, CommonJS interop) turn every read of an imported binding into a getter call.
const classOf = charClass;
const foldOf = foldChar;
const upperOf = isUpperCase;
const lowerOf = isLowerCase;
const C_SPACE = CharClass.Space;
const C_WORD = CharClass.Word;
const C_PUNCT = CharClass.Punct;
const C_IGNORABLE = CharClass.Ignorable;
const C_NEWLINE = CharClass.Newline;

/** Token flags, packed in one byte per token. */
export const enum TokenFlag {
  Word = 1,
  /** At least one upper-case letter and no lower-case one: "META", "AT", "3M". */
  AllUpper = 2,
  /** Has a letter and no upper-case one: "meta", "apple". */
  AllLower = 4,
  SpaceBefore = 8,
  NewlineBefore = 16,
  /** A blank line (or the start of the text) comes before: a paragraph or headline starts here. */
  ParagraphBefore = 32,
  FirstUpper = 64,
}

/**
 * The text cut into word and punctuation tokens, as parallel typed arrays so a
 * megabyte of news allocates a few buffers rather than a million objects.
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Hash of the folded (lower-case, accent-free) token, kept to 30 bits so V8 holds it as a small integer. */
  key: Int32Array;
  flags: Uint8Array;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
const CASE_BIT = 0x10000;
export const KEY_MASK = 0x3fffffff;

/** Per ASCII code: 1 digit, 2 upper-case letter, 3 lower-case letter, 0 anything else. */
export const ASCII_WORD = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII_WORD[code] = 1;
for (let code = 65; code <= 90; code++) ASCII_WORD[code] = 2;
for (let code = 97; code <= 122; code++) ASCII_WORD[code] = 3;

export function hashFolded(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 && classOf(code) === C_IGNORABLE) continue;
    hash = Math.imul(hash ^ foldOf(code), FNV_PRIME);
  }
  return hash & KEY_MASK;
}

/**
 * Hash of a token with its case kept (accents still folded), computed only
 * when a name's folded key already matched: most tokens never need it.
 */
export function caseHashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const kind = ASCII_WORD[code];
      hash = Math.imul(hash ^ (kind === 2 ? code | 0x20 | CASE_BIT : code), FNV_PRIME);
      continue;
    }
    if (classOf(code) === C_IGNORABLE) continue;
    const folded = foldOf(code);
    hash = Math.imul(hash ^ (upperOf(code) ? folded | CASE_BIT : folded), FNV_PRIME);
  }
  return hash & KEY_MASK;
}

/** Copies a full buffer into a larger one (a top-level function, so the hot loop allocates no closure). */
function grown<T extends Int32Array | Uint8Array>(full: T, larger: T): T {
  larger.set(full);
  return larger;
}

export function emptyTokens(capacity: number): Tokens {
  return { count: 0, start: new Int32Array(capacity), end: new Int32Array(capacity), key: new Int32Array(capacity), flags: new Uint8Array(capacity) };
}

export function tokenize(text: string, from = 0, to = text.length): Tokens {
  // A generous first guess (one token per 4 characters) avoids most regrowth.
  const tokens = emptyTokens(Math.max(16, ((to - from) >> 2) + 16));
  tokenizeInto(tokens, text, from, to, true);
  return tokens;
}

/**
 * Tokenizes `from`–`to` into `out`, growing its arrays when needed, so the
 * matcher can re-read small windows of a page without allocating each time.
 * `startsText` says whether `from` is where the text begins (its first token
 * opens a paragraph); when not, `from` must sit right after a token (a word
 * or punctuation character) and before any white space, so the flags come
 * out exactly as a pass over the whole text would set them.
 *
 * It stops early once `limit` tokens starting at or after `anchor` are read,
 * and returns where it stopped: the matcher reads only as far as its rules
 * look. Where it stopped is right after a token, so a later call can go on
 * from there, appending after the `appendAt` tokens already in `out`.
 */
export function tokenizeInto(out: Tokens, text: string, from: number, to: number, startsText: boolean, anchor = to, limit = 0x7fffffff, appendAt = 0): number {
  let counted = 0;
  let capacity = out.start.length;
  let { start, end, key, flags } = out;
  let count = appendAt;
  let pending: number = startsText ? TokenFlag.ParagraphBefore : 0;
  let newlines = startsText ? 2 : 0;

  let i = from;
  while (i < to) {
    if (count === capacity) {
      capacity *= 2;
      start = grown(start, new Int32Array(capacity));
      end = grown(end, new Int32Array(capacity));
      key = grown(key, new Int32Array(capacity));
      flags = grown(flags, new Uint8Array(capacity));
    }
    const code = text.charCodeAt(i);
    const ascii = code < 128 ? ASCII_WORD[code] : 0;
    if (ascii !== 0 || (code >= 128 && classOf(code) === C_WORD)) {
      let hash = FNV_OFFSET;
      let upper = 0;
      let lower = 0;
      const tokenStart = i;
      const firstUpper = ascii === 2 || (ascii === 0 && upperOf(code)) ? TokenFlag.FirstUpper : 0;
      let tokenEnd = i;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          const kind = ASCII_WORD[c];
          if (kind === 0) break;
          if (kind === 2) {
            upper++;
            hash = Math.imul(hash ^ (c | 0x20), FNV_PRIME);
          } else {
            if (kind === 3) lower++;
            hash = Math.imul(hash ^ c, FNV_PRIME);
          }
          tokenEnd = ++i;
          continue;
        }
        const cls = classOf(c);
        if (cls === C_IGNORABLE) {
          i++;
          continue;
        }
        if (cls !== C_WORD) break;
        if (upperOf(c)) upper++;
        else if (lowerOf(c)) lower++;
        hash = Math.imul(hash ^ foldOf(c), FNV_PRIME);
        tokenEnd = ++i;
      }
      start[count] = tokenStart;
      end[count] = tokenEnd;
      key[count] = hash & KEY_MASK;
      let tokenFlags = pending | TokenFlag.Word | firstUpper;
      if (upper > 0 && lower === 0) tokenFlags |= TokenFlag.AllUpper;
      else if (lower > 0 && upper === 0) tokenFlags |= TokenFlag.AllLower;
      flags[count++] = tokenFlags;
      pending = 0;
      newlines = 0;
      if (tokenStart >= anchor && ++counted >= limit) break;
      continue;
    }
    const kind = code < 128 ? (code === 10 || code === 13 ? C_NEWLINE : code <= 32 || code === 127 ? C_SPACE : C_PUNCT) : classOf(code);
    if (kind === C_PUNCT) {
      start[count] = i;
      end[count] = i + 1;
      key[count] = Math.imul(FNV_OFFSET ^ foldOf(code), FNV_PRIME) & KEY_MASK;
      flags[count++] = pending;
      pending = 0;
      newlines = 0;
      if (i >= anchor && ++counted >= limit) {
        i++;
        break;
      }
    } else if (kind === C_NEWLINE) {
      // "\r\n" is one line break.
      if (!(code === 10 && i > from && text.charCodeAt(i - 1) === 13)) newlines++;
      pending |= TokenFlag.SpaceBefore | TokenFlag.NewlineBefore;
      if (newlines >= 2) pending |= TokenFlag.ParagraphBefore;
    } else if (kind === C_SPACE) pending |= TokenFlag.SpaceBefore;
    i++;
  }
  out.count = count;
  out.start = start;
  out.end = end;
  out.key = key;
  out.flags = flags;
  return i;
}
